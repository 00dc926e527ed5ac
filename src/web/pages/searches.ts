import type { Context } from 'hono';
import {
  findSavedSearch,
  listSavedSearches,
  newItems,
  QueryError,
  saveSearch,
  titleOf,
  type AlertItem,
  type SavedSearch,
  type SearchRequest,
} from '../../query/index.js';
import { formatNumber } from '../format.js';
import { markup, type Html } from '../markup.js';
import type { PageResult } from '../page.js';
import { WebError } from '../paging.js';
import type { View } from '../view.js';
import { hostOf, isSameToken } from './add.js';

const feedOf = (s: SavedSearch): string => `/api/v1/searches/${s.id}/atom`;

// The saved searches, each with how many new items it has and its Atom feed.
export async function searchesPage(view: View): Promise<PageResult> {
  const { t, locale } = view;
  const rows: Html[] = [];
  for (const search of view.kb.store ? await listSavedSearches(view.kb) : []) {
    const { items } = await newItems(view.kb, search, 100);
    const count = items.length >= 100 ? '100+' : formatNumber(items.length, locale);
    rows.push(markup`<li id="search-${search.id}" class="saved-search">
      <a href="/searches/${search.id}"><strong>${search.name}</strong></a> <span class="tag">${t(`searchKind_${search.kind}`)}</span>
      <span class="count" data-new="${String(items.length)}">${t('newItems', { count })}</span>
      · <a href="${feedOf(search)}" type="application/atom+xml" rel="alternate">${t('atomFeed')}</a>
      <p class="meta code">${describe(search)}</p>
    </li>`);
  }
  const body = markup`<header class="page-head">
      <h1>${t('savedSearchesTitle')}</h1>
      <p class="lede">${t('savedSearchesIntro')}</p>
    </header>
    ${rows.length ? markup`<ul class="saved-searches">${rows}</ul>` : markup`<p class="empty">${t('noSavedSearches')}</p>`}`;
  return { title: t('savedSearchesTitle'), body, tables: [] };
}

// One saved search: what is new for it, each item with its words and the link to its span.
export async function searchPage(view: View, id: string): Promise<PageResult> {
  const { t } = view;
  const search = await findSavedSearch(view.kb, id);
  const { items } = await newItems(view.kb, search, 100);
  const body = markup`<header class="page-head">
      <p class="kicker"><a href="/searches">${t('savedSearchesTitle')}</a> · ${t(`searchKind_${search.kind}`)}</p>
      <h1>${search.name}</h1>
      <p class="meta code">${describe(search)}</p>
      <p><a href="${feedOf(search)}" type="application/atom+xml" rel="alternate">${t('atomFeed')}</a></p>
    </header>
    <section aria-labelledby="new-h">
      <h2 id="new-h">${t('newItems', { count: items.length })}</h2>
      ${items.length ? markup`<ol class="alert-items">${items.map((item) => itemHtml(item))}</ol>` : markup`<p class="empty">${t('noNewItems')}</p>`}
    </section>`;
  return { title: search.name, body, tables: [], feeds: [{ title: search.name, href: feedOf(search) }] };
}

function itemHtml(item: AlertItem): Html {
  const d = item.document;
  return markup`<li>
    <p><strong>${titleOf(item)}</strong></p>
    <blockquote lang="${item.statement.lang}">${item.statement.words}</blockquote>
    <p class="meta"><a href="${item.link}">${[d.title, d.outlet, d.published].filter(Boolean).join(' · ') || d.id}</a></p>
  </li>`;
}

function describe(s: SavedSearch): string {
  return Object.entries(s.params)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
}

// POST /searches: the form of a quotes, entity or declaration page. As /add: the form must come
// from this site (its Origin), and the token is the write secret.
export async function saveSearchSubmit(view: View, c: Context, token: string | null): Promise<PageResult> {
  const origin = c.req.header('Origin');
  if (!origin || origin === 'null' || hostOf(origin) !== view.url.host)
    throw new WebError(403, `Origin ${origin ?? 'missing'}: a search must be saved from this site's own page`);
  if (token === null) throw new WebError(403, view.t('writesDisabled'));
  const form = await c.req.parseBody();
  const field = (name: string): string | undefined =>
    typeof form[name] === 'string' && (form[name] as string).trim() ? (form[name] as string).trim() : undefined;
  const given = field('token');
  if (!given) throw new WebError(401, view.t('tokenMissing'));
  if (!isSameToken(given, token)) throw new WebError(403, view.t('tokenWrong'));
  const kind = field('kind');
  if (kind !== 'quotes' && kind !== 'entity' && kind !== 'declaration')
    throw new QueryError('bad_request', `kind=${kind ?? ''}: expected quotes, entity or declaration`);
  const quotes = {
    search: field('q'),
    speaker: field('speaker'),
    lang: field('language'),
    event: field('event'),
    from: field('from'),
    to: field('to'),
    exact: field('exact') === '1',
  };
  const request: SearchRequest = { name: field('name') ?? '', kind, entity: field('entity'), declaration: field('declaration'), quotes };
  const saved = await saveSearch(view.kb, request);
  return { redirect: `/searches/${saved.id}` };
}
