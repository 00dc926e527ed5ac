import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { findSavedSearch, listSavedSearches, newItems, removeSavedSearch, saveSearch, searchFeed, searchView, type Kb } from '../../query/index.js';
import { errors, json, newRouter } from '../router.js';
import { Lang, Statement } from '../schemas.js';

const Text = z.string().trim().min(1).max(200);
const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date like 2025, 2025-02 or 2025-02-10');

const SavedSearch = z
  .object({
    id: z.string().openapi({ example: 'eec44b22bb34' }),
    name: z.string().openapi({ example: 'open models' }),
    kind: z.enum(['quotes', 'entity', 'declaration']),
    params: z.record(z.string(), z.union([z.string(), z.boolean()])).openapi({ example: { search: 'open models' } }),
    webhook: z.string().nullable(),
    hasSecret: z.boolean().openapi({ description: 'a webhook secret is set (it is never shown)' }),
    cursor: z.number().int().openapi({ description: 'the stored order of the last document already delivered' }),
    createdAt: z.string(),
  })
  .openapi('SavedSearch');

const NewSearch = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ example: 'open models' }),
    kind: z.enum(['quotes', 'entity', 'declaration']).openapi({ example: 'quotes' }),
    search: Text.optional().openapi({ description: 'quotes: words the quote holds', example: 'open models' }),
    speaker: Text.optional().openapi({ description: 'quotes: the speaker', example: 'Vance' }),
    lang: Lang.optional(),
    event: Text.optional().openapi({ description: 'quotes: the event of the quoting article', example: 'AI Action Summit' }),
    from: PartialDate.optional(),
    to: PartialDate.optional(),
    exact: z.boolean().optional(),
    samples: z.boolean().optional(),
    entity: Text.optional().openapi({ description: 'entity: its id or a name', example: 'country:FR' }),
    declaration: Text.optional().openapi({ description: 'declaration: its id or a name', example: 'declaration:paris-statement' }),
    webhook: z.string().url().max(2000).optional().openapi({ description: 'what is new is POSTed here, signed', example: 'https://hooks.example.org/accord' }),
    secret: z.string().min(16).max(200).optional().openapi({ description: 'signs each webhook body: X-Accord-Signature: sha256=HMAC' }),
  })
  .strict()
  .openapi('NewSavedSearch');

const AlertItem = z
  .object({
    statement: Statement.pick({
      id: true,
      kind: true,
      subject: true,
      value: true,
      words: true,
      start: true,
      end: true,
      lang: true,
      rule: true,
      confidence: true,
    }),
    document: z.object({
      id: z.string(),
      title: z.string().nullable(),
      url: z.string().nullable(),
      outlet: z.string().nullable(),
      published: z.string().nullable(),
      storedAt: z.string(),
    }),
    link: z.string().openapi({ description: 'the span on the document page', example: '/documents/d33e0a5462ef0316#s-aaa9bb40c47b5fad' }),
  })
  .openapi('AlertItem');

const IdParam = z.object({
  id: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'eec44b22bb34' }),
});
const tags = ['searches'];

const listRoute = createRoute({
  method: 'get',
  path: '/searches',
  tags,
  summary: 'Saved searches, by name',
  responses: { 200: json(z.object({ items: z.array(SavedSearch) }), 'every saved search') },
});
const newRoute = createRoute({
  method: 'get',
  path: '/searches/{id}/new',
  tags,
  summary: 'What is new for a saved search: matches stored after its cursor, newest first',
  request: { params: IdParam, query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }) },
  responses: { 200: json(z.object({ search: SavedSearch, items: z.array(AlertItem) }), 'the new items'), ...errors(400, 404) },
});
const atomRoute = createRoute({
  method: 'get',
  path: '/searches/{id}/atom',
  tags,
  summary: 'The Atom 1.0 feed of a saved search: its latest 50 matches',
  request: { params: IdParam },
  responses: { 200: { description: 'an Atom feed', content: { 'application/atom+xml': { schema: z.string() } } }, ...errors(404) },
});

export function savedSearchRoutes(kb: Kb, requireToken: MiddlewareHandler) {
  const security = [{ bearer: [] }];
  const createRouteDef = createRoute({
    method: 'post',
    path: '/searches',
    tags,
    summary: 'Save a search: a quote search, an entity or a declaration',
    security,
    middleware: [requireToken] as const,
    request: { body: { required: true, content: { 'application/json': { schema: NewSearch } } } },
    responses: { 201: json(SavedSearch, 'the saved search; what is new starts after the latest stored document'), ...errors(400, 401, 403, 413, 415) },
  });
  const deleteRoute = createRoute({
    method: 'delete',
    path: '/searches/{id}',
    tags,
    summary: 'Remove a saved search and its delivery log',
    security,
    middleware: [requireToken] as const,
    request: { params: IdParam },
    responses: { 200: json(SavedSearch, 'the removed search'), ...errors(401, 403, 404) },
  });
  return newRouter()
    .openapi(listRoute, async (c) => c.json({ items: (await listSavedSearches(kb)).map(searchView) }, 200))
    .openapi(createRouteDef, async (c) => {
      const { name, kind, entity, declaration, webhook, secret, ...quotes } = c.req.valid('json');
      return c.json(searchView(await saveSearch(kb, { name, kind, entity, declaration, webhook, secret, quotes })), 201);
    })
    .openapi(deleteRoute, async (c) => c.json(searchView(await removeSavedSearch(kb, c.req.valid('param').id)), 200))
    .openapi(newRoute, async (c) => {
      const search = await findSavedSearch(kb, c.req.valid('param').id);
      const { items } = await newItems(kb, search, c.req.valid('query').limit);
      return c.json({ search: searchView(search), items }, 200);
    })
    .openapi(atomRoute, async (c) => {
      const search = await findSavedSearch(kb, c.req.valid('param').id);
      const feed = await searchFeed(kb, search, `/api/v1/searches/${search.id}/atom`);
      return c.body(feed, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
    });
}
