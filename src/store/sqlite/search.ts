import { quoteColumns, quoteRowOf, quotedSql, searchWords } from '../rows.js';
import type { QuoteQuery, QuoteRow } from '../store.js';
import type { SqliteConnection } from './connection.js';

// `speaker : ("jd" AND "vance"*)`: the words of a search, folded like the index, each quoted so
// that no input is read as FTS syntax; the last one a prefix, so that a word being typed matches.
function ftsColumn(column: 'speaker' | 'words', text: string | undefined): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return `${column} : (${words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' AND ')})`;
}

// Quotes read from the newest statement backwards until the page is full: the unary plus keeps
// SQLite from the kind index (and CROSS JOIN from starting at the documents), whose matches it
// would then sort, every quote of the base (seconds at 150,000 documents, for a page of 100).
const newestQuotedSql = quotedSql.replaceAll('s.kind', '+s.kind');

// Most recently stored documents first, the quotes of one document in text order: one order,
// `rowid DESC`, since a document's statements are stored last-first. Speaker and words go
// through the full-text index: every word must match, the last one as a prefix. `event`,
// `from` and `to` filter by the document's main event and publication date (a partial date
// such as 2025-02 covers the whole month).
export function searchQuotes(c: SqliteConnection, query: QuoteQuery): QuoteRow[] {
  const [speaker, search] = [ftsColumn('speaker', query.speaker), ftsColumn('words', query.search)];
  // A filter given with no word in it (only marks such as `%` or `--`) matches nothing.
  if ((query.speaker?.trim() && !speaker) || (query.search?.trim() && !search)) return [];
  const match = [speaker, search].filter(Boolean).join(' AND ');
  const filters = [
    query.samples === true ? null : 'd.sample = 0',
    query.lang !== undefined ? 's.lang = @lang' : null,
    query.event !== undefined ? 'd.main_event = @event' : null,
    query.from !== undefined ? 'd.published >= @from' : null,
    // "to 2025-02" takes every day of February: compare with the date cut to the bound's length.
    query.to !== undefined ? 'substr(d.published, 1, length(@to)) <= @to' : null,
    query.after !== undefined ? 'd.seq > @after' : null,
  ].filter(Boolean);
  const where = filters.length > 0 ? ` AND ${filters.join(' AND ')}` : '';
  const sql = match
    ? `SELECT ${quoteColumns} FROM quote_search q JOIN statements s ON s.rowid = q.rowid JOIN documents d ON d.id = s.document_id
       WHERE quote_search MATCH @match${where} ORDER BY q.rowid DESC LIMIT @limit OFFSET @offset`
    : query.event !== undefined
      ? `SELECT ${quoteColumns} FROM documents d JOIN statements s ON s.document_id = d.id
         WHERE ${quotedSql}${where} ORDER BY d.seq DESC, s.rowid DESC LIMIT @limit OFFSET @offset`
      : `SELECT ${quoteColumns} FROM statements s CROSS JOIN documents d ON d.id = s.document_id
         WHERE ${newestQuotedSql}${where} ORDER BY s.rowid DESC LIMIT @limit OFFSET @offset`;
  const params: Record<string, unknown> = { limit: query.limit ?? 100, offset: query.offset ?? 0 };
  if (match) params.match = match;
  for (const key of ['lang', 'event', 'from', 'to', 'after'] as const) if (query[key] !== undefined) params[key] = query[key];
  return c.sql(sql).all(params).map(quoteRowOf);
}
