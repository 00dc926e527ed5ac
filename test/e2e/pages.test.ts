import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Server } from './harness.js';

type Exported = { count: number; rows: Record<string, unknown>[]; page: { from: number; to: number; next: string | null } | null };

const get = async (
  server: Server,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string; body: string; headers: Headers }> => {
  const response = await fetch(`${server.url}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text(), headers: response.headers };
};
const attributes = (body: string, pattern: RegExp): string[] => [...body.matchAll(pattern)].map((m) => (m[1] as string).replace(/&amp;/g, '&'));

// Every page over HTTP from the real server, without a browser: it answers, in the reader's
// language, under the CSP, and each of its lists exports as CSV and JSON with the same rows.
describe('web pages over HTTP', () => {
  let server: Server;
  let documentId: string;

  beforeAll(async () => {
    server = await startServer({ token: 'pages-secret-0123456789' });
    const list = JSON.parse((await get(server, '/documents?format=json')).body) as Exported;
    documentId = String(list.rows[0]?.document);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const pages = [
    '/',
    '/declarations',
    '/declarations/bletchley-declaration',
    '/declarations/seoul-declaration',
    '/declarations/new-delhi-declaration',
    '/events/ai-safety-summit-2023',
    '/events/ai-impact-summit-2026',
    '/compare',
    '/compare?d=paris-statement&d=new-delhi-declaration&sort=paris-statement&dir=desc',
    '/quotes',
    '/quotes?language=vi&from=2024&to=2026-12',
    '/quotes?event=ai-action-summit-2025',
    '/documents',
    '/documents?event=ai-action-summit-2025&language=fr',
    '/countries/FR',
    '/countries/EU',
    '/people/emmanuel-macron',
    '/organizations/african-union-commission',
    '/initiatives/current-ai',
    '/add',
  ];

  it.each(pages)('%s answers with a page and its exports match it', async (path) => {
    const page = await get(server, path, { 'Accept-Language': 'fr-FR,fr;q=0.9' });
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.body).toMatch(/^<!doctype html>\s*<html lang="fr">/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const csvLink of attributes(page.body, /href="([^"]*format=csv[^"]*)"/g)) {
      const csv = await get(server, csvLink);
      const json = await get(server, csvLink.replace('format=csv', 'format=json'));
      expect(csv.status, csvLink).toBe(200);
      expect(csv.type).toContain('text/csv');
      expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="accord-[\w-]+\.csv"$/);
      const data = JSON.parse(json.body) as Exported;
      expect(data.count).toBe(data.rows.length);
      // One header line, then one line per row (cells may hold quoted line breaks).
      const lines = csv.body.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter((l) => l !== '');
      expect(lines.length - 1, csvLink).toBe(data.rows.length);
    }
  });

  it('pages quotes honestly: the next page follows on, and its export has the same rows', async () => {
    // The samples' quotes are asked for: the quote list leaves them out by default.
    const first = await get(server, '/quotes?samples=include&limit=3');
    const second = await get(server, '/quotes?samples=include&limit=3&offset=3');
    const ids = (body: string): string[] => attributes(body, /<tr data-statement="(\w+)"/g);
    expect(ids(first.body)).toHaveLength(3);
    expect(ids(second.body)).toHaveLength(3);
    expect(ids(second.body).filter((id) => ids(first.body).includes(id))).toEqual([]);
    expect(first.body).toContain('href="/quotes?samples=include&amp;limit=3&amp;offset=3" rel="next"');
    const exported = JSON.parse((await get(server, '/quotes?samples=include&limit=3&offset=3&format=json')).body) as Exported;
    expect(exported.rows.map((r) => r.statement)).toEqual(ids(second.body));
    expect(exported.page).toMatchObject({ from: 4, to: 6 });
    // Page after page, every quote shows exactly once.
    const seen: string[] = [];
    for (let offset = 0, more = true; more; offset += 3) {
      const page = await get(server, `/quotes?samples=include&limit=3&offset=${offset}`);
      seen.push(...ids(page.body));
      more = page.body.includes('rel="next"');
    }
    const all = JSON.parse((await get(server, '/quotes?samples=include&limit=500&format=json')).body) as Exported;
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(all.rows.map((r) => String(r.statement)).sort());
  });

  it('opens a document by a short prefix of its id', async () => {
    const found = await get(server, `/documents/${documentId.slice(0, 8)}`);
    expect(found.status).toBe(302);
    expect(found.headers.get('location')).toBe(`/documents/${documentId}`);
  });

  it.each([
    ['/declarations/no-such-thing', 404, 'declaration no-such-thing: no declaration with this id'],
    ['/events/no-such-summit', 404, 'event no-such-summit: no event with this id'],
    ['/documents/ffffffffffffffff', 404, 'document ffffffffffffffff: no such document'],
    ['/countries/ZZ', 404, 'country ZZ: not in the gazetteers'],
    ['/quotes?from=yesterday', 400, 'from=yesterday: expected a date like 2025, 2025-02 or 2025-02-10'],
    ['/quotes?limit=0', 400, 'limit=0: expected a whole number from 1 to 500'],
    ['/compare?d=nothing', 400, 'd=nothing: no such declaration'],
    ['/compare?sort=nothing', 400, 'sort=nothing: expected name, signed or one of the shown declarations'],
    ['/declarations/paris-statement?format=csv&table=nothing', 404, 'table=nothing: this page has parties'],
  ])('%s -> %i, saying why', async (path, status, message) => {
    const page = await get(server, path);
    expect(page.status).toBe(status);
    expect(page.body).toContain(message);
  });

  it('remembers the language chosen with ?lang= in a cookie', async () => {
    const chosen = await get(server, '/?lang=vi');
    expect(chosen.headers.get('set-cookie')).toMatch(/^accord_lang=vi; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax/);
    const next = await get(server, '/compare', { Cookie: 'accord_lang=vi', 'Accept-Language': 'fr' });
    expect(next.body).toContain('<html lang="vi">');
    expect(next.body).toContain('<h1>Ai đã ký những gì</h1>');
  });
});
