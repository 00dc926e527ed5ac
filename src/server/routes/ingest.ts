import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { QueryError, type AddArticleInput } from '../../query/index.js';
import type { AddArticle } from '../article-pool.js';
import { errors, json, newRouter } from '../router.js';
import { Lang, Statement } from '../schemas.js';

const Metadata = {
  title: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .openapi({ description: 'the headline, when the text does not give it', example: 'Paris summit closes with a joint statement' }),
  url: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
    .max(2000)
    .optional()
    .openapi({ description: 'where the article was published', example: 'https://example.org/news/paris-summit' }),
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD')
    .optional()
    .openapi({ description: 'publication date: YYYY, YYYY-MM or YYYY-MM-DD', example: '2025-02-11' }),
  lang: Lang.refine((code) => code !== 'und', 'und is no language')
    .optional()
    .openapi({ description: "the article's language, when the detector should not decide" }),
};

const ArticleJson = z
  .object({
    text: z.string().optional().openapi({
      description: 'plain text: line 1 the headline, paragraphs separated by a blank line',
      example: 'AI Action Summit\n\nKenya signed the closing statement of the summit in Paris on Tuesday, officials said.',
    }),
    html: z.string().optional().openapi({ description: 'an HTML page; the article is found in it' }),
    ...Metadata,
  })
  .strict()
  .openapi('ArticleInput');

const ArticleForm = z
  .object({
    file: z.instanceof(File).optional().openapi({ type: 'string', format: 'binary', description: 'a .txt, .md, .html or .htm file' }),
    text: z.string().optional(),
    html: z.string().optional(),
    ...Metadata,
  })
  .openapi('ArticleUpload');

const Added = z
  .object({
    status: z.enum(['new', 'updated', 'unchanged', 'copy']),
    id: z.string(),
    lang: Lang.nullable(),
    statements: z.array(Statement),
    warnings: z.array(z.string()),
  })
  .openapi('AddedArticle');

const Queued = z
  .object({ status: z.literal('queued'), jobs: z.array(z.string()).openapi({ description: 'the job ids; GET /jobs shows where they are' }) })
  .openapi('QueuedArticle');

// Read and queue an article for the workers (`accord serve --queue`): its job ids.
export type EnqueueArticle = (input: AddArticleInput) => Promise<string[]>;

// `add` reads the article off the request loop (the server's worker pool) and stores it; with
// `enqueue` (a server with a work queue) the article is read here and left to `accord worker`.
export function ingestRoutes(add: AddArticle, requireToken: MiddlewareHandler, enqueue: EnqueueArticle | null) {
  const route = createRoute({
    method: 'post',
    path: '/documents',
    tags: ['documents'],
    summary: 'Add an article and get the statements extracted from it',
    description: 'JSON with `text` or `html`, or a multipart form with a `file` (or `text`/`html`), plus optional title, url, published date and language.',
    security: [{ bearer: [] }],
    middleware: [requireToken] as const,
    request: {
      body: {
        required: true,
        content: { 'application/json': { schema: ArticleJson }, 'multipart/form-data': { schema: ArticleForm } },
      },
    },
    responses: {
      201: json(Added, 'stored (status new or updated)'),
      200: json(Added, 'already stored: nothing changed'),
      202: json(Queued, 'queued for the workers (a server started with --queue): stored once a worker takes it'),
      ...errors(400, 401, 403, 413, 415, 503),
    },
  });
  return newRouter().openapi(route, async (c) => {
    // Only the validator matching the request's media type reads the body; the other sees `{}`.
    const input = await articleOf({ ...c.req.valid('form'), ...c.req.valid('json') });
    if (enqueue) return c.json({ status: 'queued' as const, jobs: await enqueue(input) }, 202);
    const result = await add(input);
    return c.json(result, result.status === 'unchanged' ? 200 : 201);
  });
}

// One article from a JSON or a form body: pasted text or HTML, or a file with its name.
async function articleOf(body: z.infer<typeof ArticleForm>): Promise<AddArticleInput> {
  const { file, text, html, ...metadata } = body;
  if ([file, text, html].filter((v) => v !== undefined).length !== 1) throw new QueryError('bad_request', 'body: give exactly one of text, html or file');
  if (!file) return { text, html, ...metadata };
  // The bytes as uploaded: the pipeline decodes them (UTF-8, a declared charset, else Windows-1252).
  return { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, ...metadata };
}
