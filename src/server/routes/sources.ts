import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { addSource, listSourceViews, pauseSource, pollSources, removeSource, type Kb } from '../../query/index.js';
import { errors, json, newRouter } from '../router.js';
import { Lang } from '../schemas.js';

// The feeds and news sitemaps the server follows by itself (README, "Following sources").
const Health = z
  .object({
    lastFetchAt: z.string().nullable(),
    lastResult: z.enum(['ok', 'unchanged', 'error']).nullable(),
    lastError: z.string().nullable(),
    itemsPerDay: z.number().openapi({ description: 'new articles a day over the last 7 days' }),
    errorsInRow: z.number().int(),
    lastNewAt: z.string().nullable(),
    failing: z.boolean().openapi({ description: 'three errors in a row or more' }),
    silent: z.boolean().openapi({ description: 'it used to bring articles and has brought none for three of its usual gaps (two days at least)' }),
  })
  .openapi('SourceHealth');

const Source = z
  .object({
    id: z.number().int(),
    url: z.string(),
    name: z.string().nullable(),
    lang: z.string().nullable(),
    every: z.string().openapi({ example: '30m' }),
    everySeconds: z.number().int(),
    paused: z.boolean(),
    addedAt: z.string(),
    nextDue: z.string(),
    etag: z.string().nullable(),
    lastModified: z.string().nullable(),
    health: Health,
  })
  .openapi('Source');

const NewSource = z
  .object({
    url: z.string().trim().min(1).max(2000).openapi({ example: 'https://news.example/feed.rss', description: 'an RSS, Atom or JSON feed, or a news sitemap' }),
    name: z.string().trim().max(200).optional(),
    lang: Lang.optional().openapi({ description: "its articles' language (a pack of data/lang/), a hint for the detector" }),
    every: z.string().trim().max(10).optional().openapi({ description: 'how often to poll it, 1m to 7d (default 30m)', example: '2h' }),
  })
  .strict()
  .openapi('NewSource');

const PollResult = z
  .object({ sourceId: z.number().int(), url: z.string(), result: z.enum(['ok', 'unchanged', 'error']), itemsSeen: z.number().int(), newItems: z.number().int(), error: z.string().nullable() })
  .openapi('PollResult');

const SourceRef = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }) });
const PollQuery = z.object({ all: z.enum(['true', 'false']).optional().openapi({ description: 'true: every unpaused source, due or not' }) });

const write = (method: 'post' | 'delete', path: string, summary: string, token: MiddlewareHandler) => ({
  method,
  path,
  tags: ['sources'],
  summary,
  security: [{ bearer: [] }],
  middleware: token,
});

export function sourceRoutes(kb: Kb, token: MiddlewareHandler) {
  const list = createRoute({ method: 'get', path: '/sources', tags: ['sources'], summary: 'Followed sources, each with its health', responses: { 200: json(z.object({ items: z.array(Source) }), 'every followed source') } });
  const add = createRoute({
    ...write('post', '/sources', 'Follow a feed or news sitemap', token),
    request: { body: { required: true, content: { 'application/json': { schema: NewSource } } } },
    responses: { 201: json(Source, 'the source, due at once'), ...errors(400, 401, 403, 413, 415) },
  });
  const remove = createRoute({ ...write('delete', '/sources/{id}', 'Stop following a source (its fetch log goes too; its articles stay)', token), request: { params: SourceRef }, responses: { 200: json(z.object({ removed: z.number().int() }), 'removed'), ...errors(400, 401, 403, 404) } });
  const pause = (action: 'pause' | 'resume') =>
    createRoute({ ...write('post', `/sources/{id}/${action}`, action === 'pause' ? 'Stop polling a source for now' : 'Poll a paused source again', token), request: { params: SourceRef }, responses: { 200: json(z.object({ id: z.number().int(), paused: z.boolean() }), 'done'), ...errors(400, 401, 403, 404) } });
  const poll = createRoute({ ...write('post', '/sources/poll', 'Poll every due source once, now', token), request: { query: PollQuery }, responses: { 200: json(z.object({ items: z.array(PollResult) }), 'one result per source polled'), ...errors(400, 401, 403) } });
  return newRouter()
    .openapi(list, async (c) => c.json({ items: await listSourceViews(kb) }, 200))
    .openapi(add, async (c) => c.json(await addSource(kb, c.req.valid('json')), 201))
    .openapi(remove, async (c) => c.json({ removed: (await removeSource(kb, String(c.req.valid('param').id))).id }, 200))
    .openapi(pause('pause'), async (c) => c.json({ id: (await pauseSource(kb, String(c.req.valid('param').id), true)).id, paused: true }, 200))
    .openapi(pause('resume'), async (c) => c.json({ id: (await pauseSource(kb, String(c.req.valid('param').id), false)).id, paused: false }, 200))
    .openapi(poll, async (c) => c.json({ items: await pollSources(kb, { all: c.req.valid('query').all === 'true' }) }, 200));
}
