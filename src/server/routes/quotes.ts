import { createRoute, z } from '@hono/zod-openapi';
import { checkLang, findEvent, findQuotes, type Kb } from '../../query/index.js';
import type { Store } from '../../store/index.js';
import { errors, json, newRouter } from '../router.js';
import { Lang, pageOf, paging, QuoteRow, SamplesParam } from '../schemas.js';

const Words = z.string().trim().min(1).max(200);
const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date like 2025, 2025-02 or 2025-02-10');

const QuotePage = pageOf(QuoteRow, 'QuotePage', {
  hasMore: z.boolean().openapi({ description: 'more quotes follow: ask again with offset + limit (review can leave a page shorter than limit)' }),
});

const searchRoute = createRoute({
  method: 'get',
  path: '/quotes',
  tags: ['quotes'],
  summary: 'Quotes with speaker, date, document and span, newest first, as review left them',
  description:
    'Speaker and words match without accents and case ("tuong" finds "tướng", "dang" finds "Đặng"). Rejected quotes are left out and corrected speakers applied.',
  request: {
    query: z.object({
      speaker: Words.optional().openapi({ example: 'Vance' }),
      search: Words.optional().openapi({ example: 'innovation' }),
      lang: Lang.optional(),
      event: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .openapi({ description: 'the event the quoting article reports on, by any of its names or its id', example: 'AI Action Summit' }),
      from: PartialDate.optional().openapi({ description: 'published on or after (2025, 2025-02 or 2025-02-10)', example: '2025-02' }),
      exact: z
        .enum(['true', 'false', '1', '0'])
        .transform((v) => v === 'true' || v === '1')
        .optional()
        .openapi({ type: 'boolean', description: 'speaker and words as typed, accents included ("tướng" then misses "tuong")', example: 'true' }),
      to: PartialDate.optional().openapi({ description: 'published on or before, the whole month or year for a partial date', example: '2025-02' }),
      samples: SamplesParam.openapi({ description: "the sample articles' quotes come only with samples=include", example: 'include' }),
      ...paging(),
    }),
  },
  responses: { 200: json(QuotePage, 'a page of quotes'), ...errors(400) },
});

export function quoteRoutes(kb: Kb, store: Store) {
  return newRouter().openapi(searchRoute, async (c) => {
    const { speaker, search, lang, event, from, to, exact, samples, limit, offset } = c.req.valid('query');
    checkLang(kb, lang, 'query lang');
    const eventKey = event === undefined ? undefined : findEvent(kb, event).key;
    const { rows, hasMore } = await findQuotes(store, { speaker, search, lang, event: eventKey, from, to, exact, limit, offset, samples: samples === 'include' });
    return c.json({ items: rows, hasMore, limit, offset }, 200);
  });
}
