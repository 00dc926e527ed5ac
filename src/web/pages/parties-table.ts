import { documentMeta, originLabel, parseArticleSource, provenanceLookup, type DocumentMeta, type Evidence, type Party } from '../data.js';
import type { Table } from '../export.js';
import { citation, formatDate } from '../format.js';
import { showsSamples } from '../samples.js';
import { markup, outLink, shortUrl, type Html } from '../markup.js';
import { entityLink, entityName, partyId } from '../names.js';
import { statusChip, statusLabel } from '../status.js';
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

// One line of the parties table: a party with one of its sources (or none: attended only).
type Row = {
  party: Party;
  evidence: Evidence | null;
  document: string | null;
  url: string | null;
  published: string | null;
  start: number | null;
  end: number | null;
  rule: string | null;
  lang: string | null;
  // the article as a reader cites it (outlet, title), for article evidence
  cite?: DocumentMeta | null;
};

export async function rowsOf(view: View, parties: Party[]): Promise<Row[]> {
  const lookup = provenanceLookup(view.kb);
  const cite = documentMeta(view.kb);
  const rows: Row[] = [];
  for (const party of parties) {
    if (party.evidence.length === 0)
      rows.push({ party, evidence: null, document: null, url: null, published: null, start: null, end: null, rule: null, lang: null });
    // The samples' evidence (never a status) is shown marked, or left out at the reader's choice.
    for (const evidence of party.evidence.filter((e) => e.sample !== true || showsSamples(view))) {
      const span = evidence.kind === 'article' ? parseArticleSource(evidence.source) : null;
      // Article evidence carries its provenance; the lookup is for evidence made without it.
      const carried =
        evidence.rule !== undefined ? { url: evidence.url ?? null, published: evidence.asOf, rule: evidence.rule, lang: evidence.lang ?? null } : null;
      const found = span ? (carried ?? (await lookup(span.documentId, evidence.statementId))) : null;
      rows.push({
        party,
        evidence,
        document: span?.documentId ?? null,
        url: evidence.kind === 'reference' ? evidence.source : (found?.url ?? null),
        published: evidence.kind === 'article' ? (found?.published ?? evidence.asOf) : null,
        start: span?.start ?? null,
        end: span?.end ?? null,
        rule: found?.rule ?? null,
        lang: found?.lang ?? null,
        cite: span ? await cite(span.documentId) : null,
      });
    }
  }
  return rows;
}

export function partiesExport(view: View, rows: Row[]): Table {
  const { kb, locale } = view;
  return {
    name: 'parties',
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

export function partiesTable(view: View, rows: Row[]): Html {
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
          <td rowspan="${span}" class="status-cell">${statusChip(t, p.status)}${moreArticles(view, p)}</td>`
      : '';
    return markup`<tr class="party-row status-row-${p.status}${isFirst ? ' first' : ''}" data-party="${p.party}" data-status="${p.status}">
      ${head}${evidenceCells(view, row)}
    </tr>`;
  });
  return dataTable('parties', [t('party'), t('status'), t('stance'), t('source'), t('asOf'), t('words')], body);
}

// "Showing 10 of 312 articles": evidence is a sample per stance; the counts cover every article.
// Copies of one wire story count once: the independent sources are said when copies exist, and
// a conflict from one story's copies says so.
function moreArticles(view: View, party: Party): Html {
  const shown = party.evidence.filter((e) => e.kind === 'article').length;
  const total = party.articles.signed + party.articles.not_signed;
  const stories = party.independent.signed + party.independent.not_signed;
  return markup`${total > shown ? markup`<p class="note">${view.t('articlesSample', { shown, total })}</p>` : ''}${
    stories < total ? markup`<p class="note" data-independent="${party.sources}">${view.t('independentSources', { count: party.sources })}</p>` : ''
  }${party.oneOriginal ? markup`<p class="note" data-one-original="${party.oneOriginal}">${view.t('oneOriginal')}</p>` : ''}`;
}

// Every outlet carrying the story of one piece of evidence, the original first.
function carriersNote(view: View, e: Evidence): Html {
  const carriers = e.carriers ?? [];
  if (carriers.length < 2) return markup``;
  const items = carriers.map((c) => markup`<li><a href="/documents/${c.documentId}">${c.outlet ?? originLabel(c.source)}</a></li>`);
  return markup`<div class="carriers" data-cluster="${e.cluster ?? ''}"><p class="note">${view.t('carriedBy', { count: carriers.length })}</p><ul>${items}</ul></div>`;
}

// One source on one line: its stance, where it is (a reference URL, or an article's span), its
// date, and the words (folded away under their first few, open on demand without script).
function evidenceCells(view: View, row: Row): Html {
  const { t, locale } = view;
  const e = row.evidence;
  if (!e) return markup`<td colspan="4" class="note">${t('noStanceSource')}</td>`;
  // What this one source supports, in the instrument's words (an article's "did not sign" of a
  // declaration is that article's stated refusal; a reference absence is "not listed").
  const stance = markup`<span class="stance stance-${e.stance}" data-evidence-status="${e.status}">${statusLabel(t, e.status)}</span>${
    e.unconfirmed ? markup` <span class="tag">${t('unconfirmed')}</span>` : ''
  }${e.isReviewed ? markup` <span class="tag tag-reviewed">${t('reviewed')}</span>` : ''}${
    e.basis === 'collective' ? markup` <span class="tag" data-basis="collective">${t('basisCollective')}</span>` : ''
  }`;
  const source =
    e.kind === 'reference'
      ? markup`<span class="tag">${t('referenceSource')}</span> ${outLink(e.source, shortUrl(e.source, 30))}`
      : markup`<span class="tag">${t('articleSource')}</span> ${citation(t, locale, {
          documentId: row.document ?? '',
          statementId: e.statementId,
          title: row.cite?.title ?? null,
          outlet: row.cite?.outlet ?? null,
          published: null,
          lang: row.lang,
          sample: e.sample === true || row.cite?.sample === true,
        })}
          <span class="span">[${row.start}, ${row.end})</span>${
            row.url ? markup` ${outLink(row.url, markup`<span class="visually-hidden">${row.url}</span>↗`)}` : ''
          }${carriersNote(view, e)}`;
  const date = e.kind === 'reference' ? e.asOf : row.published;
  const words = e.words
    ? markup`<details><summary lang="${row.lang ?? ''}">${preview(e.words)}</summary><q${row.lang ? markup` lang="${row.lang}"` : ''}>${e.words}</q></details>`
    : '';
  const reason = e.reason ? markup`<p class="reason"><span class="tag">${t('reason')}</span> ${e.reason}</p>` : '';
  return markup`<td class="stance-cell">${stance}</td>
    <td class="source">${source}</td>
    <td class="date">${date ? formatDate(date, locale) : ''}</td>
    <td class="words">${words}${reason}</td>`;
}

// The first words of a quote, cut at a word boundary: the full text is one click away.
function preview(words: string): string {
  const plain = words.replace(/^["“”«»„]\s*/u, '');
  if (plain.length <= 60) return plain;
  const cut = plain.slice(0, 60);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : 60)}…`;
}
