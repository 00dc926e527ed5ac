import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { QueryError } from '../../query/index.js';
import type { WorkQueue } from '../../queue/index.js';
import { errors, json, newRouter } from '../router.js';
import { isSameToken } from '../security.js';

const Counts = z
  .object({ queued: z.number(), retry: z.number(), active: z.number(), completed: z.number(), failed: z.number(), cancelled: z.number() })
  .openapi('JobCounts');
const FailedJob = z.object({ id: z.string(), source: z.string(), error: z.string(), attempts: z.number(), failedAt: z.string().nullable() }).openapi('FailedJob');
const Jobs = z
  .object({
    counts: Counts,
    failed: z.array(FailedJob).nullable().openapi({ description: 'the failed jobs with their error: only for a request with the write token (errors name inputs); else null' }),
  })
  .openapi('Jobs');

const noQueue = 'this server has no work queue (start it with `accord serve --queue` on PostgreSQL): posted articles are stored at once';

// The work queue of `accord serve --queue`: how many jobs are in each state, for anyone; the
// failed ones with their error, which may name a private URL or file, for the holder of the write
// token only; putting them back in the queue is a write.
export function jobRoutes(queue: WorkQueue | null, token: string | null, requireToken: MiddlewareHandler) {
  const listRoute = createRoute({
    method: 'get',
    path: '/jobs',
    tags: ['jobs'],
    summary: 'The work queue: jobs in each state, and the failed ones with their error (with the write token)',
    responses: { 200: json(Jobs, 'counts, and the failed jobs, newest first'), ...errors(404) },
  });
  const retryRoute = createRoute({
    method: 'post',
    path: '/jobs/retry',
    tags: ['jobs'],
    summary: 'Put every failed job back in the queue',
    security: [{ bearer: [] }],
    middleware: [requireToken] as const,
    responses: { 200: json(z.object({ retried: z.number() }).openapi('Retried'), 'how many were put back'), ...errors(401, 403, 404) },
  });
  const queueOf = (): WorkQueue => {
    if (!queue) throw new QueryError('not_found', noQueue);
    return queue;
  };
  return newRouter()
    .openapi(listRoute, async (c) => {
      const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
      const trusted = token !== null && bearer !== undefined && isSameToken(bearer.trim(), token);
      const counts = await queueOf().counts();
      return c.json({ counts, failed: trusted ? await queueOf().failed(100) : null }, 200);
    })
    .openapi(retryRoute, async (c) => c.json({ retried: await queueOf().retryFailed() }, 200));
}
