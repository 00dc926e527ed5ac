import { parseAtomFeed } from 'feedsmith';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkip, launchBrowser, startServer, type Server } from './harness.js';

const token = 'e2e-monitoring-0123456789';

// A small news site of our own: a feed that lists one article, then two.
function page(n: number): string {
  const quote = n === 1 ? 'The ferries will run every hour this winter' : 'Night ferries will carry the delegates home after the talks';
  return `<!doctype html><html lang="en"><head><title>Pier talks ${n}</title><meta property="og:site_name" content="The Estuary Post">
<meta property="article:published_time" content="2026-03-0${n}T08:00:00Z"></head><body><article><h1>Pier talks ${n}</h1>
<p>Harbour delegates met in Saltmouth on a grey morning to settle the timetable of the coastal boats.</p>
<p>"${quote}," said Marta Lindqvist, the harbour master, after the meeting.</p></article></body></html>`;
}

async function startSite(): Promise<{ base: string; items: { count: number }; close(): Promise<void> }> {
  const items = { count: 1 };
  const server: HttpServer = createServer((req, res) => {
    const n = /^\/a\/(\d)\.html$/.exec(req.url ?? '')?.[1];
    if (n) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(n)));
    if (req.url !== '/feed.xml') return void res.writeHead(404).end();
    const entries = Array.from({ length: items.count }, (_, i) => `<item><title>Pier talks ${i + 1}</title><link>/a/${i + 1}.html</link></item>`).join('');
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Post</title><link>/</link>${entries}</channel></rss>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, items, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

// The whole monitoring loop as a user meets it: follow a feed on the Sources page, see its
// article arrive, save a quote search, the feed grows, "Poll now", and the search's Atom feed
// (the one its page links for a feed reader) holds the new quote.
describe.skipIf(browserSkip)('web UI in Chromium: a followed feed feeds a saved search', () => {
  let site: Awaited<ReturnType<typeof startSite>>;
  let server: Server;
  let browser: Browser;
  let tab: Page;

  beforeAll(async () => {
    site = await startSite();
    const env = { ACCORD_SAMPLES: '0', ACCORD_POLL: '0', ACCORD_FETCH_ALLOW_HOSTS: new URL(site.base).host, ACCORD_FETCH_HOST_INTERVAL: '0' };
    server = await startServer({ token, samples: false, fixtures: false, env });
    browser = await launchBrowser();
    tab = await browser.newPage({ locale: 'en-GB' });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await site?.close();
  });

  const pollNow = async (): Promise<string> => {
    await tab.goto(`${server.url}/sources`);
    await tab.locator('form#poll-form input[name="token"]').fill(token);
    await Promise.all([tab.waitForLoadState(), tab.locator('#poll-now').click()]);
    return (await tab.locator('#sources-notice').textContent()) ?? '';
  };

  it('follows a feed, saves a search, and sees the next article in the Atom feed', async () => {
    await tab.goto(`${server.url}/sources`);
    const form = tab.locator('form#add-source');
    await form.locator('input[name="url"]').fill(`${site.base}/feed.xml`);
    await form.locator('input[name="token"]').fill(token);
    await Promise.all([tab.waitForLoadState(), form.getByRole('button', { name: 'Follow' }).click()]);
    expect(await tab.locator('#sources-notice').textContent()).toBe(`Now following ${site.base}/feed.xml: its first poll is due.`);
    expect(await tab.locator('table.sources tbody tr').first().textContent()).toContain('never fetched');
    expect(await pollNow()).toBe('Polled 1 source(s): 1 new article(s).');
    expect(await tab.locator('table.sources tbody tr').first().textContent()).toMatch(/\bok\b/);
    await tab.goto(`${server.url}/documents`);
    expect(await tab.locator('main').textContent()).toContain('Pier talks 1');

    await tab.goto(`${server.url}/quotes?q=ferries`);
    expect(await tab.locator('main').textContent()).toContain('The ferries will run every hour');
    await tab.getByText('Save this search').click();
    const save = tab.locator('form.save-search');
    await save.locator('input[name="name"]').fill('ferries');
    await save.getByLabel('Token').fill(token);
    await Promise.all([tab.waitForURL(/\/searches\/[0-9a-f]{12}$/), save.getByRole('button', { name: 'Save' }).click()]);
    const feedHref = (await tab.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')) ?? '';
    expect(parseAtomFeed(await (await fetch(`${server.url}${feedHref}`)).text()).entries?.map((e) => e.title?.value)).toEqual([
      'Marta Lindqvist: "The ferries will run every hour this winter,"',
    ]);

    site.items.count = 2;
    expect(await pollNow()).toBe('Polled 1 source(s): 1 new article(s).');
    const feed = parseAtomFeed(await (await fetch(`${server.url}${feedHref}`)).text());
    expect(feed.entries?.map((e) => e.title?.value)).toContain('Marta Lindqvist: "Night ferries will carry the delegates home after the talks,"');
    await tab.goto(`${server.url}/searches`);
    expect(await tab.locator('.saved-search .count').innerText()).toBe('1 new');
  }, 90_000);
});
