import { createRoute, z } from '@hono/zod-openapi';
import { QueryError, storyOf } from '../../query/index.js';
import type { Store } from '../../store/index.js';
import { errors, json, newRouter } from '../router.js';
import { Carrier, pageOf, paging, ReviewEntry, ReviewState, Statement, StatementKind } from '../schemas.js';

// `kind=signed,not_signed` or `kind=signed&kind=not_signed`.
const KindList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  )
  .pipe(z.array(StatementKind).max(20))
  .openapi({ type: 'string', description: 'one kind or several, comma-separated', example: 'signed,not_signed' });

// How far a listing reads: its pages cover the first 10,000 statements (a 400 says so beyond).
const scanCap = 10_000;

const listStatements = createRoute({
  method: 'get',
  path: '/statements',
  tags: ['statements'],
  summary: 'Statements across documents, by kind and/or subject',
  description: 'Give `kind`, `subject` or both. Subjects are stored as extracted: an ISO code (`FR`), an id, or a name (speakers).',
  request: {
    query: z.object({
      kind: KindList.optional(),
      subject: z.string().trim().min(1).max(200).optional().openapi({ example: 'US' }),
      ...paging(),
    }),
  },
  responses: { 200: json(pageOf(Statement, 'StatementList'), 'a page of statements, oldest documents first'), ...errors(400) },
});

// `cluster`, `carriers`: the story of the statement's document and every outlet carrying it.
const StatementDetail = z
  .object({ statement: Statement, review: ReviewState, log: z.array(ReviewEntry), cluster: z.string(), carriers: z.array(Carrier) })
  .openapi('StatementDetail');

const getStatement = createRoute({
  method: 'get',
  path: '/statements/{id}',
  tags: ['statements'],
  summary: 'One statement with its review state and review log',
  request: {
    params: z.object({
      id: z
        .string()
        .regex(/^[0-9a-f]{8,64}$/, 'expected a statement id (hexadecimal)')
        .openapi({ param: { name: 'id', in: 'path' }, example: '56ffc7e2f4835ecc' }),
    }),
  },
  responses: { 200: json(StatementDetail, 'the statement'), ...errors(400, 404) },
});

export function statementRoutes(store: Store) {
  return newRouter()
    .openapi(listStatements, async (c) => {
      const { kind, subject, limit, offset } = c.req.valid('query');
      if (!kind?.length && !subject)
        throw new QueryError('bad_request', 'statements: give kind, subject or both (a document lists its own at /documents/{id}/statements)');
      if (offset + limit > scanCap)
        throw new QueryError(
          'bad_request',
          `offset: this listing pages through its first ${scanCap} statements; narrow it with subject or kind, or use /export`,
        );
      const found = subject
        ? (await store.findStatementsBySubject([subject], scanCap)).filter((s) => !kind?.length || kind.includes(s.kind))
        : await store.listStatementsByKind(kind ?? [], offset + limit);
      // Below the cap the subject's statements were all read, so their number is known.
      const total = subject && found.length < scanCap ? found.length : undefined;
      return c.json({ items: found.slice(offset, offset + limit), total, limit, offset }, 200);
    })
    .openapi(getStatement, async (c) => {
      const { id } = c.req.valid('param');
      const statement = await store.getStatement(id);
      if (!statement) throw new QueryError('not_found', `${id}: no such statement`);
      const [states, log, story] = [await store.reviewStates([id]), await store.reviewLog(id), await storyOf(store, statement.documentId)];
      return c.json({ statement, review: states.get(id) ?? { status: 'unreviewed' as const, value: null, subject: null }, log, ...story }, 200);
    });
}
