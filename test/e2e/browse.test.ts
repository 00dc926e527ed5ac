import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkip, launchBrowser, startServer, type Server } from './harness.js';

const text = async (locator: Locator): Promise<string> => (await locator.innerText()).trim();
const attrs = (locator: Locator, name: string): Promise<string[]> => locator.evaluateAll((nodes, n) => nodes.map((node) => node.getAttribute(n) ?? ''), name);

// Server-rendered pages: once a navigation has loaded, what the page says is final.
async function follow(page: Page, link: Locator, url: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(url), link.click()]);
}

// Reading the observatory in a real browser: from the summit series to a declaration, its map
// and its list; the matrix; a quote found with and without accents, and its words in the article.
describe.skipIf(browserSkip)('web UI in Chromium: reading', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ token: 'e2e-secret-0123456789' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('follows the summit series from home to a declaration whose map and list agree with the data', async () => {
    await page.goto(`${server.url}/`);
    expect(await text(page.locator('h1'))).toBe('The AI summit series');
    expect(await page.locator('ol.timeline > li').count()).toBeGreaterThanOrEqual(4);
    await follow(page, page.locator('ol.timeline h3 a', { hasText: /^AI Action Summit$/ }), /\/events\/ai-action-summit-2025$/);
    expect(await text(page.locator('.key-facts'))).toContain('Grand Palais');
    await follow(page, page.locator('section[aria-labelledby="decl-h"] ul a').first(), /\/declarations\/paris-statement$/);

    const api = (await (await fetch(`${server.url}/api/v1/declarations/paris-statement/signatories`)).json()) as {
      parties: { party: string; status: string }[];
    };
    const signedInData = api.parties
      .filter((p) => p.status === 'signed')
      .map((p) => p.party)
      .sort();
    expect(signedInData.length).toBeGreaterThan(5);
    const onMap = await attrs(page.locator('svg.world-map path[data-status="signed"]'), 'data-party');
    const offMap = await attrs(page.locator('.off-map li[data-status="signed"]'), 'data-party');
    const inTable = await attrs(page.locator('table.parties tr.first[data-status="signed"]'), 'data-party');
    expect([...onMap, ...offMap].sort()).toEqual(signedInData);
    expect(inTable.sort()).toEqual(signedInData);
    expect(await text(page.locator('[data-count="signed"]'))).toBe(String(signedInData.length));
    // Each country on the map says its name and status, for readers who do not see the colours.
    expect(await page.locator('svg.world-map path[data-party="FR"] title').textContent()).toBe('France: Signed');
    expect(await page.locator('svg.world-map path[data-party="US"] title').textContent()).toBe('United States of America: Declined');
  });

  it('exports the declaration list with the rows the page shows, provenance included', async () => {
    await page.goto(`${server.url}/declarations/paris-statement?status=signed`);
    const rows = await page.locator('table.parties tbody tr').count();
    const csv = await (await fetch(`${server.url}/declarations/paris-statement?status=signed&format=csv`)).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain('document,url,published,start,end,rule,words');
    expect(lines.length - 1).toBe(rows);
    const json = (await (await fetch(`${server.url}/declarations/paris-statement?status=signed&format=json`)).json()) as { rows: unknown[] };
    expect(json.rows).toHaveLength(rows);
  });

  it('sorts and filters the compare matrix without JavaScript, and its CSV matches', async () => {
    await page.goto(`${server.url}/compare?signed=bletchley-declaration&declined=paris-statement`);
    const parties = await attrs(page.locator('table.matrix tbody tr'), 'data-party');
    expect(parties.length).toBeGreaterThan(0);
    const columns = await attrs(page.locator('table.matrix thead th[data-declaration]'), 'data-declaration');
    const [paris, bletchley] = [columns.indexOf('paris-statement'), columns.indexOf('bletchley-declaration')];
    for (const party of parties) {
      const cells = page.locator(`table.matrix tr[data-party="${party}"] td.cell`);
      expect(await cells.nth(bletchley).getAttribute('data-status')).toBe('signed');
      expect(await cells.nth(paris).getAttribute('data-status')).toBe('declined');
    }
    await follow(page, page.locator('thead a', { hasText: 'Declarations signed' }), /sort=signed/);
    expect(await text(page.locator('th[aria-sort="ascending"]'))).toContain('Declarations signed');
    const csv = await (await fetch(`${server.url}/compare?signed=bletchley-declaration&declined=paris-statement&format=csv`)).text();
    expect(csv.trim().split('\r\n').length - 1).toBe(parties.length);
  });

  it('finds a quote without accents, misses it under exact match, and opens its words in the article', async () => {
    await page.goto(`${server.url}/quotes`);
    const rows = page.locator('table.quotes tbody tr');
    await page.getByLabel('Words').fill('tuong linh');
    await Promise.all([page.waitForURL(/q=tuong/), page.getByRole('button', { name: 'Search' }).click()]);
    expect(await rows.count()).toBe(1);
    expect(await text(rows)).toContain('tướng lĩnh');
    expect(await text(rows)).toContain('Lê Quang Đạo');

    await page.getByLabel('Exact match (accents as typed)').check();
    await Promise.all([page.waitForURL(/exact=1/), page.getByRole('button', { name: 'Search' }).click()]);
    expect(await text(page.locator('.empty'))).toBe('No quote matches these filters.');
    await page.getByLabel('Words').fill('tướng lĩnh');
    await Promise.all([page.waitForURL(/exact=1/), page.getByRole('button', { name: 'Search' }).click()]);
    expect(await rows.count()).toBe(1);

    // The speaker is quoted in one of our sample articles: the quote list shows them when asked.
    await page.goto(`${server.url}/quotes?speaker=dang&samples=include`);
    expect(await text(page.locator('table.quotes'))).toContain('Đặng Quang Huy');

    await page.goto(`${server.url}/quotes?q=tuong`);
    const statement = await rows.first().getAttribute('data-statement');
    await follow(page, rows.first().locator('td.source a').first(), new RegExp(`/documents/[0-9a-f]{16}#s-${statement}$`));
    const mark = page.locator('mark:target');
    expect(await mark.count()).toBe(1);
    expect(await mark.getAttribute('id')).toBe(`s-${statement}`);
    expect(await text(mark)).toContain('tướng lĩnh công nghệ');
    expect(await page.evaluate<string>(`getComputedStyle(document.getElementById('s-${statement}')).outlineStyle`)).toBe('solid');
    expect(await page.locator('.article-text').getAttribute('lang')).toBe('vi');
  });

  it('shows an entity with every fact and its sources', async () => {
    await page.goto(`${server.url}/countries/VN`);
    expect(await text(page.locator('h1'))).toBe('Vietnam');
    // No source states that Viet Nam refused the Paris statement: it attended, stance unknown.
    const paris = await text(page.locator('section[aria-labelledby="stances-h"] tr', { hasText: 'Paris Declaration on AI' }));
    expect(paris).toContain('Attended, stance unknown');
    expect(paris).not.toContain('Declined');
    const sources = await attrs(page.locator('table.facts td.source a'), 'href');
    expect(sources.length).toBeGreaterThan(0);
    for (const href of sources) expect(href).toMatch(/^https?:\/\//);
  });

  it('switches the interface language and keeps the article in its own', async () => {
    await page.goto(`${server.url}/documents`);
    await follow(page, page.getByRole('link', { name: 'Français' }), /lang=fr/);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await text(page.getByRole('navigation', { name: 'Rubriques' }))).toContain('Comparer');
    // The choice is remembered: the next page, without ?lang=, is French too.
    await follow(page, page.getByRole('link', { name: 'Citations' }), /\/quotes$/);
    expect(await text(page.locator('h1'))).toBe('Citations');
    expect(await page.locator('td.quote q').first().getAttribute('lang')).toMatch(/^(en|fr|vi)$/);
    await follow(page, page.getByRole('link', { name: 'Tiếng Việt' }), /lang=vi/);
    expect(await text(page.locator('h1'))).toBe('Trích dẫn');
    await follow(page, page.getByRole('link', { name: 'English' }), /lang=en/);
    expect(await text(page.locator('h1'))).toBe('Quotes');
    const vietnamese = await browser.newPage({ locale: 'vi-VN' });
    await vietnamese.goto(`${server.url}/`);
    expect(await vietnamese.locator('html').getAttribute('lang')).toBe('vi');
    expect(await text(vietnamese.locator('h1'))).toBe('Chuỗi hội nghị thượng đỉnh về AI');
    await vietnamese.close();
  });

  it('can be used from the keyboard: the skip link comes first, shows, and leads to the content', async () => {
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Skip to content');
    const box = await page.getByRole('link', { name: 'Skip to content' }).boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
  });
});
