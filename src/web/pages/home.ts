import { openConflicts, signatoriesOf, summitSeries, type Summit } from '../../query/index.js';
import { exportLinks, type Table } from '../export.js';
import { formatDate, formatNumber, formatRange } from '../format.js';
import { markup, type Html } from '../markup.js';
import { entityLink, entityName, partyId } from '../names.js';
import type { PageResult } from '../page.js';
import type { View } from '../view.js';
import type { DocumentSummary } from '../data.js';
import { documentColumns, documentRecord, newestFirst } from './documents.js';
import { dataTable } from '../table.js';
import { documentTitle } from '../../query/index.js';
import { sampleChip, samplesToggle, showsSamples } from '../samples.js';

const latest = 8;

type Edition = Summit & { declared: { id: string; signed: number; declined: number; reported: number[] }[] };

// The front page: the summit series as a timeline with its counts, the latest documents and
// the conflicts waiting for a reviewer.
export async function homePage(view: View): Promise<PageResult> {
  const { kb, t, locale } = view;
  const series: Edition[] = [];
  for (const summit of await summitSeries(kb)) {
    const declared = [];
    for (const d of summit.declarations) {
      const s = await signatoriesOf(kb, d.id, { evidence: 0 });
      const count = (status: string): number => s.parties.filter((p) => p.status === status).length;
      declared.push({ id: d.id, signed: count('signed'), declined: count('declined'), reported: s.counts.map((c) => c.value) });
    }
    series.push({ ...summit, declared });
  }
  const store = kb.store;
  // News articles and the samples we wrote are counted apart; the latest list marks samples.
  const total = store ? await store.countDocuments() : 0;
  const articles = store ? await store.countDocuments({ samples: false }) : 0;
  const samples = showsSamples(view);
  const shownTotal = samples ? total : articles;
  const documents = store ? await newestFirst(store, { samples }, shownTotal, 0, latest) : [];
  const conflicts = await openConflicts(kb);
  const tables: Table[] = [
    {
      name: 'summits',
      columns: ['event', 'name', 'start', 'end', 'city', 'country', 'documents', 'declarations', 'named_signed', 'reported_counts'],
      rows: series.map((s) => ({
        event: s.id,
        name: entityName(kb, s.id, locale),
        start: s.start,
        end: s.end,
        city: s.city,
        country: s.country,
        documents: s.documents,
        declarations: s.declarations.map((d) => d.id).join(' '),
        named_signed: s.declared.map((d) => d.signed).join(' '),
        reported_counts: s.declared.flatMap((d) => d.reported).join(' '),
      })),
    },
    {
      name: 'documents',
      columns: documentColumns,
      rows: documents.map(documentRecord),
      page: { offset: 0, limit: latest, total: shownTotal, hasMore: shownTotal > latest },
    },
    {
      name: 'conflicts',
      columns: ['declaration', 'party', 'sources', 'articles_signed', 'articles_not_signed'],
      rows: conflicts.map((c) => ({
        declaration: c.declaration,
        party: c.party,
        sources: c.sources,
        articles_signed: c.articles.signed,
        articles_not_signed: c.articles.not_signed,
      })),
    },
  ];
  const [summitsTable, documentsData, conflictsTable] = tables as [Table, Table, Table];
  const body = markup`<header class="page-head home-head">
      <h1>${t('homeTitle')}</h1>
      <p class="lede">${t('homeIntro')}</p>
      <p class="home-stats">
        ${t('homeCounts', {
          articles: formatNumber(articles, locale),
          samples: formatNumber(total - articles, locale),
          summits: series.filter((s) => s.edition).length,
        })}
      </p>
    </header>
    <section aria-labelledby="series-h" class="series">
      <h2 id="series-h">${t('seriesTitle')}</h2>
      ${exportLinks(view, summitsTable)}
      <ol class="timeline">
        ${series.map((s) => timelineItem(view, s))}
      </ol>
    </section>
    <div class="two-col home-cols">
      <section aria-labelledby="latest-h">
        <h2 id="latest-h">${t('latestDocuments')}</h2>
        ${total > articles ? samplesToggle(view) : ''} ${
          documents.length
            ? markup`${exportLinks(view, documentsData)}${latestList(view, documents)}
              <p><a href="/documents">${t('allDocuments', { count: formatNumber(shownTotal, locale) })} →</a></p>`
            : markup`<p class="empty">${t('noDocuments')} <a href="/add">${t('navAdd')}</a></p>`
        }
      </section>
      <section aria-labelledby="conflicts-h">
        <h2 id="conflicts-h">${t('openConflicts')}</h2>
        <p class="note">${t('conflictsHelp')}</p>
        ${conflicts.length ? markup`${exportLinks(view, conflictsTable)}${conflictList(view, conflicts)}` : markup`<p class="empty">${t('noConflicts')}</p>`}
      </section>
    </div>`;
  return { title: t('homeTitle'), body, tables };
}

