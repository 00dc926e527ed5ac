import { z } from '@hono/zod-openapi';
import { instrumentKinds, partyStatuses, type InstrumentKind as Kind, type PartyStatus as Status } from '../query/index.js';
import { DocumentSchema, FormatSchema, langCodePattern, ReferenceFactSchema, ReviewStateSchema, StatementKindSchema, StatementSchema } from '../model/index.js';

// The public shapes of the API, named once: the OpenAPI document lists them under components.

// The model's schemas were built before @hono/zod-openapi extended zod, so they are rebuilt
// from their parts here to carry OpenAPI names.
// Any pack code of data/lang/ (or `und`): which codes exist is known when the packs are loaded.
export const Lang = z
  .string()
  .regex(langCodePattern, 'a language code: 2-3 lowercase letters')
  .openapi('Lang', { description: 'the code of a language pack in data/lang/, or und' });
export const StatementKind = z.enum(StatementKindSchema.options).openapi('StatementKind');
export const Statement = z.object({ ...StatementSchema.shape, kind: StatementKind, lang: Lang }).openapi('Statement');
export const ReferenceFact = z.strictObject(ReferenceFactSchema.shape).openapi('ReferenceFact');
export const ReviewState = z.object(ReviewStateSchema.shape).openapi('ReviewState');

// --- i10b: samples ---
// Articles we wrote ourselves (data/samples) say so on every row; `?samples=` keeps or leaves them out.
export const Sample = z
  .boolean()
  .openapi({ description: 'true: an article the Accord project wrote (invented outlet and people), not news; it never makes a status' });
export const SamplesParam = z
  .enum(['include', 'exclude'])
  .optional()
  .openapi({ description: 'include or exclude the sample articles we wrote (data/samples)', example: 'exclude' });
// --- end i10b ---

