import { OpenAPIHono } from '@hono/zod-openapi';
import { addArticle, readPostedArticle, type Kb } from '../query/index.js';
import type { WorkQueue } from '../queue/index.js';
import { notFoundPage, webRoutes } from '../web/index.js';
import { apiBase, apiRoutes } from './api.js';
import { apiCss, apiPage, type ApiDocument } from './api-page.js';
import type { AddArticle } from './article-pool.js';
import { limitBody } from './body-limit.js';
import { notFound, onError, validationHook } from './errors.js';
import { heavyRoutes, limitHeavy } from './heavy.js';
import { securityHeaders } from './security.js';

export type AppOptions = {
  // ACCORD_TOKEN: writes need it as a bearer token; null refuses every write.
  token: string | null;
  // Largest request body accepted (default 5 MB).
  maxBodyBytes?: number;
  // How posted articles are read: `accord serve` gives its worker pool (article-pool.ts); left
  // out, on this thread.
  addArticle?: AddArticle;
  // Exports and article posts served at once; one more gets a 503 (default 2).
  heavyRequests?: number;
  // `accord serve --queue`: posted articles are read here and queued for `accord worker`
  // (answered 202 with their job ids), and GET /api/v1/jobs shows the queue.
  queue?: WorkQueue | null;
};

export const defaultMaxBodyBytes = 5_000_000;

// The whole site: the JSON API under /api/v1, its OpenAPI document and readable page, the web UI at /.
export function createApp(kb: Kb, options: AppOptions): OpenAPIHono {
  const store = kb.store;
  if (!store) throw new Error('the server needs a database: open a store before createApp');
  const app = new OpenAPIHono({ defaultHook: validationHook });
  const add = options.addArticle ?? ((input) => addArticle(kb, input));
  app.use('*', securityHeaders);
  app.use('*', limitHeavy(options.heavyRequests ?? 2, heavyRoutes(apiBase)));
  app.use('*', limitBody(options.maxBodyBytes ?? defaultMaxBodyBytes));
  const queue = options.queue ?? null;
  const queueing = queue ? { queue, enqueue: async (input: Parameters<typeof add>[0]) => queue.enqueue([await readPostedArticle(kb, input)]) } : null;
  app.route(apiBase, apiRoutes(kb, store, options.token, add, queueing));

  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Accord API',
      version: '1.0.0',
      description:
        'An open observatory of international AI governance: documents, the statements they make traced to their exact words, and what they add up to.',
    },
    tags: ['documents', 'statements', 'entities', 'events', 'declarations', 'quotes', 'review', 'export', 'search', 'searches', 'sources', 'jobs'].map((name) => ({ name })),
  });
  app.get('/openapi.json', (c) => c.json(document));
  // Examples are links relative to this server: never built from a Host header a client sent.
  app.get('/api', (c) => c.html(apiPage(document as ApiDocument, apiBase, '')));
  app.get(apiBase, (c) => c.redirect('/api', 302));
  app.get('/api/api.css', (c) => c.body(apiCss, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.route('/', webRoutes(kb, { token: options.token, addArticle: add }));

  app.notFound(notFound((c) => notFoundPage(kb, c)));
  app.onError(onError);
  return app;
}
