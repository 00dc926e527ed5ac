import { parseAtomFeed } from 'feedsmith';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkip, launchBrowser, startServer, type Server } from './harness.js';

const token = 'e2e-alerts-secret-0123456789';
const article = [
  'Universities open their model weights',
  '',
  'Nantes, 4 March 2026 — A group of universities presented a shared research plan on Wednesday.',
  '',
  '"Our labs will publish open weights with their training data," said Paul Garnier, the rector of the western campus, to the press.',
].join('\n');

// Saving a search from the quotes page, then an article arrives through the API: the search's
// Atom feed, as a feed reader fetches it from the page's <link rel="alternate">, holds the new quote.
describe.skipIf(browserSkip)('web UI in Chromium: saved searches', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ token, samples: false });
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'en-GB' });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('saves a quote search, and its Atom feed shows the quote of an article added after', async () => {
    await page.goto(`${server.url}/quotes?q=training+data`);
    await page.getByText('Save this search').click();
    const form = page.locator('form.save-search');
    await form.locator('input[name="name"]').fill('training data');
    await form.getByLabel('Token').fill(token);
    await Promise.all([page.waitForURL(/\/searches\/[0-9a-f]{12}$/), form.getByRole('button', { name: 'Save' }).click()]);
    expect(await page.locator('h1').innerText()).toBe('training data');
    expect(await page.locator('main').innerText()).toContain('Nothing new since the last read.');
    const feedHref = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(feedHref).toMatch(/^\/api\/v1\/searches\/[0-9a-f]{12}\/atom$/);
    const before = parseAtomFeed(await (await fetch(`${server.url}${feedHref}`)).text());
    expect(before.entries ?? []).toEqual([]);

    const posted = await fetch(`${server.url}/api/v1/documents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: article, published: '2026-03-04', lang: 'en' }),
    });
    expect(posted.status).toBe(201);

    const opened = await page.goto(`${server.url}${feedHref}`);
    expect([opened?.status(), opened?.headers()['content-type']]).toEqual([200, 'application/atom+xml; charset=utf-8']);
    const feed = parseAtomFeed(await (await fetch(`${server.url}${feedHref}`)).text());
    expect(feed.title?.value).toBe('training data · Accord');
    expect(feed.entries?.map((e) => e.title?.value)).toEqual(['Paul Garnier: "Our labs will publish open weights with their training data,"']);
    const link = feed.entries?.[0]?.links?.find((l) => l.rel === 'alternate')?.href ?? '';
    await page.goto(`${server.url}${link}`);
    const anchor = link.split('#')[1] ?? '';
    expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);

    await page.goto(`${server.url}/searches`);
    expect(await page.locator('.saved-search .count').innerText()).toBe('1 new');
  }, 60_000);
});
