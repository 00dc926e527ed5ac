import { z } from 'zod';

// One fact of the cited reference dataset (data/reference/*.yaml): a statement of kind
// `reference`, shown beside what articles say. See data/reference/README.md.
export const referenceProperties = [
  'name',
  'city',
  'country',
  'venue',
  'start',
  'end',
  'host',
  'chair',
  'previous_event',
  'next_event',
  'attended',
  'delegation_head',
  'theme',
  'event',
  'adopted',
  'signed',
  'not_signed',
  'signatory_count',
  // a party's standing on an instrument beyond signed / not_signed: a treaty's ratification,
  // a UN recorded vote, or a party a source speaks of without any stance
  'ratified',
  'voted_for',
  'voted_against',
  'abstained',
  'status_unknown',
  // `true` when the instrument's list of parties is complete as of `as_of` (an official list)
  'list_complete',
  'launched_at',
  'member',
  'signatory',
  'kind',
  'role',
] as const;

const EntityRefSchema = z
  .string()
  .regex(/^(event|declaration|initiative|organization|person|country):[A-Za-z0-9-]+$/, 'an id looks like kind:id, e.g. country:FR');

export const ReferenceFactSchema = z
  .object({
    subject: EntityRefSchema,
    property: z.enum(referenceProperties),
    value: z.union([z.string(), z.number(), z.boolean()]),
    sources: z.array(z.url()).min(1),
    as_of: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .optional(),
    signer_type: z.enum(['state', 'international_organization', 'other']).optional(),
    party: EntityRefSchema.optional(),
    reason: z.string().optional(),
    // with `not_signed`: a cited source states a refusal (else it only says the party is not listed)
    refusal: z.boolean().optional(),
    // with `signed`: `collective` when a source covers the party only as one of a group ("the 27 EU member states")
    basis: z.enum(['named', 'collective']).optional(),
    // with `signatory_count`: what the number counts ("86 countries + EU + IFAD")
    includes: z.string().optional(),
    note: z.string().optional(),
    unconfirmed: z.boolean().optional(),
  })
  .strict();
export type ReferenceFact = z.infer<typeof ReferenceFactSchema>;
