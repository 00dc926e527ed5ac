import { nameKey, type Lang } from '../model/index.js';
import { findQuotes, type Kb } from '../query/index.js';
import type { QuoteRow } from './data.js';

// The quote filters of the page. Speaker and words match without accents, case or `đ` (the
// store folds them); `exact` then keeps only rows holding the words as typed, accents included.
export type QuoteFilters = { speaker: string; q: string; lang: Lang | null; event: string | null; from: string | null; to: string | null; exact: boolean };

const batch = 500;

// One page of matching quotes, newest documents first, as review left them, and whether more
// follow. The store filters by speaker, words, language, event and dates; only `exact` (accents
// as typed) is applied here, reading on in batches, so a page is always full when enough rows
// match: nothing is dropped silently.
export async function searchQuotePage(kb: Kb, filters: QuoteFilters, offset: number, limit: number): Promise<{ rows: QuoteRow[]; hasMore: boolean }> {
  const store = kb.store;
  if (!store) return { rows: [], hasMore: false };
  const query = {
    speaker: filters.speaker || undefined,
    search: filters.q || undefined,
    lang: filters.lang ?? undefined,
    event: filters.event ?? undefined,
    from: filters.from ?? undefined,
    to: filters.to ?? undefined,
  };
  if (!filters.exact) return findQuotes(store, { ...query, limit, offset });
  const keep = matcher(filters);
  const wanted = offset + limit + 1;
  const found: QuoteRow[] = [];
  for (let at = 0; found.length < wanted; at += batch) {
    const { rows, hasMore } = await findQuotes(store, { ...query, limit: batch, offset: at });
    found.push(...rows.filter(keep));
    if (!hasMore) break;
  }
  return { rows: found.slice(offset, offset + limit), hasMore: found.length > offset + limit };
}

// Matches as the store's index does: every word of the query is a word of the text, without
// accents or case, the last one as a prefix ("tuong lin" finds "tướng lĩnh").
function hasWords(text: string, query: string): boolean {
  const words = (value: string): string[] =>
    nameKey(value)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const have = words(text);
  const wanted = words(query);
  return wanted.every((word, i) => (i === wanted.length - 1 ? have.some((h) => h.startsWith(word)) : have.includes(word)));
}

function matcher(filters: QuoteFilters): (row: QuoteRow) => boolean {
  const plain = (text: string): string => text.normalize('NFC').toLocaleLowerCase();
  return (row) => {
    if (filters.speaker && !hasWords(row.subject, filters.speaker)) return false;
    if (filters.q && !hasWords(row.words, filters.q)) return false;
    if (filters.lang && row.lang !== filters.lang) return false;
    if (filters.from && (!row.published || row.published.slice(0, filters.from.length) < filters.from)) return false;
    if (filters.to && (!row.published || row.published.slice(0, filters.to.length) > filters.to)) return false;
    if (filters.exact && filters.q && !plain(row.words).includes(plain(filters.q))) return false;
    if (filters.exact && filters.speaker && !plain(row.subject).includes(plain(filters.speaker))) return false;
    return true;
  };
}
