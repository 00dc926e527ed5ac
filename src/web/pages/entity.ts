import type { Entity, Statement } from '../../model/index.js';
import { signatoriesOf } from '../../query/index.js';
import { documentMeta, type QuoteRow } from '../data.js';
import { exportLinks, type Table } from '../export.js';
import { formatDate, kindLabel } from '../format.js';
import { markup, type Html } from '../markup.js';
import type { Label } from '../i18n/index.js';
import { entityName, officialName } from '../names.js';
import type { PageResult } from '../page.js';
import { pager, readPaging } from '../paging.js';
import { quoteColumns, quoteRecord, quotesTable } from '../quote-rows.js';
import { statusChip, type Status } from '../status.js';
import { saveSearchForm } from '../save-search.js';
import type { View } from '../view.js';
import { declarationKeys } from './declarations.js';
import { findEntity } from './entity-find.js';
import { statementColumns, statementRecord, subjectLink, valueWords } from './document.js';
import { factColumns, factRecord, factsList } from './facts.js';
import { dataTable } from '../table.js';

const kindLabels: Record<Entity['kind'], Label> = {
  country: 'kindCountry',
  person: 'kindPerson',
  organization: 'kindOrganization',
  event: 'kindEvent',
  declaration: 'kindDeclaration',
  initiative: 'kindInitiative',
  city: 'kindCity',
};

// What Accord knows of one country, person, organisation, initiative or city: its names in
// every language, every reference fact with its sources, what stored articles state of it
// (each statement linked to its span), a person's quotes, a country's stance on each declaration.
export async function entityPage(view: View, kind: Entity['kind'], key: string): Promise<PageResult> {
  const { kb, t, locale } = view;
  const found = await findEntity(view, kind, key);
  if ('redirect' in found) return found;
  const { entity, entityView } = found;
  const id = entity.id;
  const facts = kb.reference.filter((f) => f.subject === id || f.value === id || f.party === id);
  const all = entityView?.statements ?? [];
  const isQuoted = (s: Statement): boolean => s.kind === 'quote' || s.kind === 'quote_fragment';
  const quotes = all.filter(isQuoted);
  const others = all.filter((s) => !isQuoted(s));
  const { offset, limit } = readPaging(view.url);
  const shown = others.slice(offset, offset + limit);
  const meta = documentMeta(kb);
  const metas = new Map(await Promise.all([...new Set([...shown, ...quotes].map((s) => s.documentId))].map(async (d) => [d, await meta(d)] as const)));
  const page = { offset, limit, total: others.length, hasMore: offset + limit < others.length };
  const quoteRows: QuoteRow[] = quotes.map((s) => ({
    ...s,
    published: metas.get(s.documentId)?.published ?? null,
    url: metas.get(s.documentId)?.url ?? null,
    origin: '',
    title: metas.get(s.documentId)?.title ?? null,
    outlet: metas.get(s.documentId)?.outlet ?? null,
    sample: metas.get(s.documentId)?.sample === true,
  }));
  const tables: Table[] = [
    { name: 'facts', columns: factColumns, rows: facts.map(factRecord) },
    {
      name: 'statements',
      columns: statementColumns,
      rows: shown.map((s) => statementRecord(s, metas.get(s.documentId) ?? { url: null, published: null })),
      page,
    },
  ];
  if (kind === 'person') tables.push({ name: 'quotes', columns: quoteColumns, rows: quoteRows.map(quoteRecord) });
  const stances = kind === 'country' ? await declarationStances(view, entity) : null;
  if (stances)
    tables.push({
      name: 'declarations',
      columns: ['declaration', 'name', 'status', 'sources'],
      rows: stances.map((s) => ({ declaration: `declaration:${s.key}`, name: s.name, status: s.status, sources: s.sources })),
    });
  const [factsTable, statementsTable, quotesData, stancesTable] = [
    tables[0],
    tables[1],
    tables.find((x) => x.name === 'quotes'),
    tables.find((x) => x.name === 'declarations'),
  ];
  const title = entityView?.fromArticles ? entity.label : entityName(kb, id, locale);
  const official = officialName(kb, id, locale);
  const body = markup`<article class="entity">
    <header class="page-head">
      <p class="kicker">${t(kindLabels[kind])}${kind === 'country' ? markup` <span class="code">${key}</span>` : ''}</p>
      <h1>${title}</h1>
      ${official ? markup`<p class="subtitle">${official}</p>` : ''} ${names(view, entity)}
    </header>
    ${kb.store ? saveSearchForm(view, 'entity', { entity: entity.id }) : ''}
    ${
      stances && stancesTable
        ? markup`<section aria-labelledby="stances-h">
          <h2 id="stances-h">${t('declarationsTitle')}</h2>
          ${exportLinks(view, stancesTable)}${stancesList(view, stances)}
        </section>`
        : ''
    }
    ${
      quotesData
        ? markup`<section aria-labelledby="quotes-h">
          <h2 id="quotes-h">${t('quotesBy', { name: title })}</h2>
          ${quoteRows.length ? markup`${exportLinks(view, quotesData)}${quotesTable(view, quoteRows)}` : markup`<p class="empty">${t('noQuotesBy')}</p>`}
        </section>`
        : ''
    }
    <section aria-labelledby="facts-h">
      <h2 id="facts-h">${t('referenceFacts')}</h2>
      ${
        facts.length
          ? markup`${factsTable ? exportLinks(view, factsTable) : ''}${factsList(view, id, facts)}`
          : markup`<p class="empty">${t('noReferenceFacts')}</p>`
      }
    </section>
    <section aria-labelledby="statements-h">
      <h2 id="statements-h">${t('statementsAbout')}</h2>
      ${
        others.length
          ? markup`${pager(view, page, shown.length)}${statementsTable ? exportLinks(view, statementsTable) : ''}${statementList(view, shown, metas)}`
          : markup`<p class="empty">${t('noStatements')}</p>`
      }
    </section>
  </article>`;
  return { title, body, tables };
}