function timelineItem(view: View, s: Edition): Html {
  const { kb, t, locale } = view;
  const isFuture = (s.start ?? '') > new Date().toISOString().slice(0, 10);
  const declared = s.declared.map(
    (d) =>
      markup`<li>
        <a href="/declarations/${d.id.replace(/^declaration:/, '')}">${entityName(kb, d.id, locale)}</a>
        <span class="counts"
          ><span class="count-signed">${t('namedSignedCount', { count: formatNumber(d.signed, locale) })}</span>${
            d.declined ? markup` · <span class="count-declined">${t('namedDeclinedCount', { count: formatNumber(d.declined, locale) })}</span>` : ''
          }${d.reported.length ? markup` · ${t('reportedRange', { range: range(d.reported) })}` : ''}</span
        >
      </li>`,
  );
  return markup`<li class="edition${isFuture ? ' is-future' : ''}${s.edition ? '' : ' is-side'}">
    <div class="edition-date"><time datetime="${s.start ?? ''}">${formatRange(s.start, s.end, locale)}</time></div>
    <div class="edition-body">
      <h3><a href="/events/${s.key}">${entityName(kb, s.id, locale)}</a></h3>
      <p class="meta">
        ${[s.city, s.country ? entityName(kb, partyId(s.country.replace(/^country:/, '')), locale) : null].filter(Boolean).join(', ')}${
          s.edition ? markup` · ${t('edition', { n: s.edition })}` : ''
        }
      </p>
      ${
        declared.length
          ? markup`<ul class="declared">
            ${declared}
          </ul>`
          : ''
      }
      <p class="edition-docs">
        ${
          s.documents
            ? markup`<a href="/documents?event=${s.key}">${t('documentsCount', { count: formatNumber(s.documents, locale) })}</a>`
            : markup`<span class="note">${t('documentsCount', { count: 0 })}</span>`
        }
      </p>
    </div>
  </li>`;
}

// The latest articles as a reading list: title in its own language, date, language, statements.
function latestList(view: View, documents: DocumentSummary[]): Html {
  const { t, locale } = view;
  const items = documents.map(
    (d) => markup`<li${d.sample ? markup` class="is-sample"` : ''}>
      ${d.sample ? markup`${sampleChip(t)} ` : ''}<a href="/documents/${d.id}" lang="${d.lang}">${documentTitle(d)}</a>
      <span class="meta"
        >${d.outlet ? markup`${d.outlet} · ` : ''}${d.published ? markup`${formatDate(d.published, locale)} · ` : ''}${d.lang} · ${t('statementsCount', {
          count: formatNumber(d.statements, locale),
        })}</span
      >
    </li>`,
  );
  return markup`<ol class="latest">${items}</ol>`;
}

function range(values: number[]): string {
  const [min, max] = [Math.min(...values), Math.max(...values)];
  return min === max ? String(min) : `${min}–${max}`;
}

function conflictList(view: View, conflicts: Awaited<ReturnType<typeof openConflicts>>): Html {
  const { kb, t, locale } = view;
  const rows = conflicts.map(
    (c) =>
      markup`<tr>
        <th scope="row">
          <a href="/declarations/${c.declaration.replace(/^declaration:/, '')}#party-${c.party}">${entityName(kb, partyId(c.party), locale)}</a>
        </th>
        <td>${entityLink(kb, c.declaration, locale)}</td>
        <td class="num">${formatNumber(c.articles.signed, locale)}</td>
        <td class="num">${formatNumber(c.articles.not_signed, locale)}</td>
      </tr>`,
  );
  return dataTable(null, [t('party'), t('declaration'), { label: t('articlesSaySigned'), num: true }, { label: t('articlesSayNotSigned'), num: true }], rows);
}
