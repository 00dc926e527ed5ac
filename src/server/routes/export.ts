import { createRoute, z } from '@hono/zod-openapi';
import { exportAll, toCsv, toJsonLd } from '../../query/index.js';
import type { Store } from '../../store/index.js';
import { errors, newRouter } from '../router.js';
import { commaList, SamplesParam, StatementKind } from '../schemas.js';

const KindList = commaList(StatementKind, 20, 'only statements of these kinds, comma-separated', 'signed,not_signed');

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  tags: ['export'],
  summary: 'The knowledge base as data: JSON, CSV (one statement a row, with provenance) or JSON-LD (schema.org)',
  request: {
    query: z.object({
      format: z.enum(['json', 'csv', 'jsonld']).default('json'),
      kind: KindList.optional(),
      samples: SamplesParam,
      bom: z.enum(['0', '1']).default('0').openapi({ description: 'csv: 1 starts it with a UTF-8 byte-order mark, for Excel' }),
    }),
  },
  responses: {
    200: {
      description: 'the export',
      content: {
        'application/json': {
          schema: z
            .object({ format: z.literal('accord'), version: z.literal(1) })
            .passthrough()
            .openapi('Export'),
        },
        'text/csv': { schema: z.string() },
        'application/ld+json': { schema: z.object({}).passthrough() },
      },
    },
    ...errors(400),
  },
});

const types = { json: 'application/json', csv: 'text/csv', jsonld: 'application/ld+json' } as const;

export function exportRoutes(store: Store) {
  return newRouter().openapi(exportRoute, async (c) => {
    const { format, kind, samples, bom } = c.req.valid('query');
    const data = await exportAll(store, kind ?? [], { samples: samples !== 'exclude' });
    const body = format === 'csv' ? `${bom === '1' ? '\uFEFF' : ''}${toCsv(data)}` : JSON.stringify(format === 'json' ? data : toJsonLd(data));
    return c.body(body, 200, {
      'Content-Type': `${types[format]}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="accord-export.${format === 'jsonld' ? 'jsonld' : format}"`,
    });
  });
}
