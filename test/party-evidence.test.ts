import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, serveAccord, type Served } from './api-server.js';
import { jsonLines, runAccord } from './run-accord.js';

// One party's evidence a page at a time: the API route, its page, and the declaration's "N more"
// link to it, through a real server over articles of our own: a wire story carried by three
// outlets (Kenya, Chile and Botswana sign) and three articles of their own on Kenya.
const wire = readFileSync(join(import.meta.dirname, 'fixtures', 'wire', 'en-wire.txt'), 'utf8')
  .trim()
  .split('\n\n');
const own = [
  'Kenya signed the Paris declaration on artificial intelligence on Monday, the foreign ministry in Nairobi said in a statement.\n\nThe ministry said the country would set up a national office for testing models before the end of the year.',
  'Kenya has signed the Paris declaration on artificial intelligence, its information minister told parliament on Wednesday.\n\nMembers of parliament asked how much the research programme would cost and which universities would take part.',
  'Officials confirmed that Kenya signed the Paris declaration on artificial intelligence last week.\n\nTeachers unions welcomed the news and asked for training in schools, while farmers groups asked about weather forecasting.',
];
const articles = [
  ...['Lakeside Courier', 'Hill Gazette', 'Valley Post'].map((outlet, i) => ({ outlet, text: (i === 1 ? wire.slice(0, 4) : i === 2 ? wire.slice(0, -1) : wire).join('\n\n') })),
  ...own.map((text, i) => ({ outlet: `Nairobi Daily ${i + 1}`, text })),
];

type Item = {
  kind: string;
  stance: string;
  status: string;
  documentId: string;
  statementId: string;
  carriers?: unknown[];
  carriedBy?: number;
  outlet?: string | null;
};
type EvidencePage = { declaration: string; party: string; stance: string; total: number; offset: number; limit: number; hasMore: boolean; items: Item[] };
type ErrorBody = { error: { code: string; message: string } };

let served: Served;
const api = (path: string): string => `${served.url}/api/v1${path}`;
const evidence = (query: string) => call(api(`/declarations/paris-statement/evidence?${query}`));
beforeAll(async () => {
  served = await serveAccord();
  const file = join(mkdtempSync(join(tmpdir(), 'accord-evidence-')), 'articles.jsonl');
  const line = (a: (typeof articles)[number], i: number) =>
    JSON.stringify({ text: a.text, title: `${a.outlet} story`, outlet: a.outlet, url: `https://news${i}.example/a`, published: `2025-02-1${i + 1}` });
  writeFileSync(file, `${articles.map(line).join('\n')}\n`);
  const run = runAccord(['ingest', file, '--db', served.db, '--json']);
  expect(run.status, run.stderr).toBe(0);
  expect(jsonLines(run.stdout)).toHaveLength(articles.length);
}, 90_000);
afterAll(() => served.stop());

