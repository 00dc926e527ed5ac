import type { Context } from 'hono';
import { addSource, listSourceViews, pollSources, QueryError, type SourceView } from '../../query/index.js';
import { formatDate } from '../format.js';
import { markup, type Html } from '../markup.js';
import type { PageResult } from '../page.js';
import { WebError } from '../paging.js';
import { dataTable } from '../table.js';
import type { View } from '../view.js';
import { hostOf, isSameToken } from './add.js';

type Notice = { kind: 'ok' | 'error'; text: string } | null;
type Draft = { url: string; name: string; every: string };

// GET /sources: the followed sources with their health, a form to follow one more, "Poll now".
export async function sourcesPage(view: View, notice: Notice = null, draft: Draft = { url: '', name: '', every: '30m' }): Promise<PageResult> {
  const { t } = view;
  const sources = await listSourceViews(view.kb);
  const body = markup`<header class="page-head">
      <p class="kicker">${t('navSources')}</p>
      <h1>${t('sourcesTitle')}</h1>
      <p class="lede">${t('sourcesIntro')}</p>
    </header>
    ${notice ? markup`<p class="callout${notice.kind === 'error' ? ' callout-error' : ''}" role="${notice.kind === 'error' ? 'alert' : 'status'}" id="sources-notice">${notice.text}</p>` : ''}
    <form id="add-source" class="add-form" method="post" action="/sources">
      <div class="field field-wide"><label for="source-url">${t('sourceUrl')}</label><input id="source-url" name="url" type="url" required value="${draft.url}" placeholder="https://" /></div>
      <div class="field"><label for="source-name">${t('sourceName')}</label><input id="source-name" name="name" value="${draft.name}" /></div>
      <div class="field"><label for="source-every">${t('sourceEvery')}</label><input id="source-every" name="every" value="${draft.every}" placeholder="30m" /></div>
      ${tokenField(view, 'add-token')}
      <div class="field field-actions"><button type="submit">${t('followButton')}</button></div>
    </form>
    <form id="poll-form" class="add-form" method="post" action="/sources/poll">
      ${tokenField(view, 'poll-token')}
      <div class="field field-actions"><button type="submit" id="poll-now">${t('pollNow')}</button></div>
    </form>
    <section aria-labelledby="sources-h">
      <h2 id="sources-h">${t('sourcesTitle')} (${String(sources.length)})</h2>
      <p class="note">${t('sourcesHealthHelp')}</p>
      ${sources.length ? sourcesTable(view, sources) : markup`<p class="empty">${t('noSources')}</p>`}
    </section>`;
  return { title: t('sourcesTitle'), body, tables: [] };
}

// Never filled in from a request: the secret is not written back into a page.
function tokenField(view: View, id: string): Html {
  return markup`<div class="field"><label for="${id}">${view.t('token')}</label><input id="${id}" name="token" type="password" autocomplete="off" /></div>`;
}

function sourcesTable(view: View, sources: SourceView[]): Html {
  const { t, locale } = view;
  const rows = sources.map((s) => {
    const h = s.health;
    const flags = [s.paused ? t('flagPaused') : '', h.failing ? t('flagFailing') : '', h.silent ? t('flagSilent') : ''].filter(Boolean);
    return markup`<tr data-source="${String(s.id)}">
      <td><strong>${s.name ?? s.url}</strong><br /><span class="code">${s.url}</span></td>
      <td>${s.every}</td>
      <td>${h.lastFetchAt ? markup`${formatDate(h.lastFetchAt.slice(0, 10), locale)} ${h.lastFetchAt.slice(11, 16)} · ${h.lastResult ?? ''}` : t('neverFetched')}${h.lastError ? markup`<br /><span class="note">${h.lastError}</span>` : ''}</td>
      <td class="num">${String(h.itemsPerDay)}</td>
      <td class="num">${String(h.errorsInRow)}</td>
      <td class="source-flags">${flags.join(', ')}</td>
    </tr>`;
  });
  return dataTable('sources', [t('sourceColumn'), t('sourceEvery'), t('lastFetch'), { label: t('itemsPerDay'), num: true }, { label: t('errorsInRow'), num: true }, t('flagsColumn')], rows);
}

// POST /sources and /sources/poll: the same checks as /add (this site's own form, the token).
// "Poll now" polls every unpaused source, due or not: the one who presses it wants them now.
export async function sourcesSubmit(view: View, c: Context, token: string | null, action: 'add' | 'poll'): Promise<{ status: 200 | 400 | 401 | 403; page: PageResult }> {
  const { t } = view;
  const origin = c.req.header('Origin');
  if (!origin || origin === 'null' || hostOf(origin) !== view.url.host) throw new WebError(403, `Origin ${origin ?? 'missing'}: a form must be posted from this site's own page`);
  const form = await c.req.parseBody();
  const field = (name: string): string => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');
  const draft = { url: field('url'), name: field('name'), every: field('every') || '30m' };
  const given = field('token');
  const refuse = async (status: 400 | 401 | 403, text: string) => ({ status, page: await sourcesPage(view, { kind: 'error', text }, draft) });
  if (token === null) return refuse(403, t('writesDisabled'));
  if (!given) return refuse(401, t('tokenMissing'));
  if (!isSameToken(given, token)) return refuse(403, t('tokenWrong'));
  try {
    if (action === 'add') {
      const added = await addSource(view.kb, draft);
      return { status: 200, page: await sourcesPage(view, { kind: 'ok', text: t('sourceAdded', { url: added.url }) }) };
    }
    const polled = await pollSources(view.kb, { all: true });
    const items = polled.reduce((sum, p) => sum + p.newItems, 0);
    return { status: 200, page: await sourcesPage(view, { kind: 'ok', text: t('polledSummary', { count: polled.length, items }) }) };
  } catch (error) {
    if (error instanceof QueryError) return refuse(400, error.message);
    throw error;
  }
}
