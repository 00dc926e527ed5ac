import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkip, launchBrowser, startServer, type Server } from './harness.js';

// test/e2e/fixtures/articles.jsonl line 2 carries these in its title, text and URL.
const hostileTitle = "<script>window.__pwned='title'</script> Sommet de Paris : le texte piégé";
const pasted = [
  'Déclaration de Paris : un texte collé <script>window.__pwned="pasted"</script>',
  '',
  '« Rien ne doit s’exécuter <img src=x onerror="window.__pwned=\'pasted-onerror\'"> ici », a déclaré Hugo Bernard, juriste.',
  '',
  'Le Japon a signé la Déclaration de Paris. <a href="javascript:window.__pwned=\'pasted-link\'">lien</a>',
].join('\n');

// An article full of markup and script is text everywhere: no script runs, no handler or
// javascript: link reaches the page, and every response carries the Content-Security-Policy.
describe.skipIf(browserSkip)('web UI in Chromium: hostile articles', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const incidents: string[] = [];

  beforeAll(async () => {
    server = await startServer({ token: 'e2e-secret-0123456789', samples: false });
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'fr-FR' });
    page.on('dialog', (dialog) => {
      incidents.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') incidents.push(`console: ${message.text()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // Nothing ran, and the page holds no script, no event handler attribute, no javascript: link.
  async function expectInert(): Promise<void> {
    expect(await page.evaluate<string>('typeof window.__pwned')).toBe('undefined');
    expect(await page.evaluate<number>('document.scripts.length')).toBe(0);
    expect(await page.locator('[onerror], [onload], [onclick]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(incidents).toEqual([]);
  }

  it('shows a hostile stored article as text on every page that lists it', async () => {
    const id = (await (await fetch(`${server.url}/documents?format=json`)).json()) as { rows: { document: string; title: string }[] };
    const hostile = id.rows.find((r) => r.title === hostileTitle);
    expect(hostile).toBeDefined();
    for (const path of [
      '/',
      '/documents',
      `/documents/${hostile?.document}`,
      '/quotes?speaker=camille',
      '/declarations/paris-statement',
      '/countries/CA',
      '/events/ai-action-summit-2025',
    ]) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self'");
      await expectInert();
    }
    await page.goto(`${server.url}/documents/${hostile?.document}`);
    expect(await page.locator('h1').innerText()).toBe(hostileTitle);
    const body = await page.locator('.article-text').innerText();
    expect(body).toContain("<script>window.__pwned='script'</script>");
    expect(body).toContain('onerror="window.__pwned=\'onerror\'"');
    expect(body).toContain('<a href="javascript:window.__pwned=\'link\'">cliquez ici</a>');
    // Its URL is javascript:, so it is shown as text, never as a link.
    expect(await page.locator('.doc-meta').innerText()).toContain("javascript:window.__pwned='url'");
  });

  it('keeps an article pasted with markup inert, on the result page and in the article', async () => {
    await page.goto(`${server.url}/add`);
    await page.getByLabel('Texte de l’article').fill(pasted);
    await page.getByLabel('Jeton').fill('e2e-secret-0123456789');
    await Promise.all([page.waitForURL(/\/add$/), page.getByRole('button', { name: 'Ajouter l’article' }).click()]);
    await page.waitForLoadState();
    expect(await page.locator('h1').innerText()).toBe('Article ajouté');
    expect(await page.locator('table.statements').innerText()).toContain('<img src=x onerror=');
    await expectInert();
    await Promise.all([page.waitForURL(/\/documents\//), page.getByRole('link', { name: 'Ouvrir l’article avec ses mots surlignés' }).click()]);
    expect(await page.locator('.article-text').innerText()).toContain('<script>window.__pwned="pasted"</script>');
    await expectInert();
  });

  it('treats SQL-looking filter values as plain text or refuses them by name', async () => {
    const before = await (await fetch(`${server.url}/documents?format=json`)).json();
    const injection = "' OR 1=1; DROP TABLE documents; --";
    for (const path of [
      `/quotes?q=${encodeURIComponent(injection)}`,
      `/quotes?speaker=${encodeURIComponent(injection)}`,
      `/compare?q=${encodeURIComponent(injection)}`,
    ]) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('table.quotes tbody tr, table.matrix tbody tr').count(), path).toBe(0);
    }
    for (const [path, message] of [
      [`/documents?language=${encodeURIComponent(injection)}`, 'language='],
      [`/quotes?event=${encodeURIComponent(injection)}`, 'event='],
      [`/declarations/paris-statement?status=${encodeURIComponent(injection)}`, 'status='],
      [`/quotes?limit=${encodeURIComponent(injection)}`, 'limit='],
    ] as const) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(400);
      expect(await page.getByRole('alert').innerText(), path).toContain(message);
    }
    expect(await (await fetch(`${server.url}/documents?format=json`)).json()).toEqual(before);
  });
});
