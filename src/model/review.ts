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

// A person's decision on entity resolution: `same`: `name` (a name in any language, or another
// entity's id) is `entity`; `not_same`: it is not, though the names match; `undo` takes back
// decision `undoes`. Kept append-only like the review log; statements are never rewritten.
export type ResolutionAction = 'same' | 'not_same' | 'undo';
export type ResolutionEntry = {
  seq: number;
  action: ResolutionAction;
  entity: string;
  name: string;
  reason: string;
  reviewer: string;
  at: string;
  undoes: number | null;
};
