import { readFileSync } from 'node:fs';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Entity } from '../model/index.js';
import { QueryError, type AddArticleInput, type AddArticleResult, type Kb } from '../query/index.js';
import { exportFormat, respondExport } from './export.js';
import { markup } from './markup.js';
import { isLocale, pickLocale, translator } from './i18n/index.js';
import { layout } from './layout.js';
import { pathKinds } from './names.js';
import type { PageResult } from './page.js';
import { addForm, addSubmit } from './pages/add.js';
import { comparePage } from './pages/compare.js';
import { declarationPage } from './pages/declaration.js';
import { declarationsPage } from './pages/declarations.js';
import { documentPage } from './pages/document.js';
import { documentsPage } from './pages/documents.js';
import { partyEvidencePage } from './pages/party-evidence.js';
import { entityPage } from './pages/entity.js';
import { eventPage } from './pages/event.js';
import { homePage } from './pages/home.js';
import { quotesPage } from './pages/quotes.js';
import { countriesPage } from './pages/countries.js';
import { organizationsPage } from './pages/organizations.js';
import { peoplePage } from './pages/people.js';
import { searchPage } from './pages/search.js';
import { saveSearchSubmit, searchesPage, searchPage as savedSearchPage } from './pages/searches.js';
import { sourcesPage, sourcesSubmit } from './pages/sources.js';
import { browseLinks, searchBox } from './search-box.js';
import { WebError } from './paging.js';
import { readSamplesChoice } from './samples.js';
import type { View } from './view.js';

// ACCORD_TOKEN: adding an article needs it; null disables writes.
// --- s5a: `addArticle` reads a posted article off the request loop (the server's worker pool) ---
export type WebOptions = { token: string | null; addArticle?: (input: AddArticleInput) => Promise<AddArticleResult> };

const cookie = 'accord_lang';
const samplesCookie = 'accord_samples';

// The browser UI: server-rendered pages that read without JavaScript, each list exportable as
// CSV and JSON (?format=csv|json), one stylesheet under /assets/.
export function webRoutes(kb: Kb, options: WebOptions): Hono {
  const app = new Hono();
  app.get('/assets/:file', (c) => asset(c, c.req.param('file')));
  app.get(
    '/',
    page(kb, (view) => homePage(view)),
  );
  app.get(
    '/declarations',
    page(kb, (view) => declarationsPage(view)),
  );
  app.get(
    '/declarations/:key',
    page(kb, (view, c) => declarationPage(view, c.req.param('key') ?? '')),
  );
  app.get(
    '/declarations/:key/evidence',
    page(kb, (view, c) => partyEvidencePage(view, c.req.param('key') ?? '')),
  );
  app.get(
    '/events/:key',
    page(kb, (view, c) => eventPage(view, c.req.param('key') ?? '')),
  );
  app.get(
    '/compare',
    page(kb, (view) => comparePage(view)),
  );
  app.get(
    '/quotes',
    page(kb, (view) => quotesPage(view)),
  );
  app.get(
    '/documents',
    page(kb, (view) => documentsPage(view)),
  );
  app.get(
    '/documents/:id',
    page(kb, (view, c) => documentPage(view, c.req.param('id') ?? '')),
  );
  app.get(
    '/add',
    page(kb, async (view) => addForm(view, options.token)),
  );
  app.post('/add', async (c) => {
    const view = viewOf(kb, c);
    try {
      const { status, page: result } = await addSubmit(view, c, options.token, options.addArticle);
      return send(c, view, result, status);
    } catch (error) {
      return failure(c, view, error);
    }
  });
  // --- saved searches (s6alert) ---
  app.get(
    '/searches',
    page(kb, (view) => searchesPage(view)),
  );
  app.get(
    '/searches/:id',
    page(kb, (view, c) => savedSearchPage(view, c.req.param('id') ?? '')),
  );
  app.post('/searches', async (c) => {
    const view = viewOf(kb, c);
    try {
      return send(c, view, await saveSearchSubmit(view, c, options.token), 200);
    } catch (error) {
      return failure(c, view, error);
    }
  });
  // --- followed sources (s6src) ---
  app.get(
    '/sources',
    page(kb, (view) => sourcesPage(view)),
  );
  for (const [path, action] of [['/sources', 'add'], ['/sources/poll', 'poll']] as const)
    app.post(path, async (c) => {
      const view = viewOf(kb, c);
      try {
        const { status, page: result } = await sourcesSubmit(view, c, options.token, action);
        return send(c, view, result, status);
      } catch (error) {
        return failure(c, view, error);
      }
    });
  // --- find (i10c): search and the indexes ---
  const finds: [string, (view: View) => Promise<PageResult>][] = [
    ['/search', searchPage],
    ['/countries', countriesPage],
    ['/people', peoplePage],
    ['/organizations', organizationsPage],
  ];
  for (const [path, handler] of finds) app.get(path, page(kb, handler));
  for (const path of Object.keys(pathKinds).filter((p) => p !== 'events' && p !== 'declarations'))
    app.get(
      `/${path}/:key`,
      page(kb, (view, c) => entityPage(view, pathKinds[path] as Entity['kind'], c.req.param('key') ?? '')),
    );
  return app;
}

