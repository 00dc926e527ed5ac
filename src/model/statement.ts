import { z } from 'zod';
import { LangSchema } from './document.js';

// What a statement says. Each kind has its own value shape, described in ARCHITECTURE.md.
export const StatementKindSchema = z.enum([
  'event',
  'chair',
  'declaration',
  'signed',
  'not_signed',
  'signatory_count',
  'quote',
  'quote_fragment',
  'indirect_speech',
  'person',
  'organization',
  'initiative',
  'delegation',
  'previous_event',
  'next_event',
  'theme',
  'country',
]);
export type StatementKind = z.infer<typeof StatementKindSchema>;

// "document D, at span S, says subject E has property P = V, found by rule R, in language L,
// from the original words W." The id hashes the natural key, so a re-run changes nothing.
export const StatementSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  kind: StatementKindSchema,
  subject: z.string(),
  value: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
  rule: z.string(),
  lang: LangSchema,
  words: z.string(),
  confidence: z.number().min(0).max(1),
});
export type Statement = z.infer<typeof StatementSchema>;
