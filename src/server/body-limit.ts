import type { Context, MiddlewareHandler } from 'hono';
import { sendError } from './errors.js';

// How much of an oversized body is read and dropped, and for how long, before the 413 goes out.
const lingerBytes = 64 * 1024 * 1024;
const lingerMs = 2000;

// Bodies over `maxSize` bytes get a 413 in the error shape, whether they declare their length or
// stream it. The rest of such a body is read and dropped first (up to 64 MB or 2 s): a client
// still writing when the connection closes would see a broken pipe instead of the 413.
export function limitBody(maxSize: number): MiddlewareHandler {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const declared = c.req.header('Content-Length');
    const isChunked = c.req.raw.headers.has('Transfer-Encoding');
    // Node's parser holds a body to its declared length, so a declared length can be trusted.
    if (declared !== undefined && !isChunked) return Number(declared) > maxSize ? tooLarge(c, body.getReader(), maxSize) : next();
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    for (let size = 0; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxSize) return tooLarge(c, reader, maxSize);
      chunks.push(value);
    }
    c.req.raw = new Request(c.req.raw, { body: Buffer.concat(chunks) });
    return next();
  };
}

async function tooLarge(c: Context, reader: ReadableStreamDefaultReader<Uint8Array>, maxSize: number): Promise<Response> {
  const drain = async (): Promise<void> => {
    for (let read = 0; read <= Math.min(lingerBytes, maxSize * 4); ) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
    }
  };
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([drain().catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, lingerMs)))]);
  clearTimeout(timer);
  void reader.cancel().catch(() => undefined);
  // The connection cannot carry another request: the body was not read to its end.
  c.header('Connection', 'close');
  return sendError(c, 413, 'payload_too_large', `body: larger than the ${maxSize}-byte limit of this server`);
}
