import type { QuoteRow } from './data.js';
import type { Cell } from './export.js';
import { citation, formatDate } from './format.js';
import { markup, outLink, type Html } from './markup.js';
import { entityHref } from './names.js';
import type { View } from './view.js';
import { dataTable } from './table.js';

// Quotes as every page lists and exports them, with their provenance.
// `kind` tells a whole quote (`quote`) from words woven into the article's sentence (`quote_fragment`).
export const quoteColumns = ['statement', 'kind', 'speaker', 'words', 'lang', 'document', 'title', 'outlet', 'url', 'published', 'start', 'end', 'rule', 'confidence', 'sample'] as const;

export function quoteRecord(row: QuoteRow): Record<string, Cell> {
  return {
    statement: row.id,
    kind: row.kind,
    speaker: row.subject || null,
    words: row.words,
    lang: row.lang,
    document: row.documentId,
    title: row.title ?? null,
    outlet: row.outlet ?? null,
    url: row.url,
    published: row.published,
    start: row.start,
    end: row.end,
    rule: row.rule,
    confidence: row.confidence,
    sample: row.sample === true,
  };
}

export function quotesTable(view: View, rows: QuoteRow[]): Html {
  const { kb, t, locale } = view;
  const speaker = (name: string): Html => {
    if (!name) return markup`<span class="note">${t('unknownSpeaker')}</span>`;
    const person = kb.resolver.resolve(name, 'person')[0];
    const href = person ? entityHref(person.id) : null;
    return href ? markup`<a href="${href}">${name}</a>` : markup`${name}`;
  };
  const body = rows.map(
    (r) =>
      markup`<tr data-statement="${r.id}">
        <td class="quote"><q lang="${r.lang}">${r.words.replace(/^["“”«»„]\s*|\s*["“”«»„]$/gu, '')}</q>${
          r.kind === 'quote_fragment' ? markup`<span class="fragment-mark" title="${t('quoteFragmentHelp')}">${t('quoteFragment')}</span>` : ''
        }</td>
        <td>${speaker(r.subject)}</td>
        <td>${r.published ? formatDate(r.published, locale) : markup`<span class="note">—</span>`}</td>
        <td class="source">
          ${citation(t, locale, { documentId: r.documentId, statementId: r.id, title: r.title ?? null, outlet: r.outlet ?? null, published: null, lang: r.lang, sample: r.sample })}
          <span class="span">[${r.start}, ${r.end})</span>${
            r.url ? markup`<br />${outLink(r.url)}` : ''
          }
        </td>
      </tr>`,
  );
  return dataTable('quotes', [t('quote'), t('speaker'), t('published'), t('source')], body);
}
