import { evidenceShape } from '../query/index.js';
import { originLabel, parseArticleSource, type Evidence, type Party } from './data.js';
import { citation, formatDate, formatNumber } from './format.js';
import { markup, outLink, shortUrl, type Html } from './markup.js';
import { statusLabel } from './status.js';
import type { View } from './view.js';

// One line of a party's sources, as the declaration and its evidence pages show and export it:
// a party with one of its sources (or none: attended only). Everything comes with the evidence
// the query layer read (its document's URL, title and outlet, its story's first carriers and
// size): drawing a row reads nothing more, so a page's reads do not grow with its rows.
export type EvidenceRow = {
  party: Party;
  evidence: Evidence | null;
  document: string | null;
  url: string | null;
  published: string | null;
  start: number | null;
  end: number | null;
  rule: string | null;
  lang: string | null;
};

export function evidenceRow(party: Party, evidence: Evidence | null): EvidenceRow {
  const span = evidence?.kind === 'article' ? parseArticleSource(evidence.source) : null;
  return {
    party,
    evidence,
    document: span?.documentId ?? null,
    url: evidence?.kind === 'reference' ? evidence.source : (evidence?.url ?? null),
    published: evidence?.kind === 'article' ? evidence.asOf : null,
    start: span?.start ?? null,
    end: span?.end ?? null,
    rule: evidence?.rule ?? null,
    lang: evidence?.lang ?? null,
  };
}

// The first outlets carrying the story of one piece of evidence, the original first, and how
// many carry it in all (counted up to a bound: "1,000 or more").
function carriersNote(view: View, e: Evidence): Html {
  const { t, locale } = view;
  const carriers = e.carriers ?? [];
  const size = Math.max(e.carriedBy ?? carriers.length, carriers.length);
  if (size < 2) return markup``;
  const items = carriers.map((c) => markup`<li><a href="/documents/${c.documentId}">${c.outlet ?? originLabel(c.source)}</a></li>`);
  const count = formatNumber(size, locale);
  const label = size >= evidenceShape.storyCount ? t('carriedByAtLeast', { count }) : t('carriedBy', { count });
  const more = size > carriers.length ? markup`<p class="note">${t('carriersMore', { count: formatNumber(size - carriers.length, locale) })}</p>` : '';
  return markup`<div class="carriers" data-cluster="${e.cluster ?? ''}" data-carried-by="${size}"><p class="note">${label}</p><ul>${items}</ul>${more}</div>`;
}

// One source on one line: its stance, where it is (a reference URL, or an article's span), its
// date, and the words (folded away under their first few, open on demand without script).
export function evidenceCells(view: View, row: EvidenceRow): Html {
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
          title: e.title ?? null,
          outlet: e.outlet ?? null,
          published: null,
          lang: row.lang,
          sample: e.sample === true,
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
