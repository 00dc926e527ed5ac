import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkip, launchBrowser, startServer, type Server } from './harness.js';

const article = [
  'Canada signs the Paris statement on artificial intelligence',
  '',
  'Canada signed the Paris Declaration on AI on Tuesday, joining the countries that backed the text at the AI Action Summit.',
  '',
  '"We want rules that travel across borders," said Marion Keller, a Canadian official, after the signing.',
].join('\n');

async function submit(page: Page): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/add') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Add the article' }).click(),
  ]);
  await page.waitForLoadState();
  return response;
}

// Adding an article from the browser: with the token it is stored and its statements show at
// once; without it, or with a wrong one, or on a server started without ACCORD_TOKEN, it is refused.
describe.skipIf(browserSkip)('web UI in Chromium: adding an article', () => {
  let server: Server;
  let readOnly: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, readOnly] = await Promise.all([startServer({ token: 'e2e-secret-0123456789' }), startServer({ token: null, samples: false })]);
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.stop(), readOnly?.stop()]);
  });

  it('stores an article given with the token and shows its statements at once', async () => {
    await page.goto(`${server.url}/add`);
    await page.getByLabel('Article text').fill(article);
    await page.getByLabel('Published').fill('2025-02-12');
    await page.getByLabel('Token').fill('e2e-secret-0123456789');
    const response = await submit(page);
    expect(response.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('Article added');
    const kinds = await page.locator('table.statements .kind').allInnerTexts();
    expect(kinds).toContain('signed');
    expect(kinds).toContain('quote');
    await Promise.all([page.waitForURL(/\/documents\/[0-9a-f]{16}$/), page.getByRole('link', { name: 'Open the article with its marked words' }).click()]);
    expect(await page.locator('.article-text mark.k-signed').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text').innerText()).toContain('We want rules that travel across borders');
  });

  it('reads an uploaded HTML file the same way', async () => {
    const page2 = `<!doctype html><html lang="en"><head><title>Japan and the Paris statement</title></head><body><article><h1>Japan and the Paris statement</h1>
      <p>Japan signed the Paris Declaration on AI at the AI Action Summit, its foreign ministry said on Wednesday.</p>
      <p>"This is a text we can build on," said Kenji Aoki, a ministry spokesman.</p></article></body></html>`;
    await page.goto(`${server.url}/add`);
    await page.getByLabel('Or a file').setInputFiles({ name: 'japan.html', mimeType: 'text/html', buffer: Buffer.from(page2) });
    await page.getByLabel('Token').fill('e2e-secret-0123456789');
    const response = await submit(page);
    expect(response.status()).toBe(200);
    expect(await page.locator('table.statements').innerText()).toContain('Japan signed the Paris Declaration');
    expect(await page.locator('table.statements .kind').allInnerTexts()).toContain('signed');
  });

  it('refuses without a token and with a wrong one, keeping the pasted text', async () => {
    await page.goto(`${server.url}/add`);
    await page.getByLabel('Article text').fill(article);
    let response = await submit(page);
    expect(response.status()).toBe(401);
    expect(await page.getByRole('alert').innerText()).toContain('A token is needed to add an article.');
    expect(await page.getByLabel('Article text').inputValue()).toBe(article);
    await page.getByLabel('Token').fill('not-the-secret');
    response = await submit(page);
    expect(response.status()).toBe(403);
    expect(await page.getByRole('alert').innerText()).toContain('does not match');
  });

  it('refuses a form posted from another site, and accepts the token as a bearer header', async () => {
    const form = (): FormData => {
      const data = new FormData();
      data.set('text', article.replace('Tuesday', 'Wednesday'));
      data.set('token', 'e2e-secret-0123456789');
      return data;
    };
    const forged = await fetch(`${server.url}/add`, { method: 'POST', body: form(), headers: { Origin: 'https://evil.example' } });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('Origin https://evil.example');
    // A sandboxed frame sends Origin: null, a non-browser form none: the token field is not enough.
    for (const headers of [{ Origin: 'null' }, {}] as Record<string, string>[]) {
      const refused = await fetch(`${server.url}/add`, { method: 'POST', body: form(), headers });
      expect(refused.status).toBe(403);
      expect(await refused.text()).toMatch(/a form must be posted from this site/);
    }
    const data = form();
    data.delete('token');
    const byHeader = await fetch(`${server.url}/add`, { method: 'POST', body: data, headers: { Authorization: 'Bearer e2e-secret-0123456789' } });
    expect(byHeader.status).toBe(200);
    expect(await byHeader.text()).toContain('Article added');
  });

  it('says writes are disabled on a server started without ACCORD_TOKEN', async () => {
    await page.goto(`${readOnly.url}/add`);
    expect(await page.getByRole('note').first().innerText()).toContain('Writes are disabled on this server');
    await page.getByLabel('Article text').fill(article);
    await page.getByLabel('Token').fill('anything');
    const response = await submit(page);
    expect(response.status()).toBe(403);
    expect(await page.getByRole('alert').innerText()).toContain('started without ACCORD_TOKEN');
    const documents = await (await fetch(`${readOnly.url}/documents?format=json`)).json();
    expect((documents as { rows: unknown[] }).rows).toHaveLength(2);
  });
});
