import { eventView, signatoriesOf, type EventView } from '../../query/index.js';
import { parseArticleSource } from '../data.js';
import { exportLinks, type Table } from '../export.js';
import { formatNumber, formatRange } from '../format.js';
import { markup, outLink, type Html } from '../markup.js';
import { entityHref, entityLink, entityName, officialName, partyId } from '../names.js';
import type { PageResult } from '../page.js';
import { WebError } from '../paging.js';
import { quoteColumns, quoteRecord, quotesTable } from '../quote-rows.js';
import type { View } from '../view.js';
import { documentRecord, documentColumns, documentsTable } from './documents.js';
import { factColumns, factRecord, factsList } from './facts.js';
import { dataTable, definition } from '../table.js';

const shown = 50;

// One summit: when and where, who hosted and chaired it, the delegations, what it adopted and
// launched, what was said there, and the sources of each fact.
export async function eventPage(view: View, key: string): Promise<PageResult> {
  const { kb, t, locale } = view;
  const id = `event:${key}`;
  // Any of its names or its id in another form leads to its address: /events/Sommet de Séoul.
  const entity = kb.resolver.entity(id) ?? kb.resolver.resolve(key, 'event')[0];
  if (entity?.kind !== 'event') throw new WebError(404, `event ${key}: no event with this id or name (see the summit series on /)`);
  if (entity.id !== id) return { redirect: entityHref(entity.id) as string };
  const ev = await eventView(kb, id, shown);
  const s = ev.summit;
  const declarations = [];
  for (const d of s.declarations) {
    const found = await signatoriesOf(kb, d.id, { evidence: 0 });
    declarations.push({ ...d, signed: found.parties.filter((p) => p.status === 'signed').length, counts: found.counts });
  }
  const delegations = ev.delegations.map((d) => ({ ...d, span: parseArticleSource(d.source) }));
  const tables: Table[] = [
    {
      name: 'delegations',
      columns: ['party', 'head', 'source', 'document', 'start', 'end'],
      rows: delegations.map((d) => ({
        party: d.party,
        head: d.head,
        source: d.span ? null : d.source,
        document: d.span?.documentId ?? null,
        start: d.span?.start ?? null,
        end: d.span?.end ?? null,
      })),
    },
    { name: 'quotes', columns: quoteColumns, rows: ev.quotes.map(quoteRecord) },
    { name: 'documents', columns: documentColumns, rows: ev.documents.map(documentRecord) },
    { name: 'facts', columns: factColumns, rows: ev.reference.map(factRecord) },
    {
      name: 'declarations',
      columns: ['declaration', 'name', 'named_signed', 'reported_counts'],
      rows: declarations.map((d) => ({
        declaration: d.id,
        name: entityName(kb, d.id, locale),
        named_signed: d.signed,
        reported_counts: d.counts.map((c) => c.value).join(' '),
      })),
    },
    { name: 'initiatives', columns: ['initiative', 'name'], rows: s.initiatives.map((i) => ({ initiative: i.id, name: entityName(kb, i.id, locale) })) },
  ];
  const [delegationsTable, quotesData, documentsData, factsTable, declarationsTable, initiativesTable] = tables as [Table, Table, Table, Table, Table, Table];
  const title = entityName(kb, id, locale);
  const official = officialName(kb, id, locale);
  const body = markup`<article class="event">
    <header class="page-head">
      <p class="kicker">${t('summit')}${s.edition ? markup` · ${t('edition', { n: s.edition })}` : ''}</p>
      <h1>${title}</h1>
      ${official && official !== title ? markup`<p class="subtitle">${official}</p>` : ''}
      <p class="meta">
        ${formatRange(s.start, s.end, locale)}${s.city ? markup` · ${s.city}` : ''}${
          s.country ? markup`, ${entityLink(kb, partyId(s.country.replace(/^country:/, '')), locale)}` : ''
        }
      </p>
    </header>
    ${keyFacts(view, ev)}
    <div class="two-col">
      <section aria-labelledby="decl-h">
        <h2 id="decl-h">${t('declarationsTitle')}</h2>
        ${declarations.length ? exportLinks(view, declarationsTable) : ''} ${
          declarations.length
            ? markup`<ul class="plain-list">
              ${declarations.map(
                (d) =>
                  markup`<li>
                    <a href="/declarations/${d.id.replace(/^declaration:/, '')}">${entityName(kb, d.id, locale)}</a>
                    <span class="note"
                      >${t('namedSignedCount', { count: formatNumber(d.signed, locale) })}${
                        d.counts.length ? markup` · ${t('reportedRange', { range: range(d.counts.map((c) => c.value)) })}` : ''
                      }</span
                    >
                  </li>`,
              )}
            </ul>`
            : markup`<p class="empty">${t('noDeclarations')}</p>`
        }
      </section>
      <section aria-labelledby="init-h">
        <h2 id="init-h">${t('initiatives')}</h2>
        ${s.initiatives.length ? exportLinks(view, initiativesTable) : ''} ${
          s.initiatives.length
            ? markup`<ul class="plain-list">
              ${s.initiatives.map((i) => markup`<li>${entityLink(kb, i.id, locale)}</li>`)}
            </ul>`
            : markup`<p class="empty">${t('noInitiatives')}</p>`
        }
      </section>
    </div>
    <section aria-labelledby="deleg-h">
      <h2 id="deleg-h">${t('delegations')}</h2>
      ${
        delegations.length
          ? markup`${exportLinks(view, delegationsTable)}${delegationList(view, delegations)}`
          : markup`<p class="empty">${t('noDelegations')}</p>`
      }
    </section>
    <section aria-labelledby="quotes-h">
      <h2 id="quotes-h">${t('quotesTitle')}</h2>
      <p class="note">${t('latestOf', { count: shown })} <a href="/quotes?event=${key}">${t('allQuotesOfEvent')}</a></p>
      ${ev.quotes.length ? markup`${exportLinks(view, quotesData)}${quotesTable(view, ev.quotes)}` : markup`<p class="empty">${t('noQuotes')}</p>`}
    </section>
    <section aria-labelledby="docs-h">
      <h2 id="docs-h">${t('documentsTitle')}</h2>
      <p class="note">
        ${t('documentsAboutEvent', { count: formatNumber(s.documents, locale) })} <a href="/documents?event=${key}">${t('allDocumentsOfEvent')}</a>
      </p>
      ${ev.documents.length ? markup`${exportLinks(view, documentsData)}${documentsTable(view, ev.documents)}` : ''}
    </section>
    <section aria-labelledby="facts-h">
      <h2 id="facts-h">${t('referenceFacts')}</h2>
      ${exportLinks(view, factsTable)} ${factsList(view, id, ev.reference)}
    </section>
  </article>`;
  return { title, body, tables };
}

