import type { Party } from '../data.js';
import { evidenceCells, evidenceRow, type EvidenceRow } from '../evidence-cells.js';
import type { Table } from '../export.js';
import { showsSamples } from '../samples.js';
import { markup, type Html } from '../markup.js';
import { entityLink, entityName, partyId } from '../names.js';
import { statusChip, statusLabel } from '../status.js';
import { formatNumber } from '../format.js';
import { articleStatus, moreArticles as countMore, type InstrumentKind } from '../../query/index.js';
import type { View } from '../view.js';
import { dataTable } from '../table.js';

// The parties of a declaration as one table: a party's status once, then each of its sources on
// its own line (reference URL, or article span with its words); the export has the same lines.
const columns = [
  'party',
  'party_name',
  'status',
  'signer_type',
  'as_of',
  'source_kind',
  'stance',
  'evidence_status',
  'basis',
  'source',
  'document',
  'url',
  'published',
  'start',
  'end',
  'rule',
  'words',
  'reason',
  'unconfirmed',
  'reviewed',
  'statement',
  'sample',
] as const;

// The declaration a parties table is of: where its "N more" links go, and its statuses' words.
type Declared = { key: string; kind: InstrumentKind };

// The party's rows: one per source, or one saying no source states its stance.
export function rowsOf(view: View, parties: Party[]): EvidenceRow[] {
  return parties.flatMap((party) => {
    // The samples' evidence (never a status) is shown marked, or left out at the reader's choice.
    const shown = party.evidence.filter((e) => e.sample !== true || showsSamples(view));
    return party.evidence.length === 0 ? [evidenceRow(party, null)] : shown.map((e) => evidenceRow(party, e));
  });
}

export function partiesExport(view: View, rows: EvidenceRow[], name = 'parties'): Table {
  const { kb, locale } = view;
  return {
    name,
    columns,
    rows: rows.map((r) => ({
      party: r.party.party,
      party_name: entityName(kb, partyId(r.party.party), locale),
      status: r.party.status,
      signer_type: r.party.signerType,
      as_of: r.party.asOf,
      source_kind: r.evidence?.kind ?? null,
      stance: r.evidence?.stance ?? null,
      evidence_status: r.evidence?.status ?? null,
      basis: r.evidence?.basis ?? null,
      source: r.evidence?.kind === 'reference' ? r.evidence.source : null,
      document: r.document,
      url: r.url,
      published: r.published,
      start: r.start,
      end: r.end,
      rule: r.rule,
      words: r.evidence?.words ?? null,
      reason: r.evidence?.reason ?? null,
      unconfirmed: r.evidence ? r.evidence.unconfirmed : null,
      reviewed: r.evidence ? r.evidence.isReviewed : null,
      statement: r.evidence?.statementId ?? null,
      sample: r.evidence ? r.evidence.sample === true : null,
    })),
  };
}

export function partiesTable(view: View, rows: EvidenceRow[], declaration: Declared): Html {
  const { kb, t, locale } = view;
  const spans = new Map<Party, number>();
  for (const row of rows) spans.set(row.party, (spans.get(row.party) ?? 0) + 1);
  const body = rows.map((row, i) => {
    const isFirst = i === 0 || rows[i - 1]?.party !== row.party;
    const p = row.party;
    const span = spans.get(p) ?? 1;
    const signer = t(p.signerType === 'state' ? 'signerState' : p.signerType === 'international_organization' ? 'signerOrganization' : 'signerOther');
    const head = isFirst
      ? markup`<th scope="row" rowspan="${span}" id="party-${p.party}">
            ${entityLink(kb, partyId(p.party), locale)}<span class="party-meta"><span class="code">${p.party.replace(/^\w+:/, '')}</span> · ${signer}</span>
          </th>
          <td rowspan="${span}" class="status-cell">${statusChip(t, p.status)}${moreArticles(view, p, declaration)}</td>`
      : '';
    return markup`<tr class="party-row status-row-${p.status}${isFirst ? ' first' : ''}" data-party="${p.party}" data-status="${p.status}">
      ${head}${evidenceCells(view, row)}
    </tr>`;
  });
  return dataTable('parties', [t('party'), t('status'), t('stance'), t('source'), t('asOf'), t('words')], body);
}

// "Showing 10 of 312 articles": evidence is a sample per stance; the counts cover every article,
// and "N more" opens the rest of a stance's, a page at a time. Copies of one wire story count
// once: the independent sources are said when copies exist, and a conflict from one story's
// copies says so.
function moreArticles(view: View, party: Party, declaration: Declared): Html {
  const { t, locale } = view;
  const shown = party.evidence.filter((e) => e.kind === 'article').length;
  const total = party.articles.signed + party.articles.not_signed;
  const stories = party.independent.signed + party.independent.not_signed;
  const links = (['signed', 'not_signed'] as const).flatMap((stance) => {
    const more = countMore(party, stance);
    const href = `/declarations/${encodeURIComponent(declaration.key)}/evidence?party=${encodeURIComponent(party.party)}&stance=${stance}`;
    const status = statusLabel(t, articleStatus(declaration.kind, stance));
    return more > 0
      ? [
          markup`<p class="note more-evidence"><a href="${href}" data-more="${stance}">${t('moreEvidence', { count: formatNumber(more, locale), status })}</a></p>`,
        ]
      : [];
  });
  return markup`${total > shown ? markup`<p class="note">${t('articlesSample', { shown, total })}</p>` : ''}${links}${
    stories < total ? markup`<p class="note" data-independent="${party.sources}">${t('independentSources', { count: party.sources })}</p>` : ''
  }${party.oneOriginal ? markup`<p class="note" data-one-original="${party.oneOriginal}">${t('oneOriginal')}</p>` : ''}`;
}
