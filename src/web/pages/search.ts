import type { EntityKind } from '../../model/index.js';
import { searchAll, type EntityHit } from '../../query/index.js';
import { exportLinks, type Table } from '../export.js';
import type { Label } from '../i18n/index.js';
import { markup, type Html } from '../markup.js';
import { entityHref, entityName } from '../names.js';
import type { PageResult } from '../page.js';
import { quoteColumns, quoteRecord, quotesTable } from '../quote-rows.js';
import { browseLinks } from '../search-box.js';
import type { View } from '../view.js';
import { documentColumns, documentRecord, documentsTable } from './documents.js';

// The groups in the order a reader looks for them.
const groups: [EntityKind, Label][] = [
  ['country', 'groupCountries'],
  ['person', 'groupPeople'],
  ['organization', 'groupOrganizations'],
  ['event', 'groupEvents'],
  ['declaration', 'groupDeclarations'],
  ['initiative', 'groupInitiatives'],
  ['city', 'groupCities'],
];

// /search?q=: what the header's box finds, grouped by kind, each item linked to its page.
export async function searchPage(view: View): Promise<PageResult> {
  const { kb, t } = view;
  const q = view.url.searchParams.get('q')?.trim() ?? '';
  const found = await searchAll(kb, q);
  const tables: Table[] = [
    {
      name: 'entities',
      columns: ['id', 'kind', 'label', 'matched'],
      rows: found.entities.map((e) => ({ id: e.id, kind: e.kind, label: e.label, matched: e.matched })),
    },
    { name: 'documents', columns: documentColumns, rows: found.documents.map(documentRecord) },
    { name: 'quotes', columns: quoteColumns, rows: found.quotes.map(quoteRecord) },
  ];
  const total = found.entities.length + found.documents.length + found.quotes.length;
  const sections = groups.flatMap(([kind, label]) => {
    const hits = found.entities.filter((e) => e.kind === kind);
    return hits.length ? [hitSection(view, kind, label, hits)] : [];
  });
  const note = !q ? '' : q.length < 2 ? t('searchShort') : total === 0 ? t('searchNothing', { q }) : '';
  const body = markup`<header class="page-head">
      <p class="kicker">${t('searchTitle')}</p>
      <h1>${q ? t('searchResultsFor', { q }) : t('searchTitle')}</h1>
      <p class="lede">${t('searchIntro')}</p>
    </header>
    ${browseLinks(view)}
    ${note ? markup`<p class="empty" role="status">${note}</p>` : ''} ${sections}
    ${
      found.documents.length
        ? markup`<section aria-labelledby="g-documents"><h2 id="g-documents">${t('groupDocuments')}</h2>
          ${exportLinks(view, tables[1] as Table)}${documentsTable(view, found.documents)}</section>`
        : ''
    }
    ${
      found.quotes.length
        ? markup`<section aria-labelledby="g-quotes"><h2 id="g-quotes">${t('groupQuotes')}</h2>
          ${exportLinks(view, tables[2] as Table)}${quotesTable(view, found.quotes)}</section>`
        : ''
    }`;
  return { title: q ? t('searchResultsFor', { q }) : t('searchTitle'), body, tables };
}

function hitSection(view: View, kind: EntityKind, label: Label, hits: EntityHit[]): Html {
  const { kb, t, locale } = view;
  const items = hits.map((e) => {
    const name = e.fromArticles ? e.label : entityName(kb, e.id, locale);
    const href = entityHref(e.id);
    const matched = e.matched && e.matched !== name ? markup`<span class="note">${t('searchMatched', { name: e.matched })}</span>` : '';
    const origin = e.fromArticles ? markup`<span class="note">${t('knownFromArticles')}</span>` : '';
    return markup`<li data-entity="${e.id}">${href ? markup`<a href="${href}">${name}</a>` : name} ${matched}${origin}</li>`;
  });
  return markup`<section aria-labelledby="g-${kind}">
    <h2 id="g-${kind}">${t(label)}</h2>
    <ul class="hits">
      ${items}
    </ul>
  </section>`;
}
