import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { sendError } from './errors.js';

// No inline script, no third-party anything, no framing: every page and every JSON answer.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const headers = c.res.headers;
  headers.set('Content-Security-Policy', contentSecurityPolicy);
  headers.set('X-Content-Type-Options', 'nosniff');
  // Same-origin: links to other sites carry no referrer, and the site's own form posts carry
  // their Origin (under no-referrer a browser sends `Origin: null`, which /add refuses).
  headers.set('Referrer-Policy', 'same-origin');
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
};

// Both sides hashed first, so the comparison takes the same time whatever the length or the
// first differing byte of what the client sent.
export function isSameToken(given: string, expected: string): boolean {
  const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

// Writes need `Authorization: Bearer <ACCORD_TOKEN>`; with no token configured, no write is allowed.
export function requireToken(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token === null)
      return sendError(
        c,
        403,
        'writes_disabled',
        'writes are disabled on this server: start it with ACCORD_TOKEN set (ACCORD_TOKEN=some-long-secret ./bin/accord serve) and send Authorization: Bearer <token>',
      );
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) {
      c.header('WWW-Authenticate', 'Bearer realm="accord"');
      return sendError(c, 401, 'unauthorized', 'this write needs an Authorization: Bearer <ACCORD_TOKEN> header');
    }
    if (!isSameToken(match[1] as string, token)) return sendError(c, 403, 'forbidden', 'the bearer token does not match the ACCORD_TOKEN of this server');
    await next();
  };
}
