import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator, type Label, type Locale } from '../../src/web/i18n/index.js';
import { browserSkip, launchBrowser, startServer, type Server } from './harness.js';

// A phone held upright (iPhone 12-15): every page reads without scrolling sideways, and every link
// of the header (sections, languages) is on screen without scrolling anything.
const phone = { width: 390, height: 844 };

// English and Vietnamese (the longest names), Spanish and German (the longest labels).
const languages: Locale[] = ['en', 'vi', 'es', 'de'];
const sectionLabels: Label[] = ['navSummits', 'navDeclarations', 'navCompare', 'navQuotes', 'navDocuments', 'navAdd', 'navSources'];

// Every kind of page, at an address found on the pages themselves where it names stored data.
const fixedPaths = [
  '/',
  '/events/ai-action-summit-2025',
  '/declarations',
  '/declarations/paris-statement',
  '/declarations/bletchley-declaration',
  '/compare',
  '/countries/FR',
  '/people/emmanuel-macron',
  '/organizations/african-union-commission',
  '/initiatives/current-ai',
  '/quotes',
  '/documents',
  '/add',
  '/sources',
  '/api',
];

// The header's links as a phone shows them: box and visibility (what Playwright's isVisible
// asks: a box of some size, not hidden by style), as a string run in the page.
const headerLinks = `[...document.querySelectorAll('header.site nav a')].map((a) => {
  const box = a.getBoundingClientRect();
  const style = getComputedStyle(a);
  const visible = box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
  return { href: a.getAttribute('href'), x: box.x, width: box.width, visible };
})`;

// What sticks out past the right edge, outside any container that scrolls on its own: named in
// the failure, so that a test that fails says which element to fix. (Run in the page, as a
// string: the tests compile without the DOM's types.)
const measure = `(() => {
  const width = Math.min(window.innerWidth, screen.width);
  const scrolls = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const { overflowX } = getComputedStyle(e);
      if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') return true;
    }
    return false;
  };
  const name = (el) => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ').join('.') : '');
  const culprits = [...document.body.querySelectorAll('*')]
    .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !scrolls(el.parentElement))
    .slice(0, 5)
    .map((el) => name(el) + ' (right ' + Math.round(el.getBoundingClientRect().right) + ')');
  return { scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth, culprits };
})()`;

function overflowing(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(measure);
}

describe.skipIf(browserSkip)('web UI in Chromium: on a phone (390 px)', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const paths: string[] = [...fixedPaths];

  beforeAll(async () => {
    server = await startServer({ token: null });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: phone, locale: 'en-GB', isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    // Stored articles by the links the list gives (their ids are data, not code): the first
    // three.
    await page.goto(`${server.url}/documents`);
    const hrefs = await page.locator('main a[href^="/documents/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    paths.push(...new Set(hrefs.filter((href) => /^\/documents\/[0-9a-f]{16}$/.test(href)).slice(0, 3)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('finds stored articles to visit', () => {
    expect(paths.filter((p) => p.startsWith('/documents/')).length).toBeGreaterThan(0);
  });

  for (const lang of languages) {
    it(`no page is wider than the screen, each in its labels (${lang})`, async () => {
      const wide: string[] = [];
      for (const path of paths) {
        const response = await page.goto(`${server.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        expect(response?.status(), path).toBe(200);
        // The API page is the API's own reference, in English only.
        if (path !== '/api') expect(await page.locator('html').getAttribute('lang'), path).toBe(lang);
        // A phone lays out a page that sticks out wider than the screen (then shrinks it): either
        // way, the page is wider than 390 px.
        const { scrollWidth, innerWidth, culprits } = await overflowing(page);
        if (innerWidth > phone.width || scrollWidth > innerWidth) wide.push(`${path}: ${Math.max(innerWidth, scrollWidth)} px wide: ${culprits.join(', ')}`);
      }
      expect(wide).toEqual([]);
    });
  }

  // --- s5c: the labels of each language, and its header on screen ---
  for (const lang of languages) {
    it(`names the sections in the language asked for (${lang})`, async () => {
      const t = translator(lang);
      await page.goto(`${server.url}/quotes?lang=${lang}`);
      const shown = await page.locator('header.site nav.sections a').allTextContents();
      expect(shown.map((text) => text.trim())).toEqual(sectionLabels.map((label) => t(label)));
    });
  }

  for (const lang of languages) {
    it(`shows every link of the header on screen, on every page, without scrolling the menu (${lang})`, async () => {
      const hidden: string[] = [];
      // The API page is the API's own reference, without the site's menu.
      for (const path of paths.filter((p) => p !== '/api')) {
        await page.goto(`${server.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        // Every link's box and visibility, read in the page at once.
        const links = (await page.evaluate(headerLinks)) as { href: string | null; x: number; width: number; visible: boolean }[];
        expect(links.length, path).toBeGreaterThanOrEqual(6 + 3);
        for (const { href, x, width, visible } of links)
          if (!visible || x < 0 || x + width > phone.width + 0.5 || width < 1) hidden.push(`${path}: ${href} at ${visible ? Math.round(x) : 'nowhere'}`);
      }
      expect(hidden).toEqual([]);
    });
  }

  it('opens each section from the menu with a tap', async () => {
    await page.goto(`${server.url}/`);
    const sections = await page.locator('header.site nav.sections a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of sections) {
      // From another page than the one tapped: a tap on the page's own link would reload it
      // while the next navigation starts.
      await page.goto(`${server.url}${href === '/quotes' ? '/' : '/quotes'}`);
      await Promise.all([page.waitForURL((url) => url.pathname === href), page.locator(`header.site nav.sections a[href="${href}"]`).tap()]);
    }
  });

  it('scrolls a wide table inside its own box, not the page', async () => {
    await page.goto(`${server.url}/compare`);
    const box = page.locator('.table-wrap').filter({ has: page.locator('table.matrix') });
    const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(clientWidth).toBeLessThanOrEqual(phone.width);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const { scrollWidth: pageWidth, innerWidth } = await overflowing(page);
    expect(Math.max(pageWidth, innerWidth)).toBeLessThanOrEqual(phone.width);
  });
});
