import type { Lang } from '../model/index.js';
import { findQuotes, type Kb } from '../query/index.js';
import type { QuoteRow } from './data.js';

// The quote filters of the page. Speaker and words match without accents, case or `đ` (the
// store folds them); `exact` then keeps only rows holding the words as typed, accents included.
export type QuoteFilters = {
  speaker: string;
  q: string;
  lang: Lang | null;
  event: string | null;
  from: string | null;
  to: string | null;
  exact: boolean;
  samples?: boolean;
};

// One page of matching quotes, newest documents first, as review left them, and whether more
// follow: the store filters by speaker, words (folded), language, event and dates; `exact` keeps
// the rows holding the words as typed.
export async function searchQuotePage(kb: Kb, filters: QuoteFilters, offset: number, limit: number): Promise<{ rows: QuoteRow[]; hasMore: boolean }> {
  if (!kb.store) return { rows: [], hasMore: false };
  return findQuotes(kb.store, {
    speaker: filters.speaker || undefined,
    search: filters.q || undefined,
    lang: filters.lang ?? undefined,
    event: filters.event ?? undefined,
    from: filters.from ?? undefined,
    to: filters.to ?? undefined,
    exact: filters.exact,
    samples: filters.samples === true,
    limit,
    offset,
  });
}