export const DocumentSummary = z
  .object({
    id: z.string().openapi({ example: '446e7ca90dd1c02c' }),
    lang: Lang,
    format: z.enum(FormatSchema.options),
    title: z.string().nullable(),
    published: z.string().nullable(),
    url: z.string().nullable(),
    outlet: z.string().nullable().openapi({ description: 'the site that published it (og:site_name, JSON-LD publisher, else the URL host)' }),
    byline: z.string().nullable(),
    sample: Sample,
    origin: z.string(),
    chars: z.number().int(),
    sentences: z.number().int(),
    figures: z.number().int(),
    statements: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('DocumentSummary');

export const StoredDocument = z
  .object({
    ...DocumentSchema.shape,
    lang: Lang,
    outlet: z.string().nullable(),
    sample: Sample,
    origin: z.string(),
    createdAt: z.string(),
    sources: z.array(z.object({ source: z.string(), version: z.number().int(), ingestedAt: z.string() })),
    cluster: z.string().openapi({ description: 'the copies of one story share it: the id of the first stored of them (its own id when alone)' }),
  })
  .openapi('Document');

export const Carrier = z
  .object({
    documentId: z.string(),
    source: z.string(),
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable(),
  })
  .openapi('Carrier', { description: 'an outlet carrying a story (one source of one document of its cluster)' });

export const DocumentView = z
  .object({
    document: StoredDocument,
    carriers: z.array(Carrier).openapi({ description: "every outlet carrying the document's story, the original (earliest published) first" }),
    statements: z.array(Statement),
    states: z.record(z.string(), ReviewState).openapi({ description: 'the review state of each statement, by statement id' }),
  })
  .openapi('DocumentView');

// Names by language code, one key per pack in data/lang/.
export const Names = z.record(z.string(), z.array(z.string())).openapi('Names');

export const Entity = z
  .object({
    id: z.string().openapi({ example: 'country:FR' }),
    kind: z.enum(['country', 'city', 'organization', 'event', 'declaration', 'initiative', 'person']),
    key: z.string(),
    label: z.string(),
    names: Names,
  })
  .openapi('Entity');

// --- statuses (i10a) ---
export const PartyStatus = z.enum(partyStatuses as [Status, ...Status[]]).openapi('PartyStatus', {
  description:
    'signed: a source states it (press "signed" = endorsed for a summit declaration); declined: a source states a refusal; not_listed: not among the parties of a complete official list as of `asOf` (says nothing about why); attended: at the summit, stance unknown; unknown: no information; conflict: sources disagree. Treaties: signed, ratified, not_signed (as of a date, no refusal implied). UN recorded votes: voted_for, voted_against, abstained. The instrument `kind` decides which apply.',
});
export const InstrumentKind = z.enum(instrumentKinds as [Kind, ...Kind[]]).openapi('InstrumentKind');
const ListCompleteness = z
  .object({ complete: z.boolean().nullable(), asOf: z.string().nullable(), sources: z.array(z.string()), note: z.string().nullable() })
  .openapi('ListCompleteness', { description: 'whether the list of parties is complete (an official list) as of a date; null: not known' });
const Joining = z
  .object({ date: z.string().nullable(), status: z.enum(['signed', 'ratified']), parties: z.array(z.string()), unconfirmed: z.boolean() })
  .openapi('Joining', { description: 'parties that joined on one date, by the reference' });
// --- end statuses ---

export const Evidence = z
  .object({
    kind: z.enum(['reference', 'article']),
    stance: z.enum(['signed', 'not_signed']),
    status: PartyStatus.openapi({ description: 'what this one source supports, in the instrument kind’s vocabulary' }),
    basis: z.enum(['named', 'collective']).optional(),
    source: z.string().openapi({ description: 'a URL (reference) or "DOCUMENT [start, end)" (article)' }),
    asOf: z.string().nullable(),
    reason: z.string().nullable(),
    unconfirmed: z.boolean(),
    words: z.string().nullable(),
    isReviewed: z.boolean(),
    statementId: z.string().nullable(),
    party: z.string().optional(),
    documentId: z.string().optional(),
    url: z.string().nullable().optional(),
    sample: Sample.optional(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
    rule: z.string().optional(),
    lang: z.string().optional(),
    cluster: z
      .string()
      .optional()
      .openapi({ description: "the story (cluster) of the article's document: copies of one wire story are one piece of evidence" }),
    carriers: z.array(Carrier).optional().openapi({ description: 'the first outlets carrying that story (at most 5), the original first' }),
    carriedBy: z.number().int().optional().openapi({ description: 'how many documents carry that story, counted up to 1000' }),
    title: z.string().nullable().optional().openapi({ description: "the article's title, as a reader cites it" }),
    outlet: z.string().nullable().optional().openapi({ description: 'the outlet that published the article' }),
  })
  .openapi('Evidence');

export const EvidencePage = z
  .object({
    declaration: z.string(),
    party: z.string(),
    stance: z.enum(['signed', 'not_signed']),
    total: z.number().int().openapi({ description: 'every article stating this stance (an article may state it in more than one statement)' }),
    offset: z.number().int(),
    limit: z.number().int(),
    hasMore: z.boolean().openapi({ description: 'whether statements follow this page (ask again with offset + limit)' }),
    items: z.array(Evidence).openapi({ description: 'one page of the statements, reviewed first, newest first' }),
  })
  .openapi('EvidencePage');

export const Party = z
  .object({
    party: z.string().openapi({ example: 'FR', description: 'ISO 3166-1 alpha-2 code, or EU' }),
    status: PartyStatus,
    signerType: z.enum(['state', 'international_organization', 'other']),
    asOf: z.string().nullable(),
    sources: z.number().int().openapi({ description: 'independent sources: reference URLs plus stories (copies of one wire story count once)' }),
    articles: z.object({ signed: z.number().int(), not_signed: z.number().int() }),
    independent: z
      .object({ signed: z.number().int(), not_signed: z.number().int() })
      .openapi({ description: 'how many independent stories (clusters) state each stance' }),
    oneOriginal: z
      .string()
      .optional()
      .openapi({ description: 'a conflict whose sides all come from copies of this one story: no disagreement between independent sources' }),
    evidence: z.array(Evidence),
  })
  .openapi('Party');

export const ReportedCount = z
  .object({
    value: z.number().int(),
    asOf: z.string().nullable(),
    source: z.string(),
    sources: z.number().int(),
    includes: z.string().nullable().openapi({ description: 'what the number counts, e.g. "86 countries + EU + IFAD"' }),
    urls: z.array(z.string()).openapi({ description: 'every reference URL giving it' }),
    unconfirmed: z.boolean(),
  })
  .openapi('ReportedCount');

export const Signatories = z
  .object({
    declaration: z.string(),
    kind: InstrumentKind,
    statuses: z.array(PartyStatus).openapi({ description: 'the statuses that apply to this kind of instrument' }),
    list: ListCompleteness,
    parties: z.array(Party),
    counts: z.array(ReportedCount),
    timeline: z.array(Joining),
  })
  .openapi('Signatories');

const ComparedParty = Party.extend({ other: PartyStatus, otherAsOf: z.string().nullable() });
export const Comparison = z
  .object({ a: z.string(), b: z.string(), signedOnlyA: z.array(ComparedParty), signedOnlyB: z.array(ComparedParty) })
  .openapi('Comparison');

export const ResolutionDecision = z
  .object({
    seq: z.number().int(),
    action: z.enum(['same', 'not_same', 'undo']),
    entity: z.string(),
    name: z.string(),
    reason: z.string(),
    reviewer: z.string(),
    at: z.string(),
    undoes: z.number().int().nullable(),
  })
  .openapi('ResolutionDecision');

const Stance = z
  .object({
    declaration: z.string(),
    event: z.string().nullable(),
    status: PartyStatus,
    sources: z.number().int(),
    articles: z.object({ signed: z.number().int(), not_signed: z.number().int() }),
    evidence: z.array(Evidence),
  })
  .openapi('Stance');

export const QuoteRow = Statement.extend({
  published: z.string().nullable(),
  origin: z.string(),
  url: z.string().nullable(),
  sample: Sample.optional(),
  title: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
}).openapi('Quote');

export const ReviewEntry = z
  .object({
    seq: z.number().int(),
    statementId: z.string(),
    action: z.enum(['accept', 'reject', 'correct', 'undo']),
    reason: z.string(),
    reviewer: z.string(),
    at: z.string(),
    before: ReviewState,
    after: ReviewState,
  })
  .openapi('ReviewEntry');

export const ToReview = Statement.extend({ isConflict: z.boolean() }).openapi('ToReview');

// `{ items, total, limit, offset }`: total is left out where counting would cost a full scan.
export function pageOf<T extends z.ZodType>(item: T, name: string, extra: z.ZodRawShape = {}) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int().optional().openapi({ description: 'how many match in all, when known' }),
      limit: z.number().int(),
      offset: z.number().int(),
      ...extra,
    })
    .openapi(name);
}