// Reads the interface language (and remembers a `?lang=` choice in a cookie).
function viewOf(kb: Kb, c: Context): View {
  const url = new URL(c.req.url);
  const asked = url.searchParams.get('lang');
  const locale = pickLocale(asked ?? undefined, getCookie(c, cookie), c.req.header('Accept-Language'));
  if (isLocale(asked)) setCookie(c, cookie, asked, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'Lax', httpOnly: true });
  c.header('Content-Language', locale);
  c.header('Vary', 'Accept-Language, Cookie');
  const samples = readSamplesChoice(url.searchParams.get('samples'), getCookie(c, samplesCookie));
  if (url.searchParams.has('samples') && samples) setCookie(c, samplesCookie, samples, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'Lax', httpOnly: true });
  return { kb, locale, t: translator(locale), url, samples };
}

function page(kb: Kb, handler: (view: View, c: Context) => Promise<PageResult>) {
  return async (c: Context): Promise<Response> => {
    const view = viewOf(kb, c);
    try {
      return send(c, view, await handler(view, c), 200);
    } catch (error) {
      return failure(c, view, error);
    }
  };
}

function send(c: Context, view: View, result: PageResult, status: 200 | 400 | 401 | 403): Response {
  if ('redirect' in result) return c.redirect(result.redirect, 302);
  const format = exportFormat(view.url);
  if (format && c.req.method === 'GET') return respondExport(c, view, result.tables, format);
  return c.html(layout(view, result.title, result.body, result.feeds).value, status);
}

// An address no page answers: the 404 page, with the search box and the indexes, in the reader's
// language. The server calls it for every unknown path outside /api.
export function notFoundPage(kb: Kb, c: Context): Response {
  return failure(c, viewOf(kb, c), new WebError(404, `${c.req.path}: no page at this address`));
}

// A question the page cannot answer is a page that says why, with the status that fits.
function failure(c: Context, view: View, error: unknown): Response {
  const status = error instanceof WebError ? error.status : error instanceof QueryError ? (error.code === 'not_found' ? 404 : 400) : null;
  if (status === null) throw error;
  const message = (error as Error).message;
  const format = exportFormat(view.url);
  if (format) return c.json({ error: { code: status === 404 ? 'not_found' : status === 400 ? 'bad_request' : 'forbidden', message } }, status);
  const title = status === 404 ? view.t('notFound') : status === 400 ? view.t('badRequest') : view.t('refused');
  const body = markup`<header class="page-head">
      <p class="kicker">${String(status)}</p>
      <h1>${title}</h1>
    </header>
    <p class="callout callout-error" role="alert">${message}</p>
    ${status === 404 ? markup`<p>${view.t('notFoundHelp')}</p>${searchBox(view, 'lost-q')} ${browseLinks(view)}` : ''}
    <p><a href="/">${view.t('backHome')}</a></p>`;
  return c.html(layout(view, title, body).value, status);
}

const assets: Record<string, string> = { 'style.css': 'text/css; charset=utf-8', 'favicon.svg': 'image/svg+xml' };
const loaded = new Map<string, string>();

function asset(c: Context, file: string | undefined): Response {
  const type = file ? assets[file] : undefined;
  if (!file || !type) return c.text(`/assets/${file ?? ''}: no such file`, 404);
  let content = loaded.get(file);
  if (content === undefined) {
    content = readFileSync(new URL(`./assets/${file}`, import.meta.url), 'utf8');
    loaded.set(file, content);
  }
  return c.body(content, 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=3600' });
}
