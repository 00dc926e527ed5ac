import { z } from 'zod';

// The gold format of ../shared/eval/README.md. Predictions use the same shape, with quotes
// as `{speaker, text}` instead of `{speaker, starts}`.
const place = z.object({ city: z.string().nullish(), country: z.string().nullish() });
const speakerStarts = z.object({ speaker: z.string(), starts: z.string() });

export const FactsSchema = z.object({
  events: z.array(place.extend({ name: z.string().nullish(), start: z.string().nullish(), end: z.string().nullish() })).optional(),
  chairs: z.array(z.object({ event: z.string().nullish(), person: z.string() })).optional(),
  declarations: z.array(z.object({ name: z.string(), event: z.string().nullish() })).optional(),
  signed: z.array(z.string()).optional(),
  not_signed: z.array(z.string()).optional(),
  signatory_count: z.number().nullish(),
  quotes: z.array(z.union([speakerStarts, z.object({ speaker: z.string(), text: z.string() })])).optional(),
  quote_fragments: z.array(speakerStarts).optional(),
  persons: z.array(z.object({ name: z.string(), role: z.string().nullish(), country: z.string().nullish(), organization: z.string().nullish() })).optional(),
  organizations: z.array(z.string()).optional(),
  initiatives: z.array(z.string()).optional(),
  delegations: z.array(z.object({ country: z.string(), head: z.string(), start: z.string().nullish(), end: z.string().nullish() })).optional(),
  previous_events: z.array(place).optional(),
  next_event: place.nullish(),
  figures: z.array(z.object({ file: z.string(), credit: z.string().nullish() })).optional(),
  themes: z.array(z.string()).optional(),
});
export type Facts = z.infer<typeof FactsSchema>;

export const GoldSchema = z.object({ id: z.string(), lang: z.string(), facts: FactsSchema });
export type Gold = z.infer<typeof GoldSchema>;
