import { createRoute, z } from '@hono/zod-openapi';
import { eventView, summitSeries, type Kb } from '../../query/index.js';
import { errors, json, newRouter } from '../router.js';
import { DocumentSummary, NameParam, Names, QuoteRow, ReferenceFact, ReportedCount } from '../schemas.js';

const Named = z.object({ id: z.string(), label: z.string() });

const Summit = z
  .object({
    id: z.string().openapi({ example: 'event:ai-action-summit-2025' }),
    key: z.string(),
    label: z.string(),
    names: Names,
    series: z.string().nullable(),
    edition: z.number().int().nullable(),
    start: z.string().nullable(),
    end: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    venue: z.string().nullable(),
    hosts: z.array(z.string()),
    chairs: z.array(z.string()),
    declarations: z.array(Named),
    initiatives: z.array(Named),
    documents: z.number().int().openapi({ description: 'stored articles about it' }),
    counts: z.array(ReportedCount),
  })
  .openapi('Summit');

const EventView = z
  .object({
    summit: Summit,
    reference: z.array(ReferenceFact),
    delegations: z.array(z.object({ party: z.string(), head: z.string(), source: z.string() })),
    quotes: z.array(QuoteRow),
    statements: z.array(QuoteRow).openapi({ description: 'chairs, delegations and initiatives stated in documents about the summit' }),
    documents: z.array(DocumentSummary),
  })
  .openapi('EventView');

const seriesRoute = createRoute({
  method: 'get',
  path: '/events',
  tags: ['events'],
  summary: 'The summit series, by date, with counts',
  responses: { 200: json(z.object({ items: z.array(Summit) }), 'the summits') },
});

const eventRoute = createRoute({
  method: 'get',
  path: '/events/{name}',
  tags: ['events'],
  summary: 'One summit: dates, venue, chairs, delegations, declarations, initiatives, quotes and documents',
  request: {
    params: z.object({ name: NameParam.openapi({ param: { name: 'name', in: 'path' }, example: 'Sommet pour l’action sur l’IA' }) }),
  },
  responses: { 200: json(EventView, 'the summit'), ...errors(400, 404) },
});

export function eventRoutes(kb: Kb) {
  return newRouter()
    .openapi(seriesRoute, async (c) => c.json({ items: await summitSeries(kb) }, 200))
    .openapi(eventRoute, async (c) => c.json(await eventView(kb, c.req.valid('param').name), 200));
}
