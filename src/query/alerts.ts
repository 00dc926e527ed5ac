import { reviewed } from '../kb/index.js';
import type { Statement } from '../model/index.js';
import type { DocumentStamp, QuoteRow, SavedSearch } from '../store/index.js';
import { findDeclaration } from './declarations.js';
import { findEntity, subjectsOf } from './entities.js';
import type { Kb } from './kb.js';
import { findQuotes } from './quotes.js';
import { storeOf } from './saved-searches.js';

// One thing a saved search found: the statement with its exact words and span, the document it
// is in, and the link to the span on the document page.
export type AlertItem = {
  statement: Pick<Statement, 'id' | 'kind' | 'subject' | 'value' | 'words' | 'start' | 'end' | 'lang' | 'rule' | 'confidence'>;
  document: { id: string; title: string | null; url: string | null; outlet: string | null; published: string | null; storedAt: string };
  link: string;
};

// A saved search as it is shown: the secret never leaves the store.
export type SearchView = Omit<SavedSearch, 'secret'> & { hasSecret: boolean };
export const searchView = ({ secret, ...search }: SavedSearch): SearchView => ({ ...search, hasSecret: secret !== null });

const stanceKinds: Statement['kind'][] = ['signed', 'not_signed', 'signatory_count'];
const batch = 500;

// The statements a saved search matches among the documents stored after `after`, newest first,
// as review left them. Quotes: the quote search itself; an entity: the statements whose subject
// is one of its names (as the entity page reads them); a declaration: the stances and counts
// filed under it.
export async function matchingStatements(kb: Kb, search: SavedSearch, after: number, limit: number): Promise<QuoteRow[]> {
  const store = storeOf(kb);
  const p = search.params;
  if (search.kind === 'quotes') {
    const text = (key: string): string | undefined => (typeof p[key] === 'string' ? (p[key] as string) : undefined);
    const query = { search: text('search'), speaker: text('speaker'), lang: text('lang'), event: text('event'), from: text('from'), to: text('to') };
    return (await findQuotes(store, { ...query, exact: p.exact === true, samples: p.samples === true, after, limit })).rows;
  }
  if (search.kind === 'entity') {
    const subjects = subjectsOf(kb, await findEntity(kb, String(p.entity)), await store.resolutionLog());
    return asReviewed(kb, await store.newStatements({ after, subjects, limit }));
  }
  const key = findDeclaration(kb, String(p.declaration)).key;
  const found: QuoteRow[] = [];
  // Stances name their declaration in their value: read on in batches until the page is full.
  for (let seen = 0; found.length < limit; seen += batch) {
    const rows = await store.newStatements({ after, kinds: stanceKinds, limit: seen + batch });
    found.push(...rows.slice(seen).filter((s) => s.value.declaration === key));
    if (rows.length < seen + batch) break;
  }
  return asReviewed(kb, found.slice(0, limit));
}

async function asReviewed(kb: Kb, rows: QuoteRow[]): Promise<QuoteRow[]> {
  const states = await storeOf(kb).reviewStates(rows.map((r) => r.id));
  return rows.flatMap((r) => {
    const after = reviewed(r, states.get(r.id));
    return after ? [{ ...r, ...after }] : [];
  });
}

// What is new for a saved search: what it matches after its cursor. `upTo` is the latest
// document seq read before the search, where the cursor goes once these are delivered (a
// document stored meanwhile may come twice, never not at all).
export async function newItems(kb: Kb, search: SavedSearch, limit = 100): Promise<{ items: AlertItem[]; upTo: number }> {
  const upTo = await storeOf(kb).lastDocumentSeq();
  return { items: await itemsOf(kb, await matchingStatements(kb, search, search.cursor, limit)), upTo };
}

// Marks what was shown as read: the cursor moves to `upTo`, never back.
export async function markRead(kb: Kb, search: SavedSearch, upTo: number): Promise<void> {
  if (upTo > search.cursor) await storeOf(kb).setSearchCursor(search.id, upTo);
}

export async function itemsOf(kb: Kb, rows: QuoteRow[]): Promise<AlertItem[]> {
  const stamps = await storeOf(kb).documentStamps(rows.map((r) => r.documentId));
  return rows.map((r) => alertItem(r, stamps.get(r.documentId), kb.config.alerts?.publicUrl ?? null));
}

// `/documents/ID#s-STATEMENT`: the document page anchors each statement's span by its id.
export function spanLink(documentId: string, statementId: string, publicUrl: string | null): string {
  return `${publicUrl ?? ''}/documents/${encodeURIComponent(documentId)}#s-${statementId}`;
}

function alertItem(r: QuoteRow, stamp: DocumentStamp | undefined, publicUrl: string | null): AlertItem {
  const { id, kind, subject, value, words, start, end, lang, rule, confidence } = r;
  return {
    statement: { id, kind, subject, value, words, start, end, lang, rule, confidence },
    document: { id: r.documentId, title: r.title ?? null, url: r.url, outlet: r.outlet ?? null, published: r.published, storedAt: stamp?.storedAt ?? '' },
    link: spanLink(r.documentId, r.id, publicUrl),
  };
}
