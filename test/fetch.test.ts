import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, type FetchSettings } from '../src/fetch/index.js';
import { SqliteStore } from '../src/store/index.js';
import { accordBin, repo } from './run-accord.js';
import { sendHuge } from './source-site.js';

// A site of our own on 127.0.0.1: an article, robots.txt, and every way a page can go wrong.
const article = `<!doctype html><html lang="en"><head><title>Ruritania joins the pledge</title>
<meta property="og:title" content="Ruritania joins the AI pledge">
<meta property="article:published_time" content="2025-02-12T09:30:00+01:00">
<meta property="og:site_name" content="The Lakeside Courier"></head>
<body><article><h1>Ruritania joins the AI pledge</h1><p>Kenya and Chile signed the Paris declaration on Tuesday, officials said.</p>
<p>The text was adopted at the end of the two-day summit in the French capital.</p></article></body></html>`;

const second = article.replaceAll('Ruritania joins the AI pledge', 'Chile backs the text').replace('Kenya and Chile signed', 'Peru and Ghana endorsed');
const xml = (type: string, body: string) => (_: IncomingMessage, res: ServerResponse) => res.writeHead(200, { 'content-type': type }).end(body);
const feeds: Record<string, string> = {
  '/feed.rss': `<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title><link>/</link><item><title>One</title><link>/article.html</link><pubDate>Wed, 12 Feb 2025 08:30:00 GMT</pubDate></item><item><title>Two</title><link>/second.html</link></item></channel></rss>`,
  '/feed.atom': `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><id>c</id><updated>2025-02-12T00:00:00Z</updated><entry><title>One</title><id>1</id><link href="/article.html"/><updated>2025-02-12T00:00:00Z</updated></entry><entry><title>Two</title><id>2</id><link rel="alternate" href="second.html"/><updated>2025-02-12T00:00:00Z</updated></entry></feed>`,
  '/feed.json': JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Courier', items: [{ id: '1', url: '/article.html' }, { id: '2', url: '/second.html' }] }),
  '/news-sitemap.xml': `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>/article.html</loc><news:news><news:publication_date>2025-02-12</news:publication_date><news:title>One</news:title></news:news></url><url><loc>/second.html</loc></url></urlset>`,
};
const feedTypes: Record<string, string> = { '/feed.rss': 'application/rss+xml', '/feed.atom': 'application/atom+xml', '/feed.json': 'application/feed+json', '/news-sitemap.xml': 'application/xml' };

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  ...Object.fromEntries(Object.entries(feeds).map(([path, body]) => [path, xml(feedTypes[path] as string, body)])),
  '/second.html': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(second),
  '/robots.txt': (_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n'),
  '/article.html': (req, res) =>
    req.headers['if-none-match'] === '"v1"' ? res.writeHead(304).end() : res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' }).end(article),
  '/private/report.html': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(article),
  '/to-metadata': (_, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/to-loopback': (_, res) => res.writeHead(301, { location: `http://127.0.0.1:${otherPort}/article.html` }).end(),
  '/loop': (_, res) => res.writeHead(302, { location: '/loop' }).end(),
  '/picture.png': (_, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(64)),
  '/broken': (_, res) => res.writeHead(500).end('no'),
  // 20 MB, in chunks, with no length announced.
  '/huge': (_, res) => sendHuge(res, 'text/html'),
  // Headers at once, then a body that never ends.
  '/slow': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).write('<html><body><p>Kenya'),
};

let server: ReturnType<typeof createServer>;
let base = '';
let otherPort = 0;
const work = mkdtempSync(join(tmpdir(), 'accord-fetch-'));

beforeAll(async () => {
  server = createServer((req, res) => (routes[new URL(req.url ?? '/', 'http://x').pathname] ?? ((_, r) => r.writeHead(404).end()))(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  otherPort = (server.address() as AddressInfo).port + 1;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  rmSync(work, { recursive: true, force: true });
});

// The real binary, run without blocking this process's server.
function accord(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(accordBin, args, { cwd: repo, env: { ...process.env, ACCORD_DB: '', ACCORD_FETCH_HOST_INTERVAL: '0', ...env } });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (status) => (clearTimeout(timer), done({ status, stdout, stderr })));
  });
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const allowed = (): NodeJS.ProcessEnv => ({ ACCORD_FETCH_ALLOW_HOSTS: new URL(base).host, ACCORD_FETCH_TIMEOUT: '3' });

