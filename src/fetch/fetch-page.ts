import { createRequire } from 'node:module';
import type * as Undici from 'undici';
import { checkLiteralHost, guardedLookup } from './address-guard.js';

// One polite, bounded HTTP GET: a timeout for the whole response, a size cap on what is read
// (whatever the server says its length is), at most `maxRedirects` redirects, each checked as
// the first URL was, a content type Accord can read, and conditional GET when the caller knows
// the validators of its last copy.
export type FetchSettings = {
  allowPrivate: boolean;
  // host[:port] names fetched whatever their address; every other host and hop stays checked
  allowHosts: string[];
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
};

export type Validators = { etag?: string | null; lastModified?: string | null };

export type Fetched =
  | { status: 'not-modified'; url: string }
  | { status: 'ok'; url: string; contentType: string; charset: string | null; body: Uint8Array; etag: string | null; lastModified: string | null };

export class FetchError extends Error {}

// What Accord reads: pages, plain text, feeds and sitemaps.
const readable = /^(?:text\/(?:html|plain|xml)|application\/(?:xhtml\+xml|xml|rss\+xml|atom\+xml|feed\+json|json))$/;

// undici is required on the first request: commands that fetch nothing never load it. One agent
// per address rule, for pages, feeds and webhooks (post-json.ts).
const load = createRequire(import.meta.url);
export const undici = (): typeof Undici => load('undici') as typeof Undici;
const agents = new Map<boolean, Undici.Agent>();
export function agentFor(allowPrivate: boolean): Undici.Agent {
  let agent = agents.get(allowPrivate);
  if (!agent) agents.set(allowPrivate, (agent = new (undici().Agent)({ connect: { lookup: guardedLookup(allowPrivate) as never } })));
  return agent;
}

export async function fetchPage(address: string, settings: FetchSettings, validators: Validators = {}): Promise<Fetched> {
  let url = parseUrl(address);
  const deadline = AbortSignal.timeout(settings.timeoutMs);
  for (let hop = 0; ; hop += 1) {
    const exempt = settings.allowPrivate || settings.allowHosts.includes(url.host.toLowerCase());
    checkLiteralHost(url, exempt);
    const response = await send(url, { ...settings, allowPrivate: exempt }, validators, deadline);
    const location = response.headers.location;
    if (response.statusCode >= 300 && response.statusCode < 400 && response.statusCode !== 304 && location) {
      await response.body.dump();
      if (hop >= settings.maxRedirects) throw new FetchError(`more than ${settings.maxRedirects} redirects`);
      url = parseUrl(new URL(String(location), url).href);
      continue;
    }
    if (response.statusCode === 304) {
      await response.body.dump();
      return { status: 'not-modified', url: url.href };
    }
    if (response.statusCode !== 200) {
      await response.body.dump();
      throw new FetchError(`HTTP ${response.statusCode}`);
    }
    const [type, charset] = contentTypeOf(String(response.headers['content-type'] ?? ''));
    if (!readable.test(type)) {
      await response.body.dump();
      throw new FetchError(`content type ${type || 'missing'}: not a page, text or feed Accord reads`);
    }
    const body = await readCapped(response.body, settings);
    return { status: 'ok', url: url.href, contentType: type, charset, body, etag: header(response.headers.etag), lastModified: header(response.headers['last-modified']) };
  }
}

async function send(url: URL, settings: FetchSettings, validators: Validators, signal: AbortSignal) {
  const headers: Record<string, string> = { 'user-agent': settings.userAgent, accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, text/xml, text/plain;q=0.8' };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    return await undici().request(url, { method: 'GET', headers, dispatcher: agentFor(settings.allowPrivate), signal });
  } catch (error) {
    throw new FetchError(reasonOf(error as Error, settings));
  }
}

function reasonOf(error: Error, settings: FetchSettings): string {
  const cause = (error as { cause?: Error }).cause ?? error;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return `no complete answer within ${settings.timeoutMs / 1000} s`;
  return cause.message || error.message;
}

// Reads at most `maxBytes`, then stops: a server that sends more (or lies about its length) is refused.
async function readCapped(body: AsyncIterable<Uint8Array> & { destroy(): void }, settings: FetchSettings): Promise<Uint8Array> {
  const { maxBytes } = settings;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new FetchError(`response larger than ${maxBytes} bytes (the limit)`);
      chunks.push(chunk);
    }
  } catch (error) {
    body.destroy();
    if (error instanceof FetchError) throw error;
    const reason = reasonOf(error as Error, settings);
    throw new FetchError(/within/.test(reason) ? reason : `the response broke off: ${reason}`);
  }
  return Buffer.concat(chunks);
}

function parseUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError('not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`${url.protocol} URLs are not fetched (only http and https)`);
  return url;
}

function contentTypeOf(value: string): [string, string | null] {
  const [type = '', ...params] = value.split(';').map((part) => part.trim());
  const charset = params.find((p) => /^charset=/i.test(p))?.slice(8).replace(/"/g, '') ?? null;
  return [type.toLowerCase(), charset];
}

function header(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
