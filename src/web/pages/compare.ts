import { nameKey } from '../../model/index.js';
import { isSigned, partyStatuses, signatoriesOf, statusIn as standing } from '../../query/index.js';
import type { Party, Signatories } from '../data.js';
import { evidenceText } from '../evidence-text.js';
import { exportFormat, exportLinks, type Table } from '../export.js';
import { formatNumber } from '../format.js';
import { markup, type Html } from '../markup.js';
import { entityLink, entityName, partyId } from '../names.js';
import type { PageResult } from '../page.js';
import { WebError } from '../paging.js';
import { statusLabel, statusSymbol, type Status } from '../status.js';
import { linkWith, type View } from '../view.js';
import { declarationKeys } from './declarations.js';

// A cell: the party's own entry on that declaration, else what its absence says (not listed
// as of the list's date when the list is complete, else no information).
type Cell = { party: Party | null; status: Status; asOf: string | null };
type Row = { party: string; name: string; cells: Map<string, Cell>; signed: number };

// Parties by declarations: who signed, who did not, who no source speaks of. Filters and sort
// are query parameters, so the matrix works, links and exports without JavaScript.
export async function comparePage(view: View): Promise<PageResult> {
  const { kb, t, locale, url } = view;
  const all = declarationKeys(kb);
  const chosen = readKeys(url, 'd', all);
  const columns = chosen.length > 0 ? chosen : all;
  const signedIn = readKeys(url, 'signed', all)[0] ?? null;
  // `declined` is a stated refusal only: never widened to "not listed" or "no information".
  // `notsigned=` (older links) means the same.
  const notSignedIn = readKeys(url, 'declined', all)[0] ?? readKeys(url, 'notsigned', all)[0] ?? null;
  // Any one status on one declaration, exactly: `?status_on=new-delhi-declaration&status=not_listed`.
  const statusFilter = readStatusFilter(url, all);
  const query = url.searchParams.get('q')?.trim() ?? '';
  const sort = url.searchParams.get('sort') || 'name';
  if (sort !== 'name' && sort !== 'signed' && !columns.includes(sort))
    throw new WebError(400, `sort=${sort}: expected name, signed or one of the shown declarations (${columns.join(', ')})`);
  const dir = url.searchParams.get('dir') === 'desc' ? -1 : 1;

  const byDeclaration = new Map<string, Signatories>();
  for (const key of new Set([...columns, ...[signedIn, notSignedIn, statusFilter?.key].filter((k): k is string => !!k)])) {
    const entity = kb.resolver.entity(`declaration:${key}`);
    // An export carries each cell's evidence (a sample of articles per side); the page needs none.
    if (entity) byDeclaration.set(key, await signatoriesOf(kb, entity.id, { evidence: exportFormat(url) ? 3 : 0 }));
  }
  const parties = new Set(columns.flatMap((key) => (byDeclaration.get(key)?.parties ?? []).map((p) => p.party)));
  const cellOf = (key: string, party: string): Cell => {
    const found = byDeclaration.get(key);
    if (!found) return { party: null, status: 'unknown', asOf: null };
    return { party: found.parties.find((p) => p.party === party) ?? null, ...standing(found, party) };
  };
  const statusIn = (key: string, party: string): Status => cellOf(key, party).status;
  const collator = new Intl.Collator(locale);
  const rows: Row[] = [...parties]
    .map((party) => {
      const cells = new Map(columns.map((key) => [key, cellOf(key, party)]));
      return { party, name: entityName(kb, partyId(party), locale), cells, signed: [...cells.values()].filter((c) => isSigned(c.status)).length };
    })
    .filter((r) => !query || nameKey(r.name).includes(nameKey(query)) || nameKey(r.party).includes(nameKey(query)))
    .filter((r) => !signedIn || isSigned(statusIn(signedIn, r.party)))
    .filter((r) => !notSignedIn || statusIn(notSignedIn, r.party) === 'declined')
    .filter((r) => !statusFilter || statusIn(statusFilter.key, r.party) === statusFilter.status)
    .sort((a, b) => {
      const byName = collator.compare(a.name, b.name);
      if (sort === 'name') return dir * byName;
      if (sort === 'signed') return dir * (a.signed - b.signed) || byName;
      return dir * (statusRank(statusIn(sort, a.party)) - statusRank(statusIn(sort, b.party))) || byName;
    });

  const table: Table = {
    name: 'matrix',
    columns: ['party', 'party_name', 'signed_count', ...columns.flatMap((key) => [key, `${key}_as_of`, `${key}_sources`, `${key}_reference_urls`, `${key}_evidence`])],
    rows: rows.map((r) => ({
      party: r.party,
      party_name: r.name,
      signed_count: r.signed,
      ...Object.fromEntries(
        columns.flatMap((key) => {
          const cell = r.cells.get(key);
          const p = cell?.party;
          return [
            [key, cell?.status ?? 'unknown'],
            [`${key}_as_of`, cell?.asOf ?? null],
            [`${key}_sources`, p?.sources ?? 0],
            [
              `${key}_reference_urls`,
              p
                ? p.evidence
                    .filter((e) => e.kind === 'reference')
                    .map((e) => e.source)
                    .join(' ')
                : '',
            ],
            [`${key}_evidence`, p ? evidenceText(p.evidence, url) : ''],
          ];
        }),
      ),
    })),
  };
  const body = markup`<header class="page-head">
      <p class="kicker">${t('navCompare')}</p>
      <h1>${t('compareTitle')}</h1>
      <p class="lede">${t('compareIntro')}</p>
    </header>
    ${filters(view, all, columns, signedIn, notSignedIn, query)} ${statusForm(view, all, statusFilter)} ${exportLinks(view, table)} ${matrix(view, columns, rows, sort, dir)}
    <ul class="legend legend-inline" aria-label="${t('legend')}">
      ${legendStatuses(rows).map(
        (s) => markup`<li><span class="cell-mark status-${s}" aria-hidden="true">${statusSymbol(s)}</span> ${statusLabel(t, s)}</li>`,
      )}
    </ul>`;
  return { title: t('compareTitle'), body, tables: [table] };
}

