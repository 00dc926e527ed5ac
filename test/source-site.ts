import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A news site of our own on 127.0.0.1 for the tests of followed sources: feeds in every format
// Accord reads, the articles they list, and feeds that go wrong in every way a poll must survive.
// `hits` counts requests per path, so a test can tell what was fetched and how often.
export type SourceSite = { base: string; hits: Map<string, number>; headers: Map<string, IncomingMessage['headers']>; state: { growing: number }; close(): Promise<void> };
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

// Every article a different text, in words we wrote.
export function articlePage(n: number): string {
  return `<!doctype html><html lang="en"><head><title>Harbour report ${n}</title><meta property="og:site_name" content="The Quayside Ledger">
<meta property="article:published_time" content="2025-02-${String((n % 27) + 1).padStart(2, '0')}T08:00:00Z"></head>
<body><article><h1>Harbour report ${n}</h1><p>Delegates of ${n} coastal towns met on the pier to talk about ferry timetables and harbour dues.</p>
<p>Report number ${n} says the lighthouse keepers asked for a new radio mast before the winter storms.</p></article></body></html>`;
}

const rss = (items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title><link>/</link>${items.map((u) => `<item><title>${u}</title><link>${u}</link></item>`).join('')}</channel></rss>`;
const atom = (items: string[]) =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title><id>l</id><updated>2025-02-12T00:00:00Z</updated>${items
    .map((u, i) => `<entry><title>${i}</title><id>${u}</id><link href="${u}"/><updated>2025-02-12T00:00:00Z</updated></entry>`)
    .join('')}</feed>`;
const jsonFeed = (items: string[]) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Ledger', items: items.map((u) => ({ id: u, url: u })) });
const sitemap = (items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${items
    .map((u) => `<url><loc>${u}</loc><news:news><news:publication_date>2025-02-12</news:publication_date></news:news></url>`)
    .join('')}</urlset>`;

// 20 MB in 1 MB chunks, with no length announced, written as fast as the reader takes them.
export function sendHuge(res: ServerResponse, type: string): void {
  res.writeHead(200, { 'content-type': type });
  const chunk = Buffer.alloc(1 << 20, 'a');
  let sent = 0;
  const more = (): void => {
    while (sent < 20 && res.write(chunk)) sent += 1;
    if (sent >= 20) res.end();
    else res.once('drain', more);
  };
  more();
}

const send = (type: string, body: string): Handler => (_, res) => void res.writeHead(200, { 'content-type': type }).end(body);
const pages = (from: number, count: number): string[] => Array.from({ length: count }, (_, i) => `/a/${from + i}.html`);

// `feeds` extra feeds /f/N.rss of `perFeed` items each (the benchmark: 200 feeds of 50).
export async function startSourceSite(options: { feeds?: number; perFeed?: number } = {}): Promise<SourceSite> {
  const state = { growing: 2 };
  const routes: Record<string, Handler> = {
    '/rss.xml': send('application/rss+xml', rss(pages(1, 2))),
    '/atom.xml': send('application/atom+xml', atom(pages(3, 2))),
    '/feed.json': send('application/feed+json', jsonFeed(pages(5, 2))),
    '/news-sitemap.xml': send('application/xml', sitemap(pages(7, 2))),
    '/growing.rss': (req, res) => send('application/rss+xml', rss(pages(20, state.growing)))(req, res),
    '/etag.rss': (req, res) =>
      req.headers['if-none-match'] === '"e1"'
        ? void res.writeHead(304).end()
        : void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"e1"', 'last-modified': 'Wed, 12 Feb 2025 08:00:00 GMT' }).end(rss(pages(30, 1))),
    '/broken.rss': (_, res) => void res.writeHead(500).end('down'),
    '/page.html': send('text/html', articlePage(40)),
    '/to-loopback.rss': (_, res) => void res.writeHead(302, { location: `http://127.0.0.1:${port + 1}/rss.xml` }).end(),
    '/to-metadata.rss': (_, res) => void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    // 20 MB with no length announced.
    '/huge.rss': (_, res) => sendHuge(res, 'application/rss+xml'),
    // Headers at once, then a body that never ends.
    '/slow.rss': (_, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).write('<?xml version="1.0"?><rss version="2.0"><channel>'),
  };
  const perFeed = options.perFeed ?? 50;
  const hits = new Map<string, number>();
  const headers = new Map<string, IncomingMessage['headers']>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    headers.set(path, req.headers);
    const article = /^\/a\/(\d+)\.html$/.exec(path);
    const feed = /^\/f\/(\d+)\.rss$/.exec(path);
    if (article) return send('text/html; charset=utf-8', articlePage(Number(article[1])))(req, res);
    if (feed && Number(feed[1]) < (options.feeds ?? 0)) return send('application/rss+xml', rss(pages(1000 + Number(feed[1]) * perFeed, perFeed)))(req, res);
    if (path === '/robots.txt') return send('text/plain', 'User-agent: *\nDisallow: /private/\n')(req, res);
    (routes[path] ?? ((_, r) => void r.writeHead(404).end()))(req, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    headers,
    state,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