function range(values: number[]): string {
  const [min, max] = [Math.min(...values), Math.max(...values)];
  return min === max ? String(min) : `${min}–${max}`;
}

function keyFacts(view: View, ev: EventView): Html {
  const { kb, t, locale } = view;
  const s = ev.summit;
  const links = (ids: string[]): Html => markup`${ids.map((id, i) => markup`${i > 0 ? ', ' : ''}${entityLink(kb, id, locale)}`)}`;
  const refs = (property: string): string[] => ev.reference.filter((f) => f.subject === s.id && f.property === property).map((f) => String(f.value));
  const item = definition;
  const themes = refs('theme');
  return markup`<dl class="key-facts">
    ${item(t('dates'), formatRange(s.start, s.end, locale))} ${item(t('venue'), s.venue)}
    ${item(t('place'), [s.city, s.country ? entityName(kb, partyId(s.country.replace(/^country:/, '')), locale) : null].filter(Boolean).join(', '))}
    ${item(t('hosts'), s.hosts.length ? links(s.hosts) : null)} ${item(t('chairs'), s.chairs.length ? links(s.chairs) : null)}
    ${item(t('previousEvent'), refs('previous_event').length ? links(refs('previous_event')) : null)}
    ${item(t('nextEvent'), refs('next_event').length ? links(refs('next_event')) : null)} ${item(t('themes'), themes.length ? themes.join(' · ') : null)}
  </dl>`;
}

// A delegation head: a person id from the reference, or a name an article gave.
function personLink(view: View, head: string): Html {
  const { kb, locale } = view;
  const person = head.includes(':') ? kb.resolver.entity(head) : kb.resolver.resolve(head, 'person')[0];
  return person ? entityLink(kb, person.id, locale) : markup`${head}`;
}

function delegationList(view: View, delegations: (EventView['delegations'][number] & { span: ReturnType<typeof parseArticleSource> })[]): Html {
  const { kb, t, locale } = view;
  const rows = delegations.map(
    (d) =>
      markup`<tr>
        <th scope="row">${entityLink(kb, partyId(d.party), locale)}</th>
        <td>${personLink(view, d.head)}</td>
        <td class="source">
          ${
            d.span
              ? markup`<span class="tag">${t('articleSource')}</span>
                <a href="/documents/${d.span.documentId}">${d.span.documentId} [${d.span.start}, ${d.span.end})</a>`
              : markup`<span class="tag">${t('referenceSource')}</span> ${outLink(d.source)}`
          }
        </td>
      </tr>`,
  );
  return dataTable(null, [t('party'), t('head'), t('source')], rows);
}
