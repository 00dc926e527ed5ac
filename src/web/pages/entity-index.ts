import type { Entity } from '../../model/index.js';
import { exportLinks, type Cell, type Table } from '../export.js';
import { formatNumber } from '../format.js';
import type { Label } from '../i18n/index.js';
import { markup, type Html } from '../markup.js';
import { entityHref, entityName } from '../names.js';
import type { PageResult } from '../page.js';
import { browseLinks } from '../search-box.js';
import type { View } from '../view.js';

// One entry of an index: its id, the name shown, what it is besides (an ISO code, a kind of
// organisation, "named in articles").
export type IndexEntry = { id: string; name: string; detail: string | null; lang?: string };

// A browsable index (/countries, /people, /organizations): every entry by its name in the
// reader's language, A to Z, each linked to its page; exported as CSV and JSON like any list.
export function indexPage(view: View, title: Label, intro: Label, entries: IndexEntry[], extra: Html | string = ''): PageResult {
  const { t, locale } = view;
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name, locale));
  const table: Table = {
    name: 'entities',
    columns: ['id', 'name', 'detail'],
    rows: sorted.map((e): Record<string, Cell> => ({ id: e.id, name: e.name, detail: e.detail })),
  };
  const items = sorted.map((e) => {
    const href = entityHref(e.id);
    const name = e.lang ? markup`<span lang="${e.lang}">${e.name}</span>` : e.name;
    return markup`<li data-entity="${e.id}">${href ? markup`<a href="${href}">${name}</a>` : name}${e.detail ? markup`<span class="note">${e.detail}</span>` : ''}</li>`;
  });
  const body = markup`<header class="page-head">
      <p class="kicker">${t('browse')}</p>
      <h1>${t(title)}</h1>
      <p class="lede">${t(intro)}</p>
    </header>
    ${browseLinks(view)}
    <p class="note">${t('entityCount', { count: formatNumber(sorted.length, locale) })}</p>
    ${exportLinks(view, table)}
    <ul class="index-list">
      ${items}
    </ul>
    ${extra}`;
  return { title: t(title), body, tables: [table] };
}

// The gazetteer entities of one kind, by their names in the reader's language.
export function gazetteerEntries(view: View, kind: Entity['kind'], detail: (e: Entity) => string | null): IndexEntry[] {
  return [...view.kb.lexicon.entities.values()]
    .filter((e) => e.kind === kind)
    .map((e) => ({ id: e.id, name: entityName(view.kb, e.id, view.locale), detail: detail(e) }));
}
