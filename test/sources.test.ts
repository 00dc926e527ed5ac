import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { addSource, listSourceViews, pollSources, type SourcesScope } from '../src/query/index.js';
import postgres from 'postgres';
import { openStore, SqliteStore, type Store } from '../src/store/index.js';
import { accordBin, repo } from './run-accord.js';
import { startSourceSite, type SourceSite } from './source-site.js';
import { testPostgres } from '../src/store/postgres/testing.js';

// Sources Accord follows by itself, polled from a site of our own on 127.0.0.1: only that host
// and port may be fetched (ACCORD_FETCH_ALLOW_HOSTS), as a real deployment allows nothing private.
let site: SourceSite;
const work = mkdtempSync(join(tmpdir(), 'accord-sources-'));
beforeAll(async () => void (site = await startSourceSite({ feeds: 12, perFeed: 2 })));
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});

// The server runs in this process, so a page waits while an article is extracted: a time limit
// generous enough for a loaded machine, and a short one where the slow body is the point.
const env = (timeout = '20'): NodeJS.ProcessEnv => ({ ACCORD_FETCH_ALLOW_HOSTS: new URL(site.base).host, ACCORD_FETCH_TIMEOUT: timeout, ACCORD_FETCH_HOST_INTERVAL: '0' });
let opened = 0;
async function withScope(run: (scope: SourcesScope & { store: Store }) => Promise<void>, timeout?: string, path = join(work, `poll-${(opened += 1)}.db`)): Promise<void> {
  const store = SqliteStore.open(path);
  try {
    await run({ store, config: readConfig(env(timeout)) });
  } finally {
    await store.close();
  }
}
const hitsOf = (path: string): number => site.hits.get(path) ?? 0;
const follow = (scope: SourcesScope, path: string) => addSource(scope, { url: `${site.base}${path}`, every: '30m' });

describe('polling followed sources', () => {
  it('reads RSS, Atom, JSON Feed and a news sitemap, and fetches each listed article once', () =>
    withScope(async (scope) => {
      for (const path of ['/rss.xml', '/atom.xml', '/feed.json', '/news-sitemap.xml']) await follow(scope, path);
      const first = await pollSources(scope);
      expect(first.map((r) => [r.result, r.itemsSeen, r.newItems, r.error])).toEqual(Array(4).fill(['ok', 2, 2, null]));
      expect(await scope.store.countDocuments()).toBe(8);
      const [doc] = await scope.store.listDocuments({ limit: 1 });
      expect(doc).toMatchObject({ outlet: 'The Quayside Ledger', title: 'Harbour report 1', url: `${site.base}/a/1.html` });
      // Nothing is due again for 30 minutes; --all polls anyway, and stored items are skipped.
      expect(await pollSources(scope)).toEqual([]);
      const again = await pollSources(scope, { all: true });
      expect(again.map((r) => [r.result, r.newItems])).toEqual(Array(4).fill(['ok', 0]));
      expect([1, 3, 5, 7].map((n) => hitsOf(`/a/${n}.html`))).toEqual([1, 1, 1, 1]);
    }));

  it('stores only the new item of a feed that grew between two polls', () =>
    withScope(async (scope) => {
      site.state.growing = 2;
      await follow(scope, '/growing.rss');
      expect((await pollSources(scope, { all: true }))[0]).toMatchObject({ result: 'ok', newItems: 2 });
      site.state.growing = 3;
      expect((await pollSources(scope, { all: true }))[0]).toMatchObject({ result: 'ok', itemsSeen: 3, newItems: 1 });
      expect([20, 21, 22].map((n) => hitsOf(`/a/${n}.html`))).toEqual([1, 1, 1]);
      expect(await scope.store.countDocuments()).toBe(3);
    }));

  it('sends the validators of its last copy and records a 304 as unchanged', () =>
    withScope(async (scope) => {
      const source = await follow(scope, '/etag.rss');
      expect((await pollSources(scope, { all: true }))[0]).toMatchObject({ result: 'ok', newItems: 1 });
      expect(await scope.store.getSource(source.id)).toMatchObject({ etag: '"e1"', lastModified: 'Wed, 12 Feb 2025 08:00:00 GMT' });
      expect((await pollSources(scope, { all: true }))[0]).toMatchObject({ result: 'unchanged', newItems: 0 });
      expect(site.headers.get('/etag.rss')).toMatchObject({ 'if-none-match': '"e1"', 'if-modified-since': 'Wed, 12 Feb 2025 08:00:00 GMT' });
      expect((await scope.store.sourceFetches(source.id)).map((f) => [f.result, f.statusCode])).toEqual([
        ['unchanged', 304],
        ['ok', 200],
      ]);
    }));

  it('records a 500 as an error, counts errors in a row, and flags the source failing after 3', () =>
    withScope(async (scope) => {
      await follow(scope, '/broken.rss');
      const health = async () => (await listSourceViews(scope))[0]?.health;
      for (let i = 0; i < 2; i += 1) await pollSources(scope, { all: true });
      expect(await health()).toMatchObject({ lastResult: 'error', lastError: 'HTTP 500', errorsInRow: 2, failing: false });
      await pollSources(scope, { all: true });
      expect(await health()).toMatchObject({ errorsInRow: 3, failing: true, silent: false, itemsPerDay: 0 });
    }));

  it('refuses a 20 MB body, a slow body, redirects to loopback and metadata addresses and a name resolving to one, and records each', () =>
    withScope(async (scope) => {
      const port = new URL(site.base).port;
      const refused: [string, RegExp][] = [
        [`${site.base}/huge.rss`, /larger than 5000000 bytes/],
        [`${site.base}/slow.rss`, /no complete answer within 2 s/],
        [`${site.base}/to-loopback.rss`, /127\.0\.0\.1 is a private or reserved address/],
        [`${site.base}/to-metadata.rss`, /169\.254\.169\.254 is a private or reserved address/],
        [`http://localhost:${port}/rss.xml`, /localhost resolves to (127\.0\.0\.1|::1), a private or reserved address/],
      ];
      for (const [url] of refused) await addSource(scope, { url });
      const reports = await pollSources(scope, { all: true });
      expect(reports).toHaveLength(refused.length);
      for (const [url, reason] of refused) expect(reports.find((r) => r.url === url)).toMatchObject({ result: 'error', error: expect.stringMatching(reason) });
      const views = await listSourceViews(scope);
      expect(views.map((v) => [v.health.lastResult, v.health.errorsInRow])).toEqual(refused.map(() => ['error', 1]));
      expect(await scope.store.countDocuments()).toBe(0);
    }, '2'));

  it('refuses to follow a URL twice, a private address named in it, and what is not http(s)', () =>
    withScope(async (scope) => {
      await follow(scope, '/rss.xml');
      await expect(follow(scope, '/rss.xml')).rejects.toThrow(/followed already, as source 1/);
      await expect(addSource(scope, { url: 'http://10.0.0.8/feed' })).rejects.toThrow(/10\.0\.0\.8 is a private or reserved address/);
      await expect(addSource(scope, { url: 'ftp://example.org/feed' })).rejects.toThrow(/ftp: URLs are not followed/);
      await expect(addSource(scope, { url: 'https://example.org/feed', every: '10s' })).rejects.toThrow(/expected from 1m to 7d/);
    }));
});