// The statuses the matrix shows, in the one order of src/kb: the legend names each of them.
function legendStatuses(rows: Row[]): Status[] {
  const shown = new Set(rows.flatMap((r) => [...r.cells.values()].map((c) => c.status)));
  return partyStatuses.filter((s) => shown.has(s) || s === 'unknown');
}

function statusRank(status: Status): number {
  return partyStatuses.indexOf(status);
}

function readStatusFilter(url: URL, known: string[]): { key: string; status: Status } | null {
  const key = readKeys(url, 'status_on', known)[0];
  const raw = url.searchParams.get('status') ?? '';
  if (!key || raw === '') return null;
  if (!(partyStatuses as readonly string[]).includes(raw)) throw new WebError(400, `status=${raw}: expected one of ${partyStatuses.join(', ')}`);
  return { key, status: raw as Status };
}

// "Status on [declaration] is [status]": one exact status, so no filter widens another.
function statusForm(view: View, all: string[], current: { key: string; status: Status } | null): Html {
  const { kb, t, locale } = view;
  const declarations = all.map(
    (key) => markup`<option value="${key}" ${key === current?.key ? markup` selected` : ''}>${entityName(kb, `declaration:${key}`, locale)}</option>`,
  );
  const statuses = partyStatuses.map((s) => markup`<option value="${s}" ${s === current?.status ? markup` selected` : ''}>${statusLabel(t, s)}</option>`);
  return markup`<form class="filters filters-grid" method="get" action="/compare" aria-label="${t('statusIn')}">
    <div class="field"><label for="status-on">${t('statusIn')}</label><select id="status-on" name="status_on"><option value="">—</option>${declarations}</select></div>
    <div class="field"><label for="status-is">${t('status')}</label><select id="status-is" name="status"><option value="">—</option>${statuses}</select></div>
    <div class="field field-actions"><button type="submit">${t('apply')}</button></div>
  </form>`;
}

function readKeys(url: URL, name: string, known: string[]): string[] {
  const values = url.searchParams.getAll(name).filter((v) => v !== '');
  for (const value of values)
    if (!known.includes(value)) throw new WebError(400, `${name}=${value}: no such declaration (expected one of ${known.join(', ')})`);
  return values;
}

