import { createRoute, z } from '@hono/zod-openapi';
import { exportChunks, exportFormats } from '../../query/index.js';
import type { Store } from '../../store/index.js';
import { errors, newRouter } from '../router.js';
import { commaList, SamplesParam, StatementKind } from '../schemas.js';

const KindList = commaList(StatementKind, 20, 'only statements of these kinds, comma-separated', 'signed,not_signed');

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  tags: ['export'],
  summary: 'The knowledge base as data: JSON, JSON Lines, CSV (one statement a row, with provenance) or JSON-LD (schema.org)',
  description:
    'Open data: no token needed. Written as it is read, a page of documents at a time, whatever the size of the base. At most a few exports and article posts are served at once; over that a 503 with Retry-After says when to try again.',
  request: {
    query: z.object({
      format: z
        .enum(exportFormats as ['json', 'jsonl', 'csv', 'jsonld'])
        .default('json')
        .openapi({
          description:
            'json: one object (documents, statements, reviews, resolutions); jsonl: a header line, then each document followed by its statements, then the reviews and the resolution decisions, one record a line',
        }),
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
        'application/jsonl': { schema: z.string() },
        'text/csv': { schema: z.string() },
        'application/ld+json': { schema: z.object({}).passthrough() },
      },
    },
    ...errors(400, 503),
  },
});

const types = { json: 'application/json', jsonl: 'application/jsonl', csv: 'text/csv', jsonld: 'application/ld+json' } as const;

export function exportRoutes(store: Store) {
  return newRouter().openapi(exportRoute, async (c) => {
    const { format, kind, samples, bom } = c.req.valid('query');
    const chunks = exportChunks(store, format, { kinds: kind ?? [], samples: samples !== 'exclude', bom: bom === '1' });
    const encoder = new TextEncoder();
    // Pulled as the client reads: a slow reader holds the export back instead of filling memory.
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    return c.body(body, 200, {
      'Content-Type': `${types[format]}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="accord-export.${format}"`,
    });
  });
}