// The real binary, without blocking this process's server.
function accord(args: string[], extra: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(accordBin, args, { cwd: repo, env: { ...process.env, ACCORD_DB: '', ...env(), ...extra } });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (status) => (clearTimeout(timer), done({ status, stdout, stderr })));
  });
}

const pg = testPostgres(process.env);
const databases: [string, () => string][] = [
  ['SQLite', () => join(work, 'two-pollers.db')],
  ...(pg ? ([['PostgreSQL', () => `${pg}${pg.includes('?') ? '&' : '?'}schema=accord_sources_${process.pid}`]] as [string, () => string][]) : []),
];

// Each run of the binary is a second or more on a loaded machine: few of them, given time.
describe('accord sources', () => {
  it.each(databases)('two pollers at once on %s fetch each source exactly once', { timeout: 120_000 }, async (_, dbOf) => {
    const db = dbOf();
    const feeds = Array.from({ length: 12 }, (_, i) => `/f/${i}.rss`);
    const before = feeds.map(hitsOf);
    const store = await openStore({ dbPath: db });
    for (const path of feeds) await store.addSource({ url: `${site.base}${path}`, everySeconds: 1800, at: new Date().toISOString() });
    await store.close();
    const [one, two] = await Promise.all([accord(['sources', 'poll', '--db', db, '--json']), accord(['sources', 'poll', '--db', db, '--json'])]);
    expect([one.status, two.status, one.stderr + two.stderr]).toEqual([0, 0, '']);
    expect(feeds.map((path, i) => hitsOf(path) - (before[i] ?? 0))).toEqual(feeds.map(() => 1));
    const polled = (one.stdout + two.stdout).trim().split('\n').map((line) => JSON.parse(line) as { source: number; newItems: number });
    expect(polled.map((p) => p.source).sort((a, b) => a - b)).toEqual(feeds.map((_, i) => i + 1));
    expect(polled.reduce((sum, p) => sum + p.newItems, 0)).toBe(24);
    if (pg && db.startsWith('postgres')) await dropSchema(pg, `accord_sources_${process.pid}`);
  });

  it('lists sources with their health and flags, refuses a duplicate in one line, pauses and removes', { timeout: 120_000 }, async () => {
    const db = join(work, 'cli.db');
    await withScope(async (scope) => {
      await addSource(scope, { url: `${site.base}/broken.rss`, name: 'Broken Ledger', every: '1h' });
      for (let i = 0; i < 3; i += 1) await pollSources(scope, { all: true });
    }, undefined, db);
    const [twice, list] = await Promise.all([accord(['sources', 'add', `${site.base}/broken.rss`, '--db', db]), accord(['sources', '--db', db])]);
    expect([twice.status, twice.stderr]).toEqual([1, `accord: ${site.base}/broken.rss: followed already, as source 1\n`]);
    expect(list.stdout).toMatch(/^ {2}1 {2}Broken Ledger <.*broken\.rss>\n {5}every 1h · last: .* error · 0 items\/day \(7 days\) · 3 error\(s\) in a row · FAILING\n {5}last error: HTTP 500\n$/);
    expect((await accord(['sources', 'pause', '1', '--db', db])).stdout).toMatch(/^paused: 1 /);
    expect((await accord(['sources', 'remove', `${site.base}/broken.rss`, '--db', db])).stdout).toMatch(/^removed: 1 /);
  });
});

