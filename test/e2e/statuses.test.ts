import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../../src/kb/index.js';
import { repo } from '../run-accord.js';
import { browserSkip, launchBrowser, startServer, type Server } from './harness.js';

// Statuses as a reader sees them in Chromium: a declaration page's chips, map and legend agree
// with the API and the reference; each instrument shows its own vocabulary (votes, ratification);
// when parties joined; what each count includes; and the compare filter for a refusal never
// widens to parties that are only not listed or unknown.
type Party = { party: string; status: string };
type Signatories = { kind: string; statuses: string[]; parties: Party[]; list: { complete: boolean | null }; timeline: { date: string | null; parties: string[] }[] };

const attrs = (locator: Locator, name: string): Promise<string[]> => locator.evaluateAll((nodes, n) => nodes.map((node) => node.getAttribute(n) ?? ''), name);
const reference = loadReference(join(repo, 'data'));

describe.skipIf(browserSkip)('statuses in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const api = async (id: string): Promise<Signatories> => (await (await fetch(`${server.url}/api/v1/declarations/${id}/signatories`)).json()) as Signatories;

  beforeAll(async () => {
    server = await startServer({ token: null });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(['paris-statement', 'new-delhi-declaration', 'bletchley-declaration', 'un-ai-scientific-panel', 'coe-framework-convention-ai'])(
    '%s: table, map and legend say what the API says, in the instrument’s own statuses',
    async (key) => {
      const data = await api(`declaration:${key}`);
      await page.goto(`${server.url}/declarations/${key}`);
      expect(await page.locator('[data-kind]').first().getAttribute('data-kind')).toBe(data.kind);
      const inTable = await page.locator('table.parties tr.first[data-status]').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-party')} ${r.getAttribute('data-status')}`));
      expect(inTable.sort()).toEqual(data.parties.map((p) => `${p.party} ${p.status}`).sort());
      // Each country drawn says its party's status; one no source names, what its absence says.
      const absent = data.list.complete && data.kind !== 'un_resolution' ? (data.kind === 'treaty' ? 'not_signed' : 'not_listed') : 'unknown';
      const status = new Map(data.parties.map((p) => [p.party, p.status]));
      const onMap = await page.locator('svg.world-map path[data-status]').evaluateAll((paths) => paths.map((p) => [p.getAttribute('data-party') ?? '', p.getAttribute('data-status') ?? '']));
      for (const [party, drawn] of onMap) expect(`${party} ${drawn}`).toBe(`${party} ${status.get(party) ?? absent}`);
      // The legend names every status of this kind, and no other.
      const legend = await attrs(page.locator('ul.legend .swatch'), 'class');
      expect(legend.map((c) => c.replace(/^swatch status-/, ''))).toEqual(data.statuses);
    },
  );

  it('shows Viet Nam on Paris as attended or unknown, never declined, and the refusals with their sources', async () => {
    await page.goto(`${server.url}/declarations/paris-statement`);
    expect(['attended', 'unknown']).toContain(await page.locator('table.parties tr.first[data-party="VN"]').getAttribute('data-status'));
    const refusals = reference.filter((f) => f.subject === 'declaration:paris-statement' && f.property === 'not_signed' && f.refusal).map((f) => String(f.value).replace('country:', ''));
    expect(refusals.length).toBeGreaterThan(0);
    for (const party of refusals) {
      expect(await page.locator(`table.parties tr.first[data-party="${party}"]`).getAttribute('data-status')).toBe('declined');
      expect(await page.locator(`svg.world-map path[data-party="${party}"] title`).textContent()).toMatch(/: Declined$/);
    }
    expect(await page.locator('[data-list-complete]').getAttribute('data-list-complete')).toBe('false');
    // A party a source covers only as one of a group says so on its source line.
    const collective = reference.find((f) => f.subject === 'declaration:paris-statement' && f.basis === 'collective');
    expect(await page.locator(`table.parties tr[data-party="${String(collective?.value).replace('country:', '')}"] [data-basis="collective"]`).count()).toBeGreaterThan(0);
  });

  it('dates when parties joined and says what each count includes', async () => {
    await page.goto(`${server.url}/declarations/bletchley-declaration`);
    const data = await api('declaration:bletchley-declaration');
    const steps = await attrs(page.locator('ol.timeline-joined li'), 'data-date');
    expect(steps).toEqual(data.timeline.map((j) => j.date ?? ''));
    const joinedLater = reference.find((f) => f.subject === 'declaration:bletchley-declaration' && f.value === 'country:NZ' && f.property === 'signed');
    expect(await page.locator(`ol.timeline-joined li[data-date="${joinedLater?.as_of}"]`).getAttribute('data-parties')).toContain('NZ');
    await page.goto(`${server.url}/declarations/new-delhi-declaration`);
    for (const fact of reference.filter((f) => f.subject === 'declaration:new-delhi-declaration' && f.property === 'signatory_count' && f.includes)) {
      const row = page.locator(`section[aria-labelledby="counts-h"] tr[data-count="${fact.value}"]`).first();
      expect(await row.locator('td.includes').innerText()).toContain(fact.includes as string);
      expect(await row.locator('ul.count-urls a').count()).toBe(fact.sources.length);
    }
  });

  it('filters the compare page by a refusal without widening it to not listed or unknown', async () => {
    const delhi = await api('declaration:new-delhi-declaration');
    const paris = await api('declaration:paris-statement');
    for (const [key, data] of [
      ['paris-statement', paris],
      ['new-delhi-declaration', delhi],
    ] as const) {
      await page.goto(`${server.url}/compare?declined=${key}`);
      const parties = await attrs(page.locator('table.matrix tbody tr'), 'data-party');
      expect(parties.sort()).toEqual(data.parties.filter((p) => p.status === 'declined').map((p) => p.party).sort());
      const column = (await attrs(page.locator('table.matrix thead th[data-declaration]'), 'data-declaration')).indexOf(key);
      for (const party of parties) expect(await page.locator(`table.matrix tr[data-party="${party}"] td.cell`).nth(column).getAttribute('data-status')).toBe('declined');
      // The older `notsigned=` link means the same.
      await page.goto(`${server.url}/compare?notsigned=${key}`);
      expect((await attrs(page.locator('table.matrix tbody tr'), 'data-party')).sort()).toEqual(parties.sort());
    }
    // A party absent from New Delhi's complete list shows as not listed, not as declined.
    await page.goto(`${server.url}/compare?signed=bletchley-declaration`);
    const column = (await attrs(page.locator('table.matrix thead th[data-declaration]'), 'data-declaration')).indexOf('new-delhi-declaration');
    const statuses = await page.locator('table.matrix tbody tr').evaluateAll((rows, c) => rows.map((r) => r.querySelectorAll('td.cell')[c]?.getAttribute('data-status') ?? ''), column);
    expect(statuses).not.toContain('declined');
    expect(statuses).toContain('not_listed');
    // One exact status on one declaration: every row shown has it there, and only those rows.
    await page.goto(`${server.url}/compare?status_on=new-delhi-declaration&status=not_listed`);
    const notListed = await page.locator('table.matrix tbody tr').evaluateAll((rows, c) => rows.map((r) => r.querySelectorAll('td.cell')[c]?.getAttribute('data-status') ?? ''), column);
    expect(notListed.length).toBeGreaterThan(0);
    expect(new Set(notListed)).toEqual(new Set(['not_listed']));
    await page.goto(`${server.url}/compare`);
    const everyRow = await page.locator('table.matrix tbody tr').evaluateAll((rows, c) => rows.map((r) => r.querySelectorAll('td.cell')[c]?.getAttribute('data-status') ?? ''), column);
    expect(everyRow.filter((s) => s === 'not_listed').length).toBe(notListed.length);
  });

  it('lists summit declarations and the related instruments with their kind', async () => {
    await page.goto(`${server.url}/declarations`);
    const kinds = await attrs(page.locator('td[data-kind]'), 'data-kind');
    expect(kinds).toEqual(expect.arrayContaining(['summit_declaration', 'treaty', 'un_resolution']));
    await page.goto(`${server.url}/declarations/un-ai-scientific-panel?status=voted_against`);
    const against = reference.filter((f) => f.subject === 'declaration:un-ai-scientific-panel' && f.property === 'voted_against').map((f) => String(f.value).replace('country:', ''));
    expect((await attrs(page.locator('table.parties tr.first'), 'data-party')).sort()).toEqual(against.sort());
    expect(await page.locator('table.parties tr.first .chip').first().innerText()).toBe('Voted against');
  });
});
