import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSourceSite, type SourceSite } from '../source-site.js';
import { browserSkip, launchBrowser, startServer, type Server } from './harness.js';

const token = 'e2e-sources-0123456789';

// Following a feed from the browser: added on the Sources page, polled with "Poll now", its
// articles then listed among the documents. The server's own poll loop is off (ACCORD_POLL=0), so
// the button is what fetches them; only the test's feed server may be fetched.
describe.skipIf(browserSkip)('web UI in Chromium: following a source', () => {
  let site: SourceSite;
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    site = await startSourceSite();
    server = await startServer({
      token,
      samples: false,
      fixtures: false,
      env: { ACCORD_SAMPLES: '0', ACCORD_POLL: '0', ACCORD_FETCH_ALLOW_HOSTS: new URL(site.base).host, ACCORD_FETCH_HOST_INTERVAL: '0' },
    });
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await site?.close();
  });

  it('adds a feed, polls it now, and shows its articles in the documents list', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Sources' }).first().click();
    await page.waitForURL(/\/sources$/);
    await expect(page.locator('.empty').textContent()).resolves.toContain('No followed sources yet');
    const form = page.locator('form#add-source');
    await form.locator('input[name="url"]').fill(`${site.base}/rss.xml`);
    await form.locator('input[name="name"]').fill('Quayside Ledger');
    await form.locator('input[name="every"]').fill('1h');
    await form.locator('input[name="token"]').fill(token);
    await form.getByRole('button', { name: 'Follow' }).click();
    await page.waitForLoadState();
    expect(await page.locator('#sources-notice').textContent()).toBe(`Now following ${site.base}/rss.xml: its first poll is due.`);
    expect(await page.locator('table.sources tbody tr').first().textContent()).toMatch(/Quayside Ledger[\s\S]*1h[\s\S]*never fetched/);
    await page.locator('form#poll-form input[name="token"]').fill(token);
    await page.locator('#poll-now').click();
    await page.waitForLoadState();
    expect(await page.locator('#sources-notice').textContent()).toBe('Polled 1 source(s): 2 new article(s).');
    expect(await page.locator('table.sources tbody tr').first().textContent()).toMatch(/ok/);
    await page.getByRole('link', { name: 'Documents' }).first().click();
    await page.waitForURL(/\/documents/);
    const listed = await page.locator('main').textContent();
    expect(listed).toContain('Harbour report 1');
    expect(listed).toContain('Harbour report 2');
  });
});
