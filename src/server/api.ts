import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Kb } from '../query/index.js';
import type { WorkQueue } from '../queue/index.js';
import type { Store } from '../store/index.js';
import type { AddArticle } from './article-pool.js';
import { newRouter } from './router.js';
import { declarationRoutes } from './routes/declarations.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { ingestRoutes, type EnqueueArticle } from './routes/ingest.js';
import { jobRoutes } from './routes/jobs.js';
import { quoteRoutes } from './routes/quotes.js';
import { reviewRoutes } from './routes/review.js';
import { savedSearchRoutes } from './routes/saved-searches.js';
import { searchRoutes } from './routes/search.js';
import { sourceRoutes } from './routes/sources.js';
import { statementRoutes } from './routes/statements.js';
import { requireToken } from './security.js';

export const apiBase = '/api/v1';

// Every JSON endpoint, one router per resource; writes go through the token check first.
export type Queueing = { queue: WorkQueue; enqueue: EnqueueArticle } | null;

export function apiRoutes(kb: Kb, store: Store, token: string | null, add: AddArticle, queueing: Queueing = null): OpenAPIHono {
  const writes = requireToken(token);
  const api = newRouter();
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'the ACCORD_TOKEN the server was started with',
  });
  for (const routes of [
    documentRoutes(kb, store),
    ingestRoutes(add, writes, queueing?.enqueue ?? null),
    jobRoutes(queueing?.queue ?? null, token, writes),
    statementRoutes(store),
    entityRoutes(kb),
    eventRoutes(kb),
    declarationRoutes(kb),
    quoteRoutes(kb, store),
    reviewRoutes(kb, store, writes),
    exportRoutes(store),
    searchRoutes(kb),
    savedSearchRoutes(kb, writes),
    sourceRoutes(kb, writes),
  ])
    api.route('/', routes);
  return api;
}
