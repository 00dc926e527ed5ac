import { createRoute, z } from '@hono/zod-openapi';
import { compareDeclarations, evidenceOfParty, evidenceShape, listDeclarations, openConflicts, signatoriesOf, type Kb } from '../../query/index.js';
import { errors, json, newRouter } from '../router.js';
import { commaList, Comparison, EvidencePage, InstrumentKind, NameParam, Names, PartyStatus, Signatories, wholeNumber } from '../schemas.js';

const DeclarationName = NameParam.openapi({ description: 'a declaration by any of its names, or its id', example: 'Bletchley Declaration' });

const DeclarationSummary = z
  .object({
    id: z.string().openapi({ example: 'declaration:bletchley-declaration' }),
    key: z.string(),
    label: z.string(),
    event: z.string().nullable(),
    names: Names,
    kind: InstrumentKind,
  })
  .openapi('DeclarationSummary');

const Conflict = z
  .object({
    declaration: z.string(),
    party: z.string(),
    sources: z.number().int(),
    articles: z.object({ signed: z.number().int(), not_signed: z.number().int() }),
  })
  .openapi('Conflict', { description: 'a party that sources state both to sign and not to sign' });

const listRoute = createRoute({
  method: 'get',
  path: '/declarations',
  tags: ['declarations'],
  summary: 'Every declaration of the summit series and the related instruments (treaty, UN resolution), each with its kind',
  responses: { 200: json(z.object({ items: z.array(DeclarationSummary) }), 'the declarations') },
});

// `status=signed,conflict`; `declined` is a stated refusal only, never "not listed" or "unknown"
const StatusList = commaList(
  PartyStatus,
  11,
  'one status or several, comma-separated: signed, declined, not_listed, attended, unknown, conflict; for a treaty ratified, signed, not_signed; for a UN vote voted_for, voted_against, abstained (see PartyStatus)',
  'signed',
);

const signatoriesRoute = createRoute({
  method: 'get',
  path: '/declarations/{name}/signatories',
  tags: ['declarations'],
  summary: 'Who signed a declaration and who stayed out, each with every source',
  description:
    "The reference dataset plus the stored articles about the declaration's summit, reviewed facts outranking extracted ones, in the vocabulary of the instrument's `kind` (`statuses`). A party whose sources disagree has status `conflict`; `declined` is only a stated refusal, `not_listed` an absence from a complete list as of its date. `timeline` gives when parties joined; each count says what it `includes`.",
  request: {
    params: z.object({ name: DeclarationName.openapi({ param: { name: 'name', in: 'path' } }) }),
    query: z.object({
      status: StatusList.optional(),
      party: z.string().trim().min(1).max(10).optional().openapi({ description: 'only this party (ISO code, or EU)', example: 'US' }),
      evidence: wholeNumber(0, 100, 10, 'at most this many article statements shown per party and stance (the counts cover all)'),
    }),
  },
  responses: { 200: json(Signatories, 'the parties and the reported counts'), ...errors(400, 404) },
});

const evidenceRoute = createRoute({
  method: 'get',
  path: '/declarations/{name}/evidence',
  tags: ['declarations'],
  summary: "One party's article evidence for one stance on a declaration, a page at a time",
  description:
    "What the signatories' evidence leaves out: every statement of the stored articles stating the party's stance, reviewed first and newest first, each with its story's first carriers and size. `total` is the tally's count of articles; page on with `offset` while `hasMore`.",
  request: {
    params: z.object({ name: DeclarationName.openapi({ param: { name: 'name', in: 'path' } }) }),
    query: z.object({
      party: z.string().trim().min(1).max(200).openapi({ description: 'the party: an ISO code, EU, or an id (organization:…)', example: 'US' }),
      stance: z.enum(['signed', 'not_signed']).openapi({ description: 'what the articles state', example: 'signed' }),
      offset: wholeNumber(0, Number.MAX_SAFE_INTEGER, 0, 'skip this many statements'),
      limit: wholeNumber(1, evidenceShape.pageMax, evidenceShape.pageSize, 'at most this many statements'),
    }),
  },
  responses: { 200: json(EvidencePage, "one page of the party's evidence"), ...errors(400, 404) },
});

const compareRoute = createRoute({
  method: 'get',
  path: '/compare',
  tags: ['declarations'],
  summary: 'Parties that signed one declaration and not the other',
  request: {
    query: z.object({ a: DeclarationName.openapi({ example: 'Bletchley Declaration' }), b: DeclarationName.openapi({ example: 'Paris Statement' }) }),
  },
  responses: { 200: json(Comparison, 'both directions, each party with where it stands on the other'), ...errors(400, 404) },
});

const conflictsRoute = createRoute({
  method: 'get',
  path: '/conflicts',
  tags: ['declarations', 'review'],
  summary: 'Open conflicts: parties stated both to sign and not to sign a declaration',
  responses: { 200: json(z.object({ items: z.array(Conflict) }), 'the conflicts') },
});

export function declarationRoutes(kb: Kb) {
  return newRouter()
    .openapi(listRoute, async (c) => c.json({ items: await listDeclarations(kb) }, 200))
    .openapi(signatoriesRoute, async (c) => {
      const { status, party, evidence } = c.req.valid('query');
      const found = await signatoriesOf(kb, c.req.valid('param').name, { evidence, party: party?.toUpperCase() });
      const parties = found.parties.filter((p) => (!status?.length || status.includes(p.status)) && (!party || p.party === party.toUpperCase()));
      return c.json({ ...found, parties }, 200);
    })
    .openapi(evidenceRoute, async (c) => {
      const { party, stance, offset, limit } = c.req.valid('query');
      return c.json(await evidenceOfParty(kb, c.req.valid('param').name, party, stance, { offset, limit }), 200);
    })
    .openapi(compareRoute, async (c) => {
      const { a, b } = c.req.valid('query');
      return c.json(await compareDeclarations(kb, a, b), 200);
    })
    .openapi(conflictsRoute, async (c) => c.json({ items: await openConflicts(kb) }, 200));
}
