import { quoteColumns, quoteRowOf, quotedSql, searchWords } from '../rows.js';
import type { QuoteQuery, QuoteRow } from '../store.js';
import type { Sql } from './connection.js';

// `jd & vance:*`: every word of a search, folded like the index (searchWords, then accord_fold
// in SQL); the last one a prefix, so that a word being typed matches. Words hold only letters
// and digits, so that no input is read as tsquery syntax.
function tsquery(text: string | undefined): string | null {
  const words = searchWords(text);
  return words.length === 0 ? null : words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
}

// As SQLite's: most recently stored statements first (`seq DESC`; a document's are stored
// last-first, so each document reads in text order); with an event, its newest documents first.
// `from` and `to` filter by publication date (a partial date such as 2025-02 covers the month).
export async function searchQuotes(sql: Sql, query: QuoteQuery): Promise<QuoteRow[]> {
  const [speaker, search] = [tsquery(query.speaker), tsquery(query.search)];
  // A filter given with no word in it (only marks such as `%` or `--`) matches nothing.
  if ((query.speaker?.trim() && !speaker) || (query.search?.trim() && !search)) return [];
  const none = sql``;
  const rows = await sql`SELECT ${sql.unsafe(quoteColumns)} FROM statements s JOIN documents d ON d.id = s.document_id
    WHERE ${sql.unsafe(quotedSql)}
      ${speaker ? sql`AND s.speaker_search @@ to_tsquery('simple', accord_fold(${speaker}::text))` : none}
      ${search ? sql`AND s.words_search @@ to_tsquery('simple', accord_fold(${search}::text))` : none}
      ${query.samples === true ? none : sql`AND NOT d.sample`}
      ${query.lang !== undefined ? sql`AND s.lang = ${query.lang}` : none}
      ${query.event !== undefined ? sql`AND d.main_event = ${query.event}` : none}
      ${query.from !== undefined ? sql`AND d.published >= ${query.from}::text` : none}
      ${query.to !== undefined ? sql`AND substr(d.published, 1, length(${query.to}::text)) <= ${query.to}::text` : none}
      ${query.after !== undefined ? sql`AND d.seq > ${query.after}` : none}
    ORDER BY ${query.event !== undefined && !speaker && !search ? sql`d.seq DESC, s.seq DESC` : sql`s.seq DESC`}
    LIMIT ${query.limit ?? 100} OFFSET ${query.offset ?? 0}`;
  return rows.map(quoteRowOf);
}