function names(view: View, entity: Entity): Html {
  const { t } = view;
  const langs = view.kb.languages.map((l) => l.code).filter((l) => (entity.names[l]?.length ?? 0) > 0);
  return markup`<dl class="names">
      ${langs.map(
        (l) =>
          markup`<div>
            <dt>${l}</dt>
            <dd lang="${l}">${entity.names[l]?.join(' · ')}</dd>
          </div>`,
      )}
    </dl>
    <p class="note">${t('namesHelp')}</p>`;
}

type Stance = { key: string; name: string; status: Status; sources: number };

async function declarationStances(view: View, entity: Entity): Promise<Stance[]> {
  const { kb, locale } = view;
  const stances: Stance[] = [];
  for (const key of declarationKeys(kb)) {
    const declaration = kb.resolver.entity(`declaration:${key}`);
    if (!declaration) continue;
    const party = (await signatoriesOf(kb, declaration.id, { evidence: 0 })).parties.find((p) => p.party === entity.key);
    stances.push({ key, name: entityName(kb, declaration.id, locale), status: party?.status ?? 'unknown', sources: party?.sources ?? 0 });
  }
  return stances;
}

function stancesList(view: View, stances: Stance[]): Html {
  const { t } = view;
  const code = view.url.pathname.split('/').at(-1) ?? '';
  const rows = stances.map(
    (s) =>
      markup`<tr>
        <th scope="row"><a href="/declarations/${s.key}${s.status === 'unknown' ? '' : `#party-${decodeURIComponent(code)}`}">${s.name}</a></th>
        <td>${statusChip(t, s.status)}</td>
        <td class="num">${s.sources}</td>
      </tr>`,
  );
  return dataTable(null, [t('declaration'), t('status'), { label: t('sources'), num: true }], rows);
}

function statementList(view: View, statements: Statement[], metas: Map<string, { published: string | null; title: string | null; lang: string | null }>): Html {
  const { t, locale } = view;
  const rows = statements.map((s) => {
    const m = metas.get(s.documentId);
    return markup`<tr>
      <td><span class="kind k-${s.kind}" data-kind="${s.kind}">${kindLabel(t, s.kind)}</span></td>
      <td>${subjectLink(view, s.subject)}</td>
      <td class="value">${valueWords(view, s.value)}</td>
      <td class="words" lang="${s.lang}">${s.words}</td>
      <td class="source">
        <a href="/documents/${s.documentId}#s-${s.id}" ${m?.lang ? markup` lang="${m.lang}"` : ''}>${m?.title ?? s.documentId}</a>
        <span class="span">[${s.start}, ${s.end})</span>${m?.published ? markup`<br /><span class="note">${formatDate(m.published, locale)}</span>` : ''}
      </td>
    </tr>`;
  });
  return dataTable('statements', [t('kind'), t('subject'), t('value'), t('words'), t('source')], rows);
}