function filters(view: View, all: string[], columns: string[], signedIn: string | null, notSignedIn: string | null, query: string): Html {
  const { kb, t, locale } = view;
  const name = (key: string): string => entityName(kb, `declaration:${key}`, locale);
  const checks = all.map(
    (key) =>
      markup`<li>
        <label
          ><input type="checkbox" name="d" value="${key}" ${columns.includes(key) && columns.length < all.length ? markup` checked` : ''} /> ${name(key)}</label
        >
      </li>`,
  );
  const select = (id: string, label: string, current: string | null): Html =>
    markup`<div class="field">
      <label for="${id}">${label}</label
      ><select id="${id}" name="${id}">
        <option value="">—</option>
        ${all.map((key) => markup`<option value="${key}" ${key === current ? markup` selected` : ''}>${name(key)}</option>`)}
      </select>
    </div>`;
  const sort = view.url.searchParams.get('sort');
  return markup`<form class="filters filters-grid" method="get" action="/compare">
    <fieldset class="field-wide">
      <legend>${t('declarationsShown')}</legend>
      <ul class="checks">
        ${checks}
      </ul>
    </fieldset>
    <div class="field"><label for="q">${t('partyName')}</label><input id="q" name="q" type="search" value="${query}" /></div>
    ${select('signed', t('signedFilter'), signedIn)} ${select('declined', t('notSignedFilter'), notSignedIn)}
    ${sort ? markup`<input type="hidden" name="sort" value="${sort}" />` : ''}
    <div class="field field-actions"><button type="submit">${t('apply')}</button> <a href="/compare">${t('reset')}</a></div>
  </form>`;
}

function matrix(view: View, columns: string[], rows: Row[], sort: string, dir: number): Html {
  const { kb, t, locale, url } = view;
  const header = (key: string, label: Html | string): Html => {
    const isSorted = sort === key;
    const next = isSorted && dir === 1 ? 'desc' : null;
    const aria = isSorted ? (dir === 1 ? 'ascending' : 'descending') : null;
    const data = key === 'name' || key === 'signed' ? '' : markup` data-declaration="${key}"`;
    return markup`<th scope="col" ${data}${aria ? markup` aria-sort="${aria}"` : ''}>
      <a href="${linkWith(url, { sort: key, dir: next })}">${label}${isSorted ? (dir === 1 ? ' ↑' : ' ↓') : ''}</a>
    </th>`;
  };
  const signedTotals = columns.map((key) => rows.filter((r) => isSigned(r.cells.get(key)?.status ?? 'unknown')).length);
  const head = markup`<tr>
    ${header('name', t('party'))}${header('signed', t('signedCount'))}${columns.map((key, i) =>
      header(
        key,
        markup`<span class="decl-name">${entityName(kb, `declaration:${key}`, locale)}</span
          ><span class="decl-count">${formatNumber(signedTotals[i] ?? 0, locale)} ${t('statusSigned').toLowerCase()}</span>`,
      ),
    )}
  </tr>`;
  const body = rows.map((r) => {
    const cells = columns.map((key) => {
      const cell = r.cells.get(key);
      const status: Status = cell?.status ?? 'unknown';
      const label = cell?.asOf && !cell.party ? `${statusLabel(t, status)} (${cell.asOf})` : statusLabel(t, status);
      const mark = markup`<span class="cell-mark status-${status}" aria-hidden="true">${statusSymbol(status)}</span><span class="visually-hidden">${label}</span>`;
      return markup`<td class="cell" data-status="${status}" title="${label}">
        ${cell?.party ? markup`<a href="/declarations/${key}#party-${r.party}">${mark}</a>` : mark}
      </td>`;
    });
    return markup`<tr data-party="${r.party}">
      <th scope="row">${entityLink(kb, partyId(r.party), locale)}</th>
      <td class="num">${r.signed}</td>
      ${cells}
    </tr>`;
  });
  return markup`<div class="table-wrap">
    <table class="matrix">
      <caption>
        ${t('matrixCaption', { parties: rows.length, declarations: columns.length })}
      </caption>
      <thead>
        ${head}
      </thead>
      <tbody>
        ${body}
      </tbody>
    </table>
  </div>`;
}
