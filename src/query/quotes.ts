import { reviewed } from '../kb/index.js';
import type { QuoteQuery, QuoteRow, Store } from '../store/index.js';

// Quotes as review left them: rejected ones out, corrections (a speaker put right) applied.
// A page may then hold fewer rows than `limit`; `hasMore` says whether the store had more.
export async function findQuotes(store: Store, query: QuoteQuery): Promise<{ rows: QuoteRow[]; hasMore: boolean }> {
  const limit = query.limit ?? 100;
  const found = await store.searchQuotes({ ...query, limit: limit + 1 });
  const states = await store.reviewStates(found.map((q) => q.id));
  const rows = found.slice(0, limit).flatMap((q) => {
    const after = reviewed(q, states.get(q.id));
    return after ? [{ ...q, ...after }] : [];
  });
  return { rows, hasMore: found.length > limit };
}
