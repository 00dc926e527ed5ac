import type { Lang } from '../../model/index.js';
import { isListedLanguage, languageCodes } from '../languages.js';
import { exportLinks, type Table } from '../export.js';
import { markup, type Html } from '../markup.js';
import { entityName } from '../names.js';
import type { PageResult } from '../page.js';
import { pager, readPaging, WebError } from '../paging.js';
import { quoteColumns, quoteRecord, quotesTable } from '../quote-rows.js';
import { searchQuotePage, type QuoteFilters } from '../quote-search.js';
import { samplesToggle, showsSamples } from '../samples.js';
import { saveSearchForm } from '../save-search.js';
import type { View } from '../view.js';

const partialDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function readQuoteFilters(view: View): QuoteFilters {
  const { url, kb } = view;
  const get = (name: string): string => url.searchParams.get(name)?.trim() ?? '';
  const lang = get('language');
  if (lang && !isListedLanguage(kb, lang)) throw new WebError(400, `language=${lang}: expected one of ${languageCodes(kb)}`);
  const event = get('event');
  if (event && kb.resolver.entity(`event:${event}`)?.kind !== 'event') throw new WebError(400, `event=${event}: no such event`);
  const date = (name: string): string | null => {
    const value = get(name);
    if (value && !partialDate.test(value)) throw new WebError(400, `${name}=${value}: expected a date like 2025, 2025-02 or 2025-02-10`);
    return value || null;
  };
  return {
    speaker: get('speaker'),
    q: get('q'),
    lang: (lang || null) as Lang | null,
    event: event || null,
    from: date('from'),
    to: date('to'),
    exact: get('exact') === '1',
  };
}

export async function quotesPage(view: View): Promise<PageResult> {
  const { kb, t } = view;
  // The samples' quotes (football coaches, invented analysts) only when the reader asks for them.
  const filters = { ...readQuoteFilters(view), samples: showsSamples(view, false) };
  const { offset, limit } = readPaging(view.url);
  const { rows, hasMore } = await searchQuotePage(kb, filters, offset, limit);
  const page = { offset, limit, total: null, hasMore };
  const table: Table = { name: 'quotes', columns: quoteColumns, rows: rows.map(quoteRecord), page };
  const body = markup`<header class="page-head">
      <p class="kicker">${t('navQuotes')}</p>
      <h1>${t('quotesTitle')}</h1>
      <p class="lede">${t('quotesIntro')}</p>
    </header>
    ${form(view, filters)} ${samplesToggle(view, false)}
    ${saveSearchForm(view, 'quotes', { q: filters.q, speaker: filters.speaker, language: filters.lang, event: filters.event, from: filters.from, to: filters.to, exact: filters.exact ? '1' : null })}
    <section aria-labelledby="results-h" class="results">
      <h2 id="results-h" class="visually-hidden">${t('results')}</h2>
      ${pager(view, page, rows.length)} ${exportLinks(view, table)}
      ${rows.length ? quotesTable(view, rows) : markup`<p class="empty">${kb.store ? t('noQuotes') : t('noDatabase')}</p>`}
      ${rows.length ? pager(view, page, rows.length) : ''}
    </section>`;
  return { title: t('quotesTitle'), body, tables: [table] };
}

function form(view: View, f: QuoteFilters): Html {
  const { kb, t, locale } = view;
  const events = [...kb.lexicon.entities.values()]
    .filter((e) => e.kind === 'event' && kb.lexicon.labels.get(e.id)?.edition)
    .sort((a, b) => (kb.lexicon.labels.get(a.id)?.edition ?? 0) - (kb.lexicon.labels.get(b.id)?.edition ?? 0));
  const langs: [string, string][] = [...kb.languages.map((l): [string, string] => [l.code, l.name]), ['und', t('otherLanguage')]];
  return markup`<form class="filters filters-grid" method="get" action="/quotes" role="search">
    <div class="field field-wide">
      <label for="q">${t('words')}</label><input id="q" name="q" type="search" value="${f.q}" placeholder="${t('wordsPlaceholder')}" />
    </div>
    <div class="field"><label for="speaker">${t('speaker')}</label><input id="speaker" name="speaker" type="search" value="${f.speaker}" /></div>
    <div class="field">
      <label for="language">${t('articleLanguage')}</label
      ><select id="language" name="language">
        <option value="">${t('anyLanguage')}</option>
        ${langs.map(([code, name]) => markup`<option value="${code}" ${f.lang === code ? markup` selected` : ''}>${name}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="event">${t('summit')}</label
      ><select id="event" name="event">
        <option value="">${t('anyEvent')}</option>
        ${events.map((e) => markup`<option value="${e.key}" ${f.event === e.key ? markup` selected` : ''}>${entityName(kb, e.id, locale)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="from">${t('from')}</label
      ><input id="from" name="from" value="${f.from ?? ''}" placeholder="2025-02" inputmode="numeric" aria-describedby="date-help" />
    </div>
    <div class="field">
      <label for="to">${t('to')}</label
      ><input id="to" name="to" value="${f.to ?? ''}" placeholder="2025-02-11" inputmode="numeric" aria-describedby="date-help" />
    </div>
    <p id="date-help" class="note field-wide">${t('dateHelp')}</p>
    <div class="field field-check">
      <input id="exact" name="exact" type="checkbox" value="1" ${f.exact ? markup` checked` : ''} /><label for="exact">${t('exactMatch')}</label>
    </div>
    <div class="field field-actions"><button type="submit">${t('search')}</button> <a href="/quotes">${t('reset')}</a></div>
  </form>`;
}
