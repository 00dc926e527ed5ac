import { reviewed } from '../kb/index.js';
import type { QuoteQuery, QuoteRow, Store } from '../store/index.js';

// `exact`: beyond the folded match, the words and the speaker must hold the search as typed,
// accents included (case aside): "tướng" then misses "tuong".
export type QuoteSearch = QuoteQuery & { exact?: boolean };

const batch = 500;

// Quotes as review left them: rejected ones out, corrections (a speaker put right) applied.
// A page may then hold fewer rows than `limit`; `hasMore` says whether the store had more.
// An exact search reads on in batches until the page is full, so nothing is dropped silently.
export async function findQuotes(store: Store, query: QuoteSearch): Promise<{ rows: QuoteRow[]; hasMore: boolean }> {
  const { exact, ...search } = query;
  const limit = search.limit ?? 100;
  const offset = search.offset ?? 0;
  if (!exact || (!search.search && !search.speaker)) return reviewedPage(store, { ...search, limit, offset });
  const plain = (text: string): string => text.normalize('NFC').toLocaleLowerCase();
  const keep = (row: QuoteRow): boolean =>
    (!search.search || plain(row.words).includes(plain(search.search))) && (!search.speaker || plain(row.subject).includes(plain(search.speaker)));
  const found: QuoteRow[] = [];
  for (let at = 0; found.length <= offset + limit; at += batch) {
    const { rows, hasMore } = await reviewedPage(store, { ...search, limit: batch, offset: at });
    found.push(...rows.filter(keep));
    if (!hasMore) break;
  }
  return { rows: found.slice(offset, offset + limit), hasMore: found.length > offset + limit };
}

async function reviewedPage(store: Store, query: QuoteQuery & { limit: number }): Promise<{ rows: QuoteRow[]; hasMore: boolean }> {
  const found = await store.searchQuotes({ ...query, limit: query.limit + 1 });
  const states = await store.reviewStates(found.map((q) => q.id));
  const rows = found.slice(0, query.limit).flatMap((q) => {
    const after = reviewed(q, states.get(q.id));
    return after ? [{ ...q, ...after }] : [];
  });
  return { rows, hasMore: found.length > query.limit };
}