describe('accord fetch', () => {
  it('stores a page under its URL with its own title, date and outlet; the same page again is unchanged', async () => {
    const db = join(work, 'page.db');
    const first = await accord(['fetch', `${base}/article.html`, '--db', db, '--json'], allowed());
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout)).toMatchObject({ status: 'new', lang: 'en' });
    const store = SqliteStore.open(db);
    const [summary] = await store.listDocuments();
    await store.close();
    expect(summary).toMatchObject({ url: `${base}/article.html`, title: 'Ruritania joins the AI pledge', published: '2025-02-12', outlet: 'The Lakeside Courier' });
    expect(JSON.parse((await accord(['fetch', `${base}/article.html`, '--db', db, '--json'], allowed())).stdout)).toMatchObject({ status: 'unchanged' });
  });

  it.each(Object.keys(feeds))('fetches every article that %s lists, once', async (path) => {
    const db = join(work, `feed-${path.replace(/\W/g, '')}.db`);
    const first = await accord(['fetch', `${base}${path}`, '--db', db], allowed());
    expect(first.stderr).toContain(`feed: ${base}${path}: 2 item(s)`);
    expect(first.stdout).toMatch(new RegExp(`^new: ${escaped(`${base}/article.html`)} .*\\n^new: ${escaped(`${base}/second.html`)} `, 'm'));
    const again = await accord(['fetch', `${base}${path}`, '--db', db], allowed());
    expect(again.stdout.match(/^unchanged: /gm)).toHaveLength(2);
  });

  // Each refused with one line that names the URL and the reason, and the batch goes on.
  const refused: [string, RegExp][] = [
    ['/to-metadata', /169\.254\.169\.254 is a private or reserved address/],
    ['/to-loopback', /127\.0\.0\.1 is a private or reserved address/],
    ['/private/report.html', /robots\.txt of .* disallows it/],
    ['/loop', /more than 5 redirects/],
    ['/picture.png', /content type image\/png/],
    ['/broken', /HTTP 500/],
    ['/huge', /larger than 5000000 bytes/],
    ['/slow', /no complete answer within 3 s/],
  ];
  it('refuses each bad URL of a batch with one line naming it and the reason, and stores the rest', async () => {
    const db = join(work, 'refused.db');
    const run = await accord(['fetch', ...refused.map(([path]) => `${base}${path}`), `${base}/article.html`, '--db', db], allowed());
    for (const [path, reason] of refused) expect(run.stderr).toMatch(new RegExp(`^error: ${escaped(`${base}${path}`)}: .*${reason.source}`, 'm'));
    expect(run.stderr.trim().split('\n')).toHaveLength(refused.length);
    expect(run.stdout).toMatch(/^new: .*article\.html/m);
    expect(run.status).toBe(1);
  });

  it('never reaches a loopback or private address unless the operator allows it', async () => {
    const db = join(work, 'private.db');
    const literal = await accord(['fetch', `${base}/article.html`, '--db', db], {});
    expect(literal.stderr).toMatch(/127\.0\.0\.1 is a private or reserved address \(ACCORD_ALLOW_PRIVATE_FETCH=1 allows it\)/);
    // A name whose DNS answer is private is refused at connect time.
    const named = await accord(['fetch', `http://localhost:${new URL(base).port}/article.html`, '--db', db], {});
    expect(named.stderr).toMatch(/localhost resolves to (127\.0\.0\.1|::1), a private or reserved address/);
    const open = await accord(['fetch', `http://localhost:${new URL(base).port}/article.html`, '--db', db], { ACCORD_ALLOW_PRIVATE_FETCH: '1' });
    expect(open.stdout).toMatch(/^new: /m);
    expect((await accord(['fetch', 'ftp://example.org/file.txt', '--db', db], {})).stderr).toMatch(/ftp: URLs are not fetched/);
  });
});

describe('fetchPage', () => {
  const settings: FetchSettings = { allowPrivate: true, allowHosts: [], timeoutMs: 3000, maxBytes: 1_000_000, maxRedirects: 5, userAgent: 'accord-test' };
  it('asks again with the validators of its last copy, and hears "not modified"', async () => {
    const first = await fetchPage(`${base}/article.html`, settings);
    expect(first).toMatchObject({ status: 'ok', etag: '"v1"', contentType: 'text/html', charset: 'utf-8' });
    expect(await fetchPage(`${base}/article.html`, settings, { etag: '"v1"' })).toEqual({ status: 'not-modified', url: `${base}/article.html` });
  });
});