async function dropSchema(url: string, schema: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  await sql.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await sql.end({ timeout: 5 });
}

// The real `accord serve`, its poll loop on (every second), over a new database file.
function serve(): Promise<{ url: string; stop: () => Promise<void>; stderr: () => string }> {
  const db = join(work, 'serve.db');
  const child = spawn(accordBin, ['serve', '--port', '0', '--db', db, '--empty'], {
    cwd: repo,
    env: { ...process.env, ACCORD_DB: '', ...env(), ACCORD_TOKEN: 'sources-secret-0123456789', ACCORD_POLL_INTERVAL: '1' },
  });
  let [stdout, stderr] = ['', ''];
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const exited = new Promise<void>((done) => child.once('close', () => done()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      const url = /serving (http:\/\/[^/\s]+)\//.exec(stdout)?.[1];
      if (url) resolve({ url, stderr: () => stderr, stop: () => (child.kill('SIGTERM'), exited) });
    });
    void exited.then(() => reject(new Error(`serve ended: ${stderr}`)));
  });
}

describe('the sources API on accord serve', () => {
  it('adds with the token, polls in the background, lists health, pauses, polls now and removes; the schemas are in /openapi.json', { timeout: 120_000 }, async () => {
    const server = await serve();
    try {
      const api = (path: string, init: RequestInit = {}, auth = true) =>
        fetch(`${server.url}/api/v1${path}`, { ...init, headers: { 'content-type': 'application/json', ...(auth ? { authorization: 'Bearer sources-secret-0123456789' } : {}) } });
      const body = JSON.stringify({ url: `${site.base}/atom.xml`, name: 'Atom Ledger', every: '2h' });
      expect((await api('/sources', { method: 'POST', body }, false)).status).toBe(401);
      const added = await api('/sources', { method: 'POST', body });
      expect([added.status, await added.json()]).toEqual([201, expect.objectContaining({ id: 1, every: '2h', name: 'Atom Ledger', health: expect.objectContaining({ lastResult: null }) })]);
      const twice = await api('/sources', { method: 'POST', body });
      expect([twice.status, ((await twice.json()) as { error: { message: string } }).error.message]).toEqual([400, `${site.base}/atom.xml: followed already, as source 1`]);
      // The loop of `serve` polls the new source within a few seconds.
      let items: { health: { lastResult: string | null } }[] = [];
      for (let i = 0; i < 60 && items[0]?.health.lastResult !== 'ok'; i += 1) {
        await new Promise((done) => setTimeout(done, 500));
        items = ((await (await api('/sources')).json()) as { items: typeof items }).items;
      }
      expect(items[0]?.health).toMatchObject({ lastResult: 'ok', errorsInRow: 0, failing: false, silent: false });
      expect(server.stderr()).toMatch(/source 1: .*atom\.xml: 2 new article\(s\)/);
      expect(await (await api('/sources/1/pause', { method: 'POST' })).json()).toEqual({ id: 1, paused: true });
      expect(await (await api('/sources/poll?all=true', { method: 'POST' })).json()).toEqual({ items: [] });
      expect((await api('/sources/9/resume', { method: 'POST' })).status).toBe(404);
      expect(await (await api('/sources/1', { method: 'DELETE' })).json()).toEqual({ removed: 1 });
      const openapi = (await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
      expect(Object.keys(openapi.paths).filter((p) => p.includes('sources')).sort()).toEqual([
        '/api/v1/sources',
        '/api/v1/sources/poll',
        '/api/v1/sources/{id}',
        '/api/v1/sources/{id}/pause',
        '/api/v1/sources/{id}/resume',
      ]);
      expect(Object.keys(openapi.components.schemas)).toEqual(expect.arrayContaining(['Source', 'SourceHealth', 'NewSource', 'PollResult']));
    } finally {
      await server.stop();
    }
  });
});
