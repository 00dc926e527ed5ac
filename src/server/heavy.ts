import type { Context, MiddlewareHandler } from 'hono';
import { sendError } from './errors.js';

// Requests whose work grows with the base or with the input: exports, and adding an article.
// At most `limit` run at once; one more is refused at once with a 503 and Retry-After, never
// queued, so a burst of them cannot pile up memory or hold the server.
export type IsHeavy = (c: Context) => boolean;

// What the 503 asks a client to wait before trying again, in seconds.
const retryAfterSeconds = 5;

export function limitHeavy(limit: number, isHeavy: IsHeavy): MiddlewareHandler {
  let running = 0;
  return async (c, next) => {
    if (!isHeavy(c)) return next();
    if (running >= limit) {
      c.header('Retry-After', String(retryAfterSeconds));
      return sendError(
        c,
        503,
        'busy',
        `busy: ${limit} export(s) or article post(s) are running, the most this server serves at once; try again in ${retryAfterSeconds} s`,
      );
    }
    running += 1;
    let released = false;
    const release = (): void => {
      if (!released) running -= 1;
      released = true;
    };
    try {
      await next();
    } catch (error) {
      release();
      throw error;
    }
    const body = c.res.body;
    // A streamed export holds its place until its last byte is read, or its reader goes away;
    // a posted article's work is done once it is answered.
    if (!body || c.req.method !== 'GET') release();
    else c.res = new Response(releasing(body, release), c.res);
  };
}

// A reader that takes nothing for this long loses its place (and its connection): a client
// that never reads cannot hold an export slot forever.
const idleMs = 30_000;

function releasing(body: ReadableStream<Uint8Array>, release: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let idle: NodeJS.Timeout | undefined;
  const stop = (): void => {
    clearTimeout(idle);
    release();
  };
  const abandon = (controller: ReadableStreamDefaultController<Uint8Array>): void => {
    stop();
    void reader.cancel('the reader stopped reading').catch(() => undefined);
    controller.error(new Error(`no byte of the export was read for ${idleMs / 1000} s`));
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      idle = setTimeout(() => abandon(controller), idleMs);
    },
    async pull(controller) {
      clearTimeout(idle);
      try {
        const next = await reader.read();
        if (next.done) {
          stop();
          return controller.close();
        }
        controller.enqueue(next.value);
        idle = setTimeout(() => abandon(controller), idleMs);
      } catch (error) {
        stop();
        controller.error(error);
      }
    },
    async cancel(reason) {
      stop();
      await reader.cancel(reason);
    },
  });
}

// GET /api/v1/export and the two ways of adding an article.
export function heavyRoutes(apiBase: string): IsHeavy {
  return (c) => {
    const { method, path } = c.req;
    return (method === 'GET' && path === `${apiBase}/export`) || (method === 'POST' && (path === `${apiBase}/documents` || path === '/add'));
  };
}
