import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkip, launchBrowser, startServer, type Server } from './harness.js';

type Evidence = { kind: string; sample?: boolean; documentId?: string };
type Party = { party: string; status: string; evidence: Evidence[] };
type Doc = { id: string; sample: boolean; title: string | null; outlet: string | null };

// The articles we wrote (data/samples) never pass for news: a sample document, its evidence on a
// declaration page and its rows in lists say "sample"; the reader can leave samples out; and no
// party has a status that only samples give.
describe.skipIf(browserSkip)('web UI in Chromium: samples are marked', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}/api/v1${path}`)).json()) as T;

  beforeAll(async () => {
    server = await startServer({ token: null });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('labels a sample document, and not a news one', async () => {
    const docs = (await api<{ items: Doc[] }>('/documents?limit=500')).items;
    const sample = docs.find((d) => d.sample) as Doc;
    const news = docs.find((d) => !d.sample) as Doc;
    expect([sample, news].every(Boolean)).toBe(true);
    await page.goto(`${server.url}/documents/${sample.id}`);
    expect(await page.locator('.sample-notice').innerText()).toContain('written by the Accord project');
    expect(await page.locator('header .kicker .tag-sample').count()).toBe(1);
    // Words, not codes: kinds are labels, rule ids only in tooltips.
    expect(await page.locator('table.statements').innerText()).not.toMatch(/\bnot_signed\b|\bquote_fragment\b|\b(?:fr|en|vi)\.\w+\.[\w-]+/);
    await page.goto(`${server.url}/documents/${news.id}`);
    expect(await page.locator('.sample-notice').count()).toBe(0);
    expect(await page.locator('h1').innerText()).not.toMatch(/^[0-9a-f]{16}$/);
  });

  it('labels sample evidence on a declaration page, and gives no status that only samples state', async () => {
    await page.goto(`${server.url}/declarations/paris-statement`);
    const sampleRows = page.locator('table.parties tr:has(.citation .tag-sample)');
    expect(await sampleRows.count()).toBeGreaterThan(0);
    const { parties } = await api<{ parties: Party[] }>('/declarations/paris-statement/signatories');
    const samples = new Set((await api<{ items: Doc[] }>('/documents?limit=500')).items.filter((d) => d.sample).map((d) => d.id));
    for (const party of parties) {
      const sources = party.evidence.filter((e) => !(e.kind === 'article' && samples.has(e.documentId ?? '')));
      if (party.status !== 'attended' && party.status !== 'unknown') expect(sources.length, party.party).toBeGreaterThan(0);
      for (const e of party.evidence) if (e.kind === 'article') expect(e.sample === true, party.party).toBe(samples.has(e.documentId ?? ''));
    }
    // Left out on request: the page keeps its real sources only.
    await page.goto(`${server.url}/declarations/paris-statement?samples=exclude`);
    expect(await page.locator('table.parties .tag-sample').count()).toBe(0);
    expect(await page.locator('table.parties tr').count()).toBeGreaterThan(10);
  });

  it('counts news and samples apart, and leaves samples out with the toggle, remembered', async () => {
    await page.goto(`${server.url}/?samples=include`);
    const { total } = await api<{ total: number }>('/documents?samples=exclude');
    const all = (await api<{ total: number }>('/documents')).total;
    expect(await page.locator('.home-stats').innerText()).toContain(`${total} news articles · ${all - total} samples we wrote`);
    await page.goto(`${server.url}/documents`);
    expect(await page.locator('table.documents tr.is-sample .tag-sample').count()).toBeGreaterThan(0);
    await Promise.all([page.waitForURL(/samples=exclude/), page.locator('.samples-toggle a').click()]);
    expect(await page.locator('table.documents .tag-sample').count()).toBe(0);
    expect(await page.locator('table.documents tbody tr').count()).toBe(total);
    // The choice is remembered: the list and the home page leave samples out until asked again.
    await page.goto(`${server.url}/documents`);
    expect(await page.locator('table.documents .tag-sample').count()).toBe(0);
    await Promise.all([page.waitForURL(/samples=include/), page.locator('.samples-toggle a').click()]);
    expect(await page.locator('table.documents .tag-sample').count()).toBeGreaterThan(0);
  });

  it("leaves the samples' quotes out of the quote list unless asked", async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const fresh = await context.newPage();
    await fresh.goto(`${server.url}/quotes`);
    expect(await fresh.locator('table.quotes .tag-sample').count()).toBe(0);
    const coach = await api<{ items: unknown[] }>(`/quotes?samples=include&speaker=${encodeURIComponent('Tuấn')}`);
    expect(coach.items.length).toBeGreaterThan(0);
    expect((await api<{ items: unknown[] }>(`/quotes?speaker=${encodeURIComponent('Tuấn')}`)).items).toEqual([]);
    await Promise.all([fresh.waitForURL(/samples=include/), fresh.locator('.samples-toggle a').click()]);
    expect(await fresh.locator('table.quotes .tag-sample').count()).toBeGreaterThan(0);
    await context.close();
  });
});
