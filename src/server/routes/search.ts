import { createRoute, z } from '@hono/zod-openapi';
import { entityKinds } from '../../model/index.js';
import { searchAll, type Kb } from '../../query/index.js';
import { errors, json, newRouter } from '../router.js';
import { DocumentSummary, paging, QuoteRow } from '../schemas.js';

const EntityHit = z
  .object({
    id: z.string().openapi({ example: 'country:CN', description: 'opens at /api/v1/entities/{id}' }),
    kind: z.enum(entityKinds),
    key: z.string(),
    label: z.string(),
    matched: z.string().openapi({ description: 'the name that matched', example: 'Trung Quốc' }),
    fromArticles: z.boolean().openapi({ description: 'a person the gazetteers do not know, named in stored articles' }),
  })
  .openapi('EntityHit');

const SearchResults = z
  .object({ q: z.string(), entities: z.array(EntityHit), documents: z.array(DocumentSummary), quotes: z.array(QuoteRow) })
  .openapi('SearchResults');

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  tags: ['search'],
  summary: 'Countries, people, organisations, events, declarations, documents and quotes by any name in any language',
  description:
    'Accents and case aside ("chine", "trung quoc"): entities whose names hold the words (the exact name first), documents by id, title or the summit named, quotes by speaker or words.',
  request: {
    query: z.object({
      q: z.string().trim().min(1).max(200).openapi({ example: 'Trung Quốc' }),
      limit: paging(20).limit,
    }),
  },
  responses: { 200: json(SearchResults, 'what the words find, by kind'), ...errors(400) },
});

export function searchRoutes(kb: Kb) {
  return newRouter().openapi(searchRoute, async (c) => {
    const { q, limit } = c.req.valid('query');
    return c.json(await searchAll(kb, q, limit), 200);
  });
}
