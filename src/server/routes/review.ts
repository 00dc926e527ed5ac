import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { decide, reviewQueue, type Kb } from '../../query/index.js';
import type { Store } from '../../store/index.js';
import { errors, json, newRouter } from '../router.js';
import { pageOf, paging, ReviewEntry, ToReview } from '../schemas.js';

const StatementId = z.string().regex(/^[0-9a-f]{8,64}$/, 'expected a statement id (hexadecimal)');

const queueRoute = createRoute({
  method: 'get',
  path: '/review',
  tags: ['review'],
  summary: 'Statements to review, conflicts first',
  request: { query: z.object(paging()) },
  responses: { 200: json(pageOf(ToReview, 'ReviewQueue'), 'unreviewed statements; total counts every open one'), ...errors(400) },
});

const logRoute = createRoute({
  method: 'get',
  path: '/review/log',
  tags: ['review'],
  summary: 'The append-only audit log of review decisions, oldest first',
  request: { query: z.object({ statement: StatementId.optional().openapi({ description: 'only the decisions on this statement' }), ...paging(100) }) },
  responses: { 200: json(pageOf(ReviewEntry, 'ReviewLog'), 'a page of the log'), ...errors(400) },
});

const Decision = z
  .object({
    action: z.enum(['accept', 'reject', 'correct', 'undo']).openapi({ description: 'undo takes back the last decision on the statement', example: 'correct' }),
    statement: StatementId.openapi({ description: 'the statement id', example: '56ffc7e2f4835ecc' }),
    reason: z
      .string()
      .trim()
      .min(1, 'a reason is required')
      .max(2000)
      .openapi({ description: 'why: kept in the audit log', example: 'the outlet corrected its report' }),
    reviewer: z.string().trim().min(1, 'who decides is required').max(200).openapi({ description: 'who decides', example: 'ana' }),
    set: z
      .record(z.string().regex(/^[a-z_]{1,40}$/), z.string().max(200))
      .optional()
      .openapi({ description: 'with correct: what to change, e.g. {"stance": "not_signed"} or {"subject": "TW"}', example: { stance: 'not_signed' } }),
  })
  .strict()
  .openapi('Decision');

export function reviewRoutes(kb: Kb, store: Store, requireToken: MiddlewareHandler) {
  const decideRoute = createRoute({
    method: 'post',
    path: '/review',
    tags: ['review'],
    summary: 'Record a decision on a statement',
    security: [{ bearer: [] }],
    middleware: [requireToken] as const,
    request: { body: { required: true, content: { 'application/json': { schema: Decision } } } },
    responses: { 201: json(ReviewEntry, 'the entry appended to the audit log'), ...errors(400, 401, 403, 404, 413, 415) },
  });
  return newRouter()
    .openapi(queueRoute, async (c) => {
      const { limit, offset } = c.req.valid('query');
      const { items, open } = await reviewQueue(kb, store, offset + limit);
      return c.json({ items: items.slice(offset), total: open, limit, offset }, 200);
    })
    .openapi(logRoute, async (c) => {
      const { statement, limit, offset } = c.req.valid('query');
      const log = await store.reviewLog(statement);
      return c.json({ items: log.slice(offset, offset + limit), total: log.length, limit, offset }, 200);
    })
    .openapi(decideRoute, async (c) => {
      const { action, statement, reason, reviewer, set } = c.req.valid('json');
      return c.json(await decide(store, { action, id: statement, reason, reviewer, set }), 201);
    });
}
