import { createRoute, z } from '@hono/zod-openapi';
import { checkLang, documentView, findEvent, type Kb } from '../../query/index.js';
import type { Store } from '../../store/index.js';
import { errors, json, newRouter } from '../router.js';
import { DocumentSummary, DocumentView, Lang, pageOf, paging, SamplesParam, Statement, StatementKind } from '../schemas.js';

const DocumentId = z
  .string()
  .regex(/^[0-9a-fA-F]{4,16}$/, 'expected a document id: 4 to 16 hexadecimal characters')
  .openapi({ param: { name: 'id', in: 'path' }, example: '446e7ca90dd1c02c', description: 'a document id, or its first 4+ characters' });

const listDocuments = createRoute({
  method: 'get',
  path: '/documents',
  tags: ['documents'],
  summary: 'Stored documents, newest publication date first (undated last)',
  description:
    'Filter by language and by the event the documents speak of (named in any language). Each row says whether it is a sample we wrote (`sample`); `samples=exclude` leaves samples out.',
  request: {
    query: z.object({
      lang: Lang.optional(),
      samples: SamplesParam,
      event: z.string().trim().min(1).max(200).optional().openapi({ description: 'an event by any of its names or its id', example: 'Paris AI Action Summit' }),
      ...paging(),
    }),
  },
  responses: { 200: json(pageOf(DocumentSummary, 'DocumentPage'), 'a page of documents'), ...errors(400, 404) },
});

const getDocument = createRoute({
  method: 'get',
  path: '/documents/{id}',
  tags: ['documents'],
  summary: 'One document: text, metadata, sentences, figures and its statements',
  request: { params: z.object({ id: DocumentId }) },
  responses: { 200: json(DocumentView, 'the document and its statements in text order'), ...errors(400, 404) },
});

const documentStatements = createRoute({
  method: 'get',
  path: '/documents/{id}/statements',
  tags: ['documents', 'statements'],
  summary: "A document's statements in text order",
  request: { params: z.object({ id: DocumentId }), query: z.object({ kind: StatementKind.optional(), ...paging(500) }) },
  responses: { 200: json(pageOf(Statement, 'StatementPage'), 'the statements'), ...errors(400, 404) },
});

export function documentRoutes(kb: Kb, store: Store) {
  return newRouter()
    .openapi(listDocuments, async (c) => {
      const { lang, event, samples, limit, offset } = c.req.valid('query');
      checkLang(kb, lang, 'query lang');
      const filter = { lang, event: event === undefined ? undefined : eventKey(kb, event), samples: samples !== 'exclude' };
      const [items, total] = [await store.listDocuments({ ...filter, limit, offset, order: 'published' }), await store.countDocuments(filter)];
      return c.json({ items, total, limit, offset }, 200);
    })
    .openapi(getDocument, async (c) => c.json(await documentView(kb, c.req.valid('param').id), 200))
    .openapi(documentStatements, async (c) => {
      const { statements } = await documentView(kb, c.req.valid('param').id);
      const { kind, limit, offset } = c.req.valid('query');
      const found = kind ? statements.filter((s) => s.kind === kind) : statements;
      return c.json({ items: found.slice(offset, offset + limit), total: found.length, limit, offset }, 200);
    });
}

// `?event=Sommet de Paris` -> `ai-action-summit-2025`, the key documents are stored under.
function eventKey(kb: Kb, name: string): string {
  return findEvent(kb, name).key;
}
