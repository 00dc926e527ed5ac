import { quoteColumns, quoteRowOf, quotedSql, searchWords } from '../rows.js';
import type { QuoteQuery, QuoteRow } from '../store.js';
import type postgres from 'postgres';
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
  const [limit, offset] = [query.limit ?? 100, query.offset ?? 0];
  const filters = sql`${query.samples === true ? none : sql`AND NOT d.sample`}
      ${query.lang !== undefined ? sql`AND s.lang = ${query.lang}` : none}
      ${query.event !== undefined ? sql`AND d.main_event = ${query.event}` : none}
      ${query.from !== undefined ? sql`AND d.published >= ${query.from}::text` : none}
      ${query.to !== undefined ? sql`AND substr(d.published, 1, length(${query.to}::text)) <= ${query.to}::text` : none}
      ${query.after !== undefined ? sql`AND d.seq > ${query.after}` : none}`;
  if (speaker) return bySpeaker(sql, speaker, search, filters, limit, offset);
  if (search) return byWords(sql, search, filters, limit, offset);
  const rows = await sql`SELECT ${sql.unsafe(quoteColumns)} FROM statements s JOIN documents d ON d.id = s.document_id
    WHERE ${sql.unsafe(quotedSql)} ${filters}
    ORDER BY ${query.event !== undefined ? sql`d.seq DESC, s.seq DESC` : sql`s.seq DESC`}
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map(quoteRowOf);
}

// A quote's document, looked up for each quote the spans leave: the planner cannot tell how few
// they are (a tsquery made in the query), and read every document into a hash to join them
// (3 s at 500,000 documents). OFFSET 0 keeps the subquery from being merged into a plain join.
const documentOf = (sql: Sql) => sql`(SELECT * FROM documents d WHERE d.id = s.document_id OFFSET 0) d`;

// The span of the newest document: the last span a page of the newest quotes asks (019, 020).
const newestSpan = (sql: Sql) => sql`SELECT accord_span(coalesce(max(seq), 0)) AS span FROM documents`;

// Words: first the newest `recentQuotes` quotes, read newest first and checked for the words (a
// common word or phrase, "ve & ung:*", has tens of thousands of matches in the GIN index, each
// read and sorted for a page: 250 ms at 40,000 documents); then the GIN index with the words and
// the newest 4, then 32 spans of 1,024 documents (migration 020: a word in one quote of a
// thousand, 300 ms at 450,000 documents over the whole history); the whole history last. The
// first level that holds the page holds the newest page of all. With the spans, the index meets
// the whole words only and the word being typed is checked on the quotes it gives (`IS TRUE`
// keeps it off the index), as with a speaker below: a prefix is read whole, every quote with a
// word that starts so ("concrete:*": 280 ms at 500,000 documents, its whole words 4 ms).
const recentQuotes = 4000;
const wordSpans = [4, 32];
async function byWords(sql: Sql, search: string, filters: postgres.PendingQuery<postgres.Row[]>, limit: number, offset: number): Promise<QuoteRow[]> {
  const words = sql`to_tsquery('simple', accord_fold(${search}::text))`;
  const recent = await sql`SELECT ${sql.unsafe(quoteColumns)} FROM (
      SELECT * FROM statements s WHERE ${sql.unsafe(quotedSql)} ORDER BY s.seq DESC LIMIT ${recentQuotes}) s
    JOIN documents d ON d.id = s.document_id
    WHERE (s.words_search @@ ${words}) IS TRUE ${filters} ORDER BY s.seq DESC LIMIT ${limit} OFFSET ${offset}`;
  if (recent.length >= limit) return recent.map(quoteRowOf);
  const whole = searchWords(search).slice(0, -1).join(' & ');
  const looked = sql`to_tsquery('simple', accord_fold(${whole === '' ? search : whole}::text))`;
  for (const last of wordSpans) {
    const rows = await sql`WITH t AS (${newestSpan(sql)}),
        w AS (SELECT string_agg(quote_literal('#' || g), ' | ')::tsquery AS spans FROM t, generate_series(t.span - ${last} + 1, t.span) g)
      SELECT ${sql.unsafe(quoteColumns)} FROM w, statements s CROSS JOIN LATERAL ${documentOf(sql)}
      WHERE ${sql.unsafe(quotedSql)} ${filters} AND s.words_search @@ (${looked} && w.spans) AND (s.words_search @@ ${words}) IS TRUE
      ORDER BY s.seq + 0 DESC LIMIT ${limit + offset}`;
    if (rows.length >= limit + offset) return rows.slice(offset).map(quoteRowOf);
  }
  const rows = await sql`SELECT ${sql.unsafe(quoteColumns)} FROM statements s JOIN documents d ON d.id = s.document_id
    WHERE ${sql.unsafe(quotedSql)} ${filters} AND s.words_search @@ ${words} ORDER BY s.seq DESC LIMIT ${limit} OFFSET ${offset}`;
  return rows.map(quoteRowOf);
}

// With a speaker: its few speakers from quote_speakers (migration 010), then each one's newest
// quotes from the (subject_key, seq) index, at most a page's worth each, merged newest first.
// A GIN index gave a speaker's quotes unordered, to be read whole and sorted: now a speaker alone
// costs the page and the speakers named, however often they are quoted.
async function bySpeaker(
  sql: Sql,
  speaker: string,
  search: string | null,
  filters: postgres.PendingQuery<postgres.Row[]>,
  limit: number,
  offset: number,
): Promise<QuoteRow[]> {
  if (search) return bySpeakerWords(sql, speaker, search, filters, limit, offset);
  const rows = await sql`SELECT x.* FROM (
      SELECT DISTINCT w.subject_key FROM quote_speakers w WHERE w.speaker_search @@ to_tsquery('simple', accord_fold(${speaker}::text))) w
    CROSS JOIN LATERAL (
      SELECT ${sql.unsafe(quoteColumns)}, s.seq AS "order" FROM statements s JOIN documents d ON d.id = s.document_id
      WHERE s.subject_key = w.subject_key AND ${sql.unsafe(quotedSql)} ${filters}
      ORDER BY s.seq DESC LIMIT ${limit + offset}) x
    ORDER BY x."order" DESC LIMIT ${limit} OFFSET ${offset}`;
  return rows.map(({ order: _order, ...row }) => quoteRowOf(row));
}

// Words with a speaker: the speakers' lexemes (migration 019) met in the words' GIN index.
// A speaker's matches can number thousands (a wire story carried by every outlet), to be read
// and sorted for a page, so the last `spans` spans of history are asked first, the whole of it
// only when they hold less than the page. There the index meets the speakers and the whole words
// only, and the quotes it gives are checked for the words (`IS TRUE` keeps that off the index):
// a word being typed is a prefix, which the index reads whole, every quote with a word that
// starts so (100 ms for a common one). Over the whole history, the words go to the index too: a
// speaker's every quote is more to read than a word's. `s.seq + 0`: ordered by the quote index,
// PostgreSQL walked every quote newest first instead. One span first: a speaker quoted in every
// copy of a story has thousands of quotes in four (15 ms for a common word at 174,000, 7 in one).
const spans = [1, 4, 32, null];
async function bySpeakerWords(
  sql: Sql,
  speaker: string,
  search: string,
  filters: postgres.PendingQuery<postgres.Row[]>,
  limit: number,
  offset: number,
): Promise<QuoteRow[]> {
  const whole = searchWords(search).slice(0, -1).join(' & ');
  let rows: postgres.Row[] = [];
  for (const last of spans) {
    const span = last === null ? sql`''` : sql`'#' || g`;
    const recent = last === null ? sql`(SELECT NULL AS g) g` : sql`generate_series(t.span - ${last} + 1, t.span) g`;
    const words = sql`to_tsquery('simple', accord_fold(${last === null ? search : whole}::text))`;
    const looked = last === null || whole !== '' ? sql`(${words} && w.speakers)` : sql`w.speakers`;
    rows = await sql`WITH t AS (${newestSpan(sql)}),
      k AS (SELECT DISTINCT w.subject_key FROM quote_speakers w WHERE w.speaker_search @@ to_tsquery('simple', accord_fold(${speaker}::text))),
      w AS (SELECT string_agg(quote_literal(accord_speaker_lexeme(k.subject_key) || ${span}), ' | ')::tsquery AS speakers FROM k, t, ${recent})
      SELECT ${sql.unsafe(quoteColumns)} FROM w, statements s CROSS JOIN LATERAL ${documentOf(sql)}
      WHERE ${sql.unsafe(quotedSql)} ${filters} AND s.words_search @@ ${looked}
        AND (s.words_search @@ to_tsquery('simple', accord_fold(${search}::text))) IS TRUE
      ORDER BY s.seq + 0 DESC LIMIT ${limit + offset}`;
    if (rows.length >= limit + offset) break;
  }
  return rows.slice(offset).map(quoteRowOf);
}
