import { quoteColumns, quoteRowOf, quotedSql, searchWords } from '../rows.js';
import type { QuoteQuery, QuoteRow } from '../store.js';
import type { SqliteConnection } from './connection.js';

// At most this many whole words stand for the word being typed; more, and it stays a prefix.
const mostWholeWords = 64;

// `speaker : ("jd" AND ("vance" OR "vances"))`: the words of a search, folded like the index,
// each quoted so that no input is read as FTS syntax; the last one matches as a prefix, so that a
// word being typed matches: as the few whole words of the index that begin with it (below),
// which FTS5 reads newest first like any word, or else as a prefix (`"vance"*`).
function ftsColumn(c: SqliteConnection, column: 'speaker' | 'words', text: string | undefined): string | null {
  const words = searchWords(text);
  const last = words.pop();
  if (last === undefined) return null;
  const whole = wholeWords(c, last, mostWholeWords);
  const typed = whole && whole.length > 0 ? `(${whole.map(quoted).join(' OR ')})` : `${quoted(last)}*`;
  return `${column} : (${[...words.map(quoted), typed].join(' AND ')})`;
}

const quoted = (word: string): string => `"${word.replaceAll('"', '""')}"`;

// The whole words of quote search (migration 029), for the word being typed (ftsColumn). New
// quotes also go through a scratch index with quote_search's tokenizer (one per connection, in
// temp); at the end of each batch its vocabulary is added to quote_terms and it is emptied.
const tokenizer = "tokenize = 'unicode61 remove_diacritics 2'";
const ready = new WeakSet<SqliteConnection>();

function scratch(c: SqliteConnection): void {
  if (ready.has(c)) return;
  c.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.new_terms USING fts5 (text, content = '', ${tokenizer});
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.new_terms_vocab USING fts5vocab(temp, new_terms, row);`);
  ready.add(c);
}

export function noteTerms(c: SqliteConnection, ...texts: (string | null)[]): void {
  scratch(c);
  c.sql('INSERT INTO temp.new_terms (text) VALUES (?)').run(texts.filter(Boolean).join(' '));
}

// Inside the caller's transaction, after its quotes are written.
export function keepTerms(c: SqliteConnection): void {
  if (!ready.has(c)) return;
  c.sql('INSERT OR IGNORE INTO quote_terms (term) SELECT term FROM temp.new_terms_vocab').run();
  c.sql("INSERT INTO temp.new_terms (new_terms) VALUES ('delete-all')").run();
}

// The whole words of the index that begin with `prefix`, if there are at most `most` of them
// (null when more: the caller keeps the prefix). Terms compare as UTF-8 bytes; U+10FFFF sorts
// after anything that can follow the prefix.
export function wholeWords(c: SqliteConnection, prefix: string, most: number): string[] | null {
  const rows = c.sql('SELECT term FROM quote_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?').pluck().all(prefix, `${prefix}\u{10FFFF}`, most + 1) as string[];
  return rows.length > most ? null : rows;
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
  const [speaker, search] = [ftsColumn(c, 'speaker', query.speaker), ftsColumn(c, 'words', query.search)];
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