const maxLimit = 500;

// A whole number in a query string, `?limit=20`, with one message for every way it can be wrong.
export function wholeNumber(min: number, max: number, fallback: number, description: string) {
  const message = `expected a whole number from ${min} to ${max}`;
  return (
    z.coerce
      .number({ error: message })
      .int(message)
      .min(min, message)
      .max(max, message)
      .default(fallback)
      // `type` is stated: coercion would let the generator believe null is accepted (Number(null) is 0).
      .openapi({ type: 'integer', description, example: fallback })
  );
}

// `?limit=20&offset=40`: at most 500 a page.
export function paging(defaultLimit = 50) {
  return { limit: wholeNumber(1, maxLimit, defaultLimit, 'at most this many'), offset: wholeNumber(0, 1_000_000, 0, 'skip this many first') };
}

// A name in any language, an ISO code or an id, as a path segment: 1 to 200 characters.
export const NameParam = z.string().trim().min(1).max(200);

export const EntityView = z
  .object({
    entity: Entity,
    decisions: z.array(ResolutionDecision).openapi({ description: 'decisions people took on resolving this entity, standing or undone' }),
    reference: z.array(ReferenceFact),
    stances: z.array(Stance).openapi({ description: 'countries and organisations: where they stand on each declaration' }),
    conflicts: z.array(Stance),
    summit: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'events: dates, venue, hosts, chairs, declarations' }),
    parties: z.record(z.string(), z.number().int()).nullable().openapi({ description: 'declarations: how many parties have each status' }),
    statementCounts: z.record(z.string(), z.number().int()).openapi({ description: 'statements about the entity, by kind' }),
    statements: z.array(Statement).openapi({ description: 'the latest statements about the entity, as review left them' }),
    quotes: z.array(QuoteRow).openapi({ description: 'persons: what they said' }),
    fromArticles: z.boolean().openapi({ description: 'a person known only from the articles' }),
  })
  .openapi('EntityView');

// `a,b,c` in a query string: each item checked by `item`, at most `max` of them.
export function commaList<T extends z.ZodType<unknown, string>>(item: T, max: number, description: string, example: string) {
  return z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(max))
    .openapi({ type: 'string', description, example });
}
