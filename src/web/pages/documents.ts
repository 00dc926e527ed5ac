import type { Lang } from '../../model/index.js';
import { isListedLanguage, languageCodes } from '../languages.js';
import { exportLinks, type Table } from '../export.js';
import { formatDate, formatNumber } from '../format.js';
import { markup, outLink, type Html } from '../markup.js';
import { entityName } from '../names.js';
import type { PageResult } from '../page.js';
import { pager, readPaging, WebError } from '../paging.js';
import { originLabel, type DocumentSummary } from '../data.js';
import type { View } from '../view.js';
import { dataTable } from '../table.js';
import { documentTitle } from '../../query/index.js';
import { sampleChip, samplesToggle, showsSamples } from '../samples.js';

export const documentColumns = [
  'document',
  'title',
  'outlet',
  'lang',
  'published',
  'url',
  'origin',
  'sentences',
  'figures',
  'statements',
  'stored',
  'sample',
] as const;

export function documentRecord(d: DocumentSummary): Record<string, string | number | boolean | null> {
  return {
    document: d.id,
    title: documentTitle(d),
    outlet: d.outlet,
    lang: d.lang,
    published: d.published,
    url: d.url,
    origin: originLabel(d.origin),
    sentences: d.sentences,
    figures: d.figures,
    statements: d.statements,
    stored: d.createdAt,
    sample: d.sample,
  };
}

// Stored documents, newest publication first (undated last), by language and by the event they
// report on; the samples we wrote marked, or left out (`?samples=exclude`).
export async function documentsPage(view: View): Promise<PageResult> {
  const { kb, t, url } = view;
  const language = url.searchParams.get('language') || null;
  if (language && !isListedLanguage(kb, language)) throw new WebError(400, `language=${language}: expected one of ${languageCodes(kb)}`);
  const event = url.searchParams.get('event') || null;
  if (event && kb.resolver.entity(`event:${event}`)?.kind !== 'event') throw new WebError(400, `event=${event}: no such event`);
  const { offset, limit } = readPaging(url);
  const query = { lang: (language ?? undefined) as Lang | undefined, event: event ?? undefined, samples: showsSamples(view) };
  const total = kb.store ? await kb.store.countDocuments(query) : 0;
  const rows = kb.store ? await newestFirst(kb.store, query, total, offset, limit) : [];
  const page = { offset, limit, total, hasMore: offset + rows.length < total };
  const table: Table = { name: 'documents', columns: documentColumns, rows: rows.map(documentRecord), page };
  const body = markup`<header class="page-head">
      <p class="kicker">${t('navDocuments')}</p>
      <h1>${t('documentsTitle')}</h1>
      <p class="lede">${t('documentsIntro')}</p>
    </header>
    ${filterForm(view, language, event)} ${samplesToggle(view)} ${pager(view, page, rows.length)} ${exportLinks(view, table)}
    ${rows.length ? documentsTable(view, rows) : markup`<p class="empty">${kb.store ? t('noDocuments') : t('noDatabase')}</p>`}`;
  return { title: t('documentsTitle'), body, tables: [table] };
}

type Store = NonNullable<View['kb']['store']>;

// Newest publication first, undated last, a page of them.
export async function newestFirst(
  store: Store,
  query: { lang?: Lang; event?: string; samples?: boolean },
  _total: number,
  offset: number,
  limit: number,
): Promise<DocumentSummary[]> {
  return store.listDocuments({ ...query, offset, limit, order: 'published' });
}

function filterForm(view: View, language: string | null, event: string | null): Html {
  const { kb, t, locale } = view;
  const events = [...kb.lexicon.entities.values()].filter((e) => e.kind === 'event' && kb.lexicon.labels.get(e.id)?.edition);
  const langs: [string, string][] = [...kb.languages.map((l): [string, string] => [l.code, l.name]), ['und', t('otherLanguage')]];
  return markup`<form class="filters" method="get" action="/documents">
    <label for="language">${t('articleLanguage')}</label>
    <select id="language" name="language">
      <option value="">${t('anyLanguage')}</option>
      ${langs.map(([code, name]) => markup`<option value="${code}" ${code === language ? markup` selected` : ''}>${name}</option>`)}
    </select>
    <label for="event">${t('summit')}</label>
    <select id="event" name="event">
      <option value="">${t('anyEvent')}</option>
      ${events.map((e) => markup`<option value="${e.key}" ${e.key === event ? markup` selected` : ''}>${entityName(kb, e.id, locale)}</option>`)}
    </select>
    <button type="submit">${t('apply')}</button>
  </form>`;
}

export function documentsTable(view: View, rows: DocumentSummary[]): Html {
  const { t, locale } = view;
  const body = rows.map(
    (d) =>
      markup`<tr${d.sample ? markup` class="is-sample"` : ''}>
        <th scope="row">
          ${d.sample ? markup`${sampleChip(t)} ` : ''}<a href="/documents/${d.id}" lang="${d.lang}">${documentTitle(d)}</a><br />${
            d.outlet ? markup`<span class="outlet">${d.outlet}</span> · ` : ''
          }<span class="code">${d.id}</span>
        </th>
        <td>${d.lang}</td>
        <td>${d.published ? formatDate(d.published, locale) : markup`<span class="note">—</span>`}</td>
        <td class="num">${formatNumber(d.statements, locale)}</td>
        <td class="source">${d.url ? outLink(d.url) : markup`<span class="note">${originLabel(d.origin)}</span>`}</td>
      </tr>`,
  );
  return dataTable('documents', [t('document'), t('language'), t('published'), { label: t('statements'), num: true }, t('source')], body);
}
