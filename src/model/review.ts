import { z } from 'zod';

// Where a statement stands after review. `corrected` carries the value the reviewer gave.
export const ReviewStateSchema = z.object({
  status: z.enum(['unreviewed', 'accepted', 'rejected', 'corrected']),
  value: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
  subject: z.string().nullable(),
});
export type ReviewState = z.infer<typeof ReviewStateSchema>;
export const unreviewed: ReviewState = { status: 'unreviewed', value: null, subject: null };

export type ReviewAction = 'accept' | 'reject' | 'correct' | 'undo';
// One line of the audit log.
export type ReviewEntry = {
  seq: number;
  statementId: string;
  action: ReviewAction;
  reason: string;
  reviewer: string;
  at: string;
  before: ReviewState;
  after: ReviewState;
};
