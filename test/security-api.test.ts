import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSameToken } from '../src/server/security.js';
import { runAccord } from './run-accord.js';
import { bearer, call, serveAccord, type Reply, type Served } from './api-server.js';

// What the server refuses, and how: writes without the right token, bodies over the limit,
// SQL-looking input in every filter (which must change nothing), hostile article text (which
// stays data), and the headers every response carries.

const token = 'security-test-token-93b2e1';
let open: Served; // no ACCORD_TOKEN: every write refused
let guarded: Served; // ACCORD_TOKEN set, 200 kB body limit
type ErrorBody = { error: { code: string; message: string } };

beforeAll(async () => {
  [open, guarded] = await Promise.all([serveAccord(), serveAccord({ token, args: ['--max-body-bytes', '200000'] })]);
});
afterAll(async () => {
  await Promise.all([open, guarded].filter((s) => s && s.child.exitCode === null).map((s) => s.stop()));
});

const postJson = (server: Served, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
  call(`${server.url}/api/v1${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const errorOf = (reply: Reply): ErrorBody['error'] => (reply.body as ErrorBody).error;
const article = 'AI Action Summit\n\nKenya signed the closing statement of the AI Action Summit in Paris on Tuesday, officials said.';

describe('headers', () => {
  it('puts a strict CSP and the other security headers on every response', async () => {
    const replies = [
      await call(`${open.url}/api/v1/documents`),
      await call(`${open.url}/api`),
      await call(`${open.url}/openapi.json`),
      await call(`${open.url}/`),
      await call(`${open.url}/api/v1/no-such-route`),
      await call(`${open.url}/no-such-page`, { headers: { Accept: 'text/html' } }),
      await call(`${open.url}/api/v1/documents?limit=x`),
      await postJson(open, '/documents', { text: article }),
      await postJson(guarded, '/documents', { text: article }),
      await postJson(guarded, '/documents', { text: 'x'.repeat(300_000) }, bearer(token)),
    ];
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 404, 404, 400, 403, 401, 413]);
    for (const reply of replies) {
      const csp = reply.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
      expect(reply.headers.get('referrer-policy')).toBe('same-origin');
      expect(reply.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});

describe('writes', () => {
  it('refuses every write when the server has no token, saying how to enable writes; reads stay open', async () => {
    const before = (await call(`${open.url}/api/v1/documents`)).body as { total: number };
    for (const headers of [{}, bearer('anything'), { Authorization: 'Bearer ' }]) {
      for (const reply of [
        await postJson(open, '/documents', { text: article }, headers),
        await postJson(open, '/review', { action: 'accept', statement: '0123456789abcdef', reason: 'r', reviewer: 'x' }, headers),
      ]) {
        expect(reply.status).toBe(403);
        expect(errorOf(reply).code).toBe('writes_disabled');
        expect(errorOf(reply).message).toContain('ACCORD_TOKEN');
      }
    }
    expect(((await call(`${open.url}/api/v1/documents`)).body as { total: number }).total).toBe(before.total);
  });

  it('needs the exact token: none is 401 with a challenge, a wrong one 403', async () => {
    const missing = await postJson(guarded, '/documents', { text: article });
    expect([missing.status, errorOf(missing).code]).toEqual([401, 'unauthorized']);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await postJson(guarded, '/documents', { text: article }, { Authorization: `Basic ${btoa(`x:${token}`)}` })).status).toBe(401);
    const wrong = [token.replace(/.$/, 'x'), token.slice(0, -1), `${token}x`, token.toUpperCase(), `${token} ${token}`];
    for (const candidate of wrong) {
      const reply = await postJson(guarded, '/documents', { text: article }, bearer(candidate));
      expect([candidate, reply.status]).toEqual([candidate, candidate.includes(' ') ? 401 : 403]);
    }
    const before = ((await call(`${guarded.url}/api/v1/documents`)).body as { total: number }).total;
    const accepted = await postJson(guarded, '/documents', { text: article }, { Authorization: `bearer ${token}` });
    expect(accepted.status).toBe(201);
    expect(((await call(`${guarded.url}/api/v1/documents`)).body as { total: number }).total).toBe(before + 1);
  });

  it('checks the token before reading the body', async () => {
    const reply = await call(`${guarded.url}/api/v1/review`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{not json' });
    expect(reply.status).toBe(401);
  });

  it('compares tokens whatever their lengths', () => {
    expect([isSameToken(token, token), isSameToken('', token), isSameToken(token.repeat(50), token), isSameToken('é', 'e')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('body limit', () => {
  it('refuses a body over the configured limit, with or without Content-Length', async () => {
    const big = JSON.stringify({ text: `${article}\n\n${'Lorem ipsum dolor sit amet. '.repeat(9000)}` });
    const declared = await call(`${guarded.url}/api/v1/documents`, {
      method: 'POST',
      headers: { ...bearer(token), 'Content-Type': 'application/json' },
      body: big,
    });
    expect([declared.status, errorOf(declared).code]).toEqual([413, 'payload_too_large']);
    expect(errorOf(declared).message).toContain('200000');

    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 30; i += 1) controller.enqueue(new TextEncoder().encode(i === 0 ? '{"text":"' : 'x'.repeat(10_000)));
        controller.close();
      },
    });
    const streamed = await call(`${guarded.url}/api/v1/documents`, {
      method: 'POST',
      headers: { ...bearer(token), 'Content-Type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect([streamed.status, errorOf(streamed).code]).toEqual([413, 'payload_too_large']);

    const small = await call(`${guarded.url}/api/v1/documents`, {
      method: 'POST',
      headers: { ...bearer(token), 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: `${article} ${'More words about the summit. '.repeat(3000)}` }),
    });
    expect(small.status).toBe(201);
  });
});

describe('SQL-looking input', () => {
  const payloads = ["' OR 1=1 --", '"; DROP TABLE documents; --', '%', '_', "%' OR '1'='1", '\\', "Robert'); DELETE FROM statements; --"];
  const q = encodeURIComponent;
  const reads = (p: string): string[] => [
    `/documents?lang=${q(p)}`,
    `/documents?event=${q(p)}`,
    `/documents/${q(p)}`,
    `/documents/${q(p)}/statements`,
    `/statements?subject=${q(p)}`,
    `/statements?kind=${q(p)}`,
    `/statements?subject=${q(p)}&kind=signed`,
    `/statements/${q(p)}`,
    `/entities/${q(p)}`,
    `/events/${q(p)}`,
    `/declarations/${q(p)}/signatories`,
    `/declarations/Bletchley%20Declaration/signatories?status=${q(p)}`,
    `/declarations/Bletchley%20Declaration/signatories?party=${q(p)}`,
    `/compare?a=${q(p)}&b=Paris%20declaration`,
    `/compare?a=Bletchley%20Declaration&b=${q(p)}`,
    `/quotes?speaker=${q(p)}`,
    `/quotes?search=${q(p)}`,
    `/quotes?lang=${q(p)}`,
    `/quotes?limit=${q(p)}`,
    `/quotes?offset=${q(p)}`,
    `/review?limit=${q(p)}`,
    `/review/log?statement=${q(p)}`,
    `/export?kind=${q(p)}`,
    `/export?format=${q(p)}`,
  ];

  // Counts that any damage would change.
  async function snapshot(server: Served): Promise<unknown[]> {
    const get = async (path: string): Promise<unknown> => (await call(`${server.url}/api/v1${path}`)).body;
    const data = (await get('/export')) as { documents: unknown[]; statements: unknown[]; reviews: unknown[] };
    return [
      ((await get('/documents')) as { total: number }).total,
      data.documents.length,
      data.statements.length,
      data.reviews.length,
      ((await get('/quotes?limit=500')) as { items: unknown[] }).items.length,
      ((await get('/declarations/Bletchley%20Declaration/signatories')) as { parties: unknown[] }).parties.length,
      ((await get('/review?limit=1')) as { total: number }).total,
    ];
  }

  it('is answered 200, 400 or 404 in every filter and path, never 500, and changes nothing', async () => {
    const before = await snapshot(open);
    expect(before[0]).toBeGreaterThan(0);
    for (const payload of payloads)
      for (const path of reads(payload)) {
        const reply = await call(`${open.url}/api/v1${path}`);
        expect([200, 400, 404], `${path} -> ${reply.status} ${reply.text.slice(0, 200)}`).toContain(reply.status);
        if (reply.status !== 200) {
          expect(errorOf(reply).message).not.toMatch(/sqlite|SQL|node_modules|\.ts:\d/);
          expect(errorOf(reply).message).not.toContain('\n');
        }
      }
    expect(await snapshot(open)).toEqual(before);
  });

  it('treats LIKE wildcards as plain characters', async () => {
    for (const filter of ['speaker', 'search']) {
      for (const wildcard of ['%', '_', '%%', '_%_']) {
        const reply = await call(`${open.url}/api/v1/quotes?${filter}=${q(wildcard)}`);
        expect([filter, wildcard, (reply.body as { items: unknown[] }).items.length]).toEqual([filter, wildcard, 0]);
      }
    }
    expect(((await call(`${open.url}/api/v1/statements?subject=${q("' OR 1=1 --")}`)).body as { items: unknown[] }).items).toEqual([]);
  });

  it('stores SQL-looking text in a write as text', async () => {
    const title = "Kenya'); DROP TABLE documents; --";
    const added = await postJson(guarded, '/documents', { text: `${article} A second sentence.`, title }, bearer(token));
    expect(added.status).toBe(201);
    const { id, statements } = added.body as { id: string; statements: { id: string }[] };
    const view = (await call(`${guarded.url}/api/v1/documents/${id}`)).body as { document: { title: string } };
    expect(view.document.title).toBe(title);
    const reason = "'); DELETE FROM review_log; --";
    const decided = await postJson(guarded, '/review', { action: 'accept', statement: statements[0]?.id, reason, reviewer: "O'Brien" }, bearer(token));
    expect(decided.status).toBe(201);
    const log = (await call(`${guarded.url}/api/v1/review/log`)).body as { items: { reason: string; reviewer: string }[] };
    expect(log.items.map((e) => [e.reason, e.reviewer])).toEqual([[reason, "O'Brien"]]);
    expect(((await call(`${guarded.url}/api/v1/documents`)).body as { total: number }).total).toBeGreaterThan(1);
  });
});

describe('hostile article text', () => {
  const hostile =
    'AI Action Summit\n\nKenya signed the closing statement in Paris. <script>alert("x")</script> <img src=x onerror="alert(1)"> <a href="javascript:alert(2)">more</a>';

  it('is kept as data and only ever served as JSON, never sniffed as HTML', async () => {
    const added = await postJson(guarded, '/documents', { text: hostile }, bearer(token));
    expect(added.status).toBe(201);
    const reply = await call(`${guarded.url}/api/v1/documents/${(added.body as { id: string }).id}`);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect((reply.body as { document: { text: string } }).document.text).toContain('<script>alert("x")</script>');
  });

  it('strips script from an uploaded HTML page', async () => {
    const page = `<!doctype html><html><head><title>Paris</title><script>alert(1)</script></head><body><article><h1>AI Action Summit</h1><p>Kenya signed the closing statement of the AI Action Summit in Paris on Tuesday, officials said, after long talks between delegations.</p><p>The statement was published on the summit's website.<img src=x onerror="alert(1)"></p></article></body></html>`;
    const form = new FormData();
    form.set('file', new Blob([page], { type: 'text/html' }), 'paris.html');
    const added = await call(`${guarded.url}/api/v1/documents`, { method: 'POST', headers: bearer(token), body: form });
    expect(added.status).toBe(201);
    const view = (await call(`${guarded.url}/api/v1/documents/${(added.body as { id: string }).id}`)).body as { document: { text: string } };
    expect(view.document.text).toContain('Kenya signed');
    expect(view.document.text).not.toMatch(/<script|onerror|alert\(/);
  });

  it('does not reflect markup from a mistyped address', async () => {
    const reply = await call(`${open.url}/${encodeURIComponent('<script>alert(1)</script>')}`, { headers: { Accept: 'text/html' } });
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain('<script>');
    const api = await call(`${open.url}/api/v1/entities/${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('the write secret', () => {
  it('refuses to serve with an ACCORD_TOKEN shorter than 16 characters', () => {
    const run = runAccord(['serve', '--port', '0', '--db', ':memory:'], { env: { ACCORD_TOKEN: 'short-secret' }, timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ACCORD_TOKEN is 12 characters long: give a secret of at least 16/);
  });
});

describe('the API page', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveAccord();
  });
  afterAll(() => served.stop());

  it('builds its example links without the Host header a client sends', async () => {
    const { request } = await import('node:http');
    const url = new URL(`${served.url}/api`);
    const html = await new Promise<string>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: '/api', headers: { Host: 'evil.example' } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve(body));
      });
      req.on('error', reject);
      req.end();
    });
    expect(html).toContain('Example: <a href="/api/v1/');
    expect(html).not.toContain('evil.example');
  });
});