describe('GET /api/v1/declarations/{name}/evidence', () => {
  it('pages through every statement of one party and stance: the pages add up to the whole list', async () => {
    const whole = (await evidence('party=KE&stance=signed&limit=200')).body as EvidencePage;
    expect(whole).toMatchObject({ declaration: 'declaration:paris-statement', party: 'KE', stance: 'signed', total: 6, offset: 0, hasMore: false });
    expect(new Set(whole.items.map((e) => e.documentId)).size).toBe(whole.total);
    const pages: Item[] = [];
    for (let offset = 0, more = true; more; offset += 2) {
      const page = (await evidence(`party=ke&stance=signed&limit=2&offset=${offset}`)).body as EvidencePage;
      expect(page.items.length).toBeLessThanOrEqual(2);
      pages.push(...page.items);
      more = page.hasMore;
    }
    expect(pages.map((e) => e.statementId)).toEqual(whole.items.map((e) => e.statementId));
  });

  it("gives each statement its story's first carriers and size, and its outlet", async () => {
    const { items } = (await evidence('party=BW&stance=signed')).body as EvidencePage;
    // the three copies of one wire story, each its own article
    expect(items.map((e) => [e.kind, e.status, e.carriers?.length, e.carriedBy])).toEqual(Array(3).fill(['article', 'signed', 3, 3]));
    expect(items.map((e) => e.outlet).sort()).toEqual(['Hill Gazette', 'Lakeside Courier', 'Valley Post']);
  });

  it('says nothing is stated, with 200, for a known party no article places there', async () => {
    expect((await evidence('party=KE&stance=not_signed')).body).toMatchObject({ total: 0, hasMore: false, items: [] });
  });

  it.each([
    ['stance=signed', 400, 'party'],
    ['party=KE', 400, 'stance'],
    ['party=KE&stance=maybe', 400, 'stance'],
    ['party=KE&stance=signed&limit=0', 400, 'limit'],
    ['party=KE&stance=signed&limit=201', 400, 'limit'],
    ['party=KE&stance=signed&offset=-1', 400, 'offset'],
    ['party=KE&stance=signed&offset=two', 400, 'offset'],
    ['party=QQ&stance=signed', 404, 'QQ'],
  ])('?%s: %i naming %s', async (query, status, named) => {
    const reply = await evidence(query);
    expect(reply.status).toBe(status);
    expect((reply.body as ErrorBody).error.message).toContain(named);
  });

  it('answers 404 for an unknown declaration, and is listed in /openapi.json', async () => {
    const reply = await call(api('/declarations/no-such-thing/evidence?party=KE&stance=signed'));
    expect([reply.status, (reply.body as ErrorBody).error.code]).toEqual([404, 'not_found']);
    const spec = (await call(`${served.url}/openapi.json`)).body as { paths: Record<string, { get?: { parameters?: { name: string }[] } }> };
    const route = spec.paths['/api/v1/declarations/{name}/evidence']?.get;
    expect(route?.parameters?.map((p) => p.name).sort()).toEqual(['limit', 'name', 'offset', 'party', 'stance']);
  });
});

describe('the evidence pages', () => {
  it('the declaration links "N more" where a party\'s evidence is cut, and says how many outlets carry a story', async () => {
    const page = await (await fetch(`${served.url}/declarations/paris-statement`)).text();
    const kenya = /<tr[^>]*data-party="KE"[\s\S]*?<\/td>/.exec(page)?.[0] ?? '';
    expect(kenya).toContain('href="/declarations/paris-statement/evidence?party=KE&amp;stance=signed"');
    expect(kenya).toMatch(/data-more="signed">2 more articles: Signed</);
    expect(page).toContain('data-carried-by="3"');
    expect(page).toContain('One story carried by 3 outlets (original first):');
  });

  it('lists one page of the statements with the pager, the same rows as the API', async () => {
    const html = await (await fetch(`${served.url}/declarations/paris-statement/evidence?party=KE&stance=signed&limit=4`)).text();
    expect(html).toContain('data-total="6"');
    const api4 = ((await evidence('party=KE&stance=signed&limit=4')).body as EvidencePage).items;
    const shown = [...html.matchAll(/<tr class="evidence-row">[\s\S]*?href="\/documents\/(\w+)#s-(\w+)"/g)].map((m) => m[2]);
    expect(shown).toEqual(api4.map((e) => e.statementId));
    expect(html).toMatch(/<a href="\/declarations\/paris-statement\/evidence\?party=KE&amp;stance=signed&amp;limit=4&amp;offset=4" rel="next">/);
    const json = (await (await fetch(`${served.url}/declarations/paris-statement/evidence?party=KE&stance=signed&format=json`)).json()) as unknown[];
    expect(JSON.stringify(json)).toContain(api4[0]?.statementId ?? 'none');
  });

  it.each([
    ['party=KE&stance=maybe', 400],
    ['stance=signed', 400],
    ['party=KE&stance=signed&limit=999', 400],
    ['party=QQ&stance=signed', 404],
  ])('?%s: page with %i', async (query, status) => {
    expect((await fetch(`${served.url}/declarations/paris-statement/evidence?${query}`)).status).toBe(status);
  });

  it('answers 404 for an unknown declaration', async () => {
    expect((await fetch(`${served.url}/declarations/no-such-thing/evidence?party=KE&stance=signed`)).status).toBe(404);
  });
});
