import { z } from '@hono/zod-openapi';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { QueryError } from '../query/index.js';

// The one error shape of every 4xx and 5xx: `{ "error": { "code": "not_found", "message": "..." } }`.
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not_found' }),
      message: z.string().openapi({ example: 'Déclaration de Nulle Part: no declaration by that name' }),
    }),
  })
  .openapi('Error');

export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'writes_disabled'
  | 'not_found'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'busy'
  | 'internal';

const codeOf: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  503: 'busy',
};

export function sendError(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string): Response {
  return c.json({ error: { code, message } }, status);
}

// A failed zod parse as one line naming the input and the reason: `query limit: expected a whole number from 1 to 500`.
export function describeIssues(where: string, error: z.ZodError): string {
  return error.issues.map((issue) => `${where}${issue.path.length > 0 ? ` ${issue.path.join('.')}` : ''}: ${issue.message}`).join('; ');
}

// Every request whose input fails its schema gets a 400 in the one error shape.
export const validationHook = (result: { success: boolean; error?: unknown; target: string }, c: Context): Response | undefined => {
  if (result.success || !(result.error instanceof z.ZodError)) return undefined;
  const where = result.target === 'param' ? 'path' : result.target === 'json' || result.target === 'form' ? 'body' : result.target;
  return sendError(c, 400, 'bad_request', describeIssues(where, result.error));
};

export const onError: ErrorHandler = (error, c) => {
  if (error instanceof QueryError) return sendError(c, error.code === 'not_found' ? 404 : 400, error.code, error.message);
  if (error instanceof z.ZodError) return sendError(c, 400, 'bad_request', describeIssues('input', error));
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return sendError(c, status, codeOf[status] ?? (status >= 500 ? 'internal' : 'bad_request'), httpMessage(c, status, error.message));
  }
  // The stack goes to the server's log, never to the client.
  console.error(`accord: ${c.req.method} ${c.req.path}:`, error);
  return sendError(c, 500, 'internal', 'internal error; the server log has the details');
};

// Hono's own messages, said the Accord way: what was wrong with which input.
function httpMessage(c: Context, status: number, message: string): string {
  if (status === 415)
    return `body: Content-Type ${c.req.header('content-type') ?? '(none)'} is not accepted here (send application/json, or multipart/form-data where a file is accepted)`;
  if (/malformed json/i.test(message)) return 'body: malformed JSON';
  if (/malformed formdata/i.test(message)) return 'body: malformed multipart form data';
  return message || `HTTP ${status}`;
}

// An unknown path: under /api (and for a program that asks for JSON only) the one error shape;
// anywhere else the site's own 404 page, with its search box, since a person mistyped an address.
export function notFound(page: (c: Context) => Response): NotFoundHandler {
  return (c) => {
    const message = `${c.req.method} ${c.req.path}: no such route (the API is listed at /api)`;
    const accept = c.req.header('Accept') ?? '';
    const isApi = c.req.path === '/api' || c.req.path.startsWith('/api/');
    const wantsJson = accept.includes('application/json') && !accept.includes('text/html');
    if (!isApi && !wantsJson && (c.req.method === 'GET' || c.req.method === 'HEAD')) return page(c);
    return sendError(c, 404, 'not_found', message);
  };
}
