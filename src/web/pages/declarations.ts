import type { Kb } from '../../query/index.js';
import { eventOf, isSigned, signatoriesOf } from '../../query/index.js';
import { exportLinks, type Table } from '../export.js';
import { formatDate, formatNumber } from '../format.js';
import { markup } from '../markup.js';
import { entityLink, entityName } from '../names.js';
import type { PageResult } from '../page.js';
import type { View } from '../view.js';
import { dataTable } from '../table.js';

// The declarations of the summit series, in the order they were adopted, then the related
// instruments (treaty, UN resolution, other summits): each page shows its kind.
export function declarationKeys(kb: Kb): string[] {
  const adopted = (id: string): string => String(kb.reference.find((f) => f.subject === id && f.property === 'adopted')?.value ?? '9999');
  // The summit series first, by edition; then every other instrument by date of adoption.
  const rank = (id: string): number => {
    const label = kb.lexicon.labels.get(id);
    return label?.series === 'ai-summits' ? (label.edition ?? 99) : 100;
  };
  return [...kb.lexicon.entities.values()]
    .filter((e) => e.kind === 'declaration')
    .sort((a, b) => rank(a.id) - rank(b.id) || adopted(a.id).localeCompare(adopted(b.id)))
    .map((e) => e.key);
}

export async function declarationsPage(view: View): Promise<PageResult> {
  const { kb, t, locale } = view;
  const items = [];
  for (const key of declarationKeys(kb)) {
    const id = `declaration:${key}`;
    const entity = kb.resolver.entity(id);
    if (!entity) continue;
    const s = await signatoriesOf(kb, entity.id, { evidence: 0 });
    const count = (status: string): number => s.parties.filter((p) => p.status === status).length;
    const adopted = kb.reference.find((f) => f.subject === id && f.property === 'adopted')?.value;
    const latest = [...s.counts].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '')).at(-1) ?? null;
    items.push({
      key,
      id,
      kind: s.kind,
      event: eventOf(kb, entity),
      adopted: typeof adopted === 'string' ? adopted : null,
      signed: s.parties.filter((p) => isSigned(p.status)).length,
      declined: count('declined'),
      conflict: count('conflict'),
      latest,
    });
  }
  const table: Table = {
    name: 'declarations',
    columns: ['declaration', 'name', 'kind', 'event', 'adopted', 'signed', 'declined', 'conflict', 'latest_count', 'latest_count_as_of', 'latest_count_source'],
    rows: items.map((d) => ({
      declaration: d.id,
      name: entityName(kb, d.id, locale),
      kind: d.kind,
      event: d.event,
      adopted: d.adopted,
      signed: d.signed,
      declined: d.declined,
      conflict: d.conflict,
      latest_count: d.latest?.value ?? null,
      latest_count_as_of: d.latest?.asOf ?? null,
      latest_count_source: d.latest?.source ?? null,
    })),
  };
  const rows = items.map(
    (d) =>
      markup`<tr>
        <th scope="row"><a href="/declarations/${d.key}">${entityName(kb, d.id, locale)}</a></th>
        <td data-kind="${d.kind}">${t(`kind_${d.kind}`)}</td>
        <td>${d.event ? entityLink(kb, d.event, locale) : ''}</td>
        <td>${formatDate(d.adopted, locale)}</td>
        <td class="num">${formatNumber(d.signed, locale)}</td>
        <td class="num">${formatNumber(d.declined, locale)}</td>
        <td class="num">${d.conflict ? markup`<span class="chip status-conflict">${formatNumber(d.conflict, locale)}</span>` : '0'}</td>
        <td class="num">
          ${
            d.latest
              ? markup`${formatNumber(d.latest.value, locale)}${d.latest.asOf ? markup` <span class="note">(${formatDate(d.latest.asOf, locale)})</span>` : ''}`
              : '—'
          }
        </td>
      </tr>`,
  );
  const body = markup`<header class="page-head">
      <p class="kicker">${t('navDeclarations')}</p>
      <h1>${t('declarationsTitle')}</h1>
      <p class="lede">${t('declarationsIntro')}</p>
    </header>
    ${exportLinks(view, table)}
    ${dataTable(
      null,
      [
        t('declaration'),
        t('kind'),
        t('summit'),
        t('adopted'),
        { label: t('namedSigned'), num: true },
        { label: t('namedDeclined'), num: true },
        { label: t('statusConflict'), num: true },
        { label: t('latestCount'), num: true },
      ],
      rows,
    )}`;
  return { title: t('declarationsTitle'), body, tables: [table] };
}
