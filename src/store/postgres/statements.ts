import { nameKey, type Lang, type Statement } from '../../model/index.js';
import { isSearchable, quoteColumns, quoteRowOf, searchWords, statementColumns, statementOf } from '../rows.js';
import type { EventStatement } from '../store.js';
import { refreshAssembly } from './assembly.js';
import { insertMany, type PgConnection, type Sql } from './connection.js';

const columns = [
  'id',
  'document_id',
  'kind',
  'subject',
  'value',
  'start_offset',
  'end_offset',
  'sentence',
  'rule',
  'lang',
  'words',
  'confidence',
  'subject_key',
  'words_key',
];
const statementList = (sql: Sql) => sql.unsafe(statementColumns);
const quoteList = (sql: Sql) => sql.unsafe(quoteColumns);

// Last-first, in one multi-row insert, so that newest-first by `seq` reads each document in text
// order. Then the quote search vectors of the searchable ones, folded by nameKey and accord_fold
// (lower, unaccent) as SQLite's index is.
export function insertStatements(tx: Sql, documentId: string, statements: Statement[]): Promise<unknown> {
  const rows = [...statements].reverse().map((s) => ({
    id: s.id,
    document_id: documentId,
    kind: s.kind,
    subject: s.subject,
    value: JSON.stringify(s.value),
    start_offset: s.start,
    end_offset: s.end,
    sentence: s.sentence,
    rule: s.rule,
    lang: s.lang,
    words: s.words,
    confidence: s.confidence,
    subject_key: nameKey(s.subject),
    words_key: nameKey(s.words),
  }));
  const pending = [insertMany(tx, 'statements', rows, columns)];
  // The words of the index are cut as a search's words are (searchWords), so that both meet
  // whatever PostgreSQL's parser would make of a path or an address in a quote.
  const searchable = statements.filter(isSearchable).map((s) => [s.id, searchWords(s.subject).join(' '), searchWords(s.words).join(' ')]);
  for (let i = 0; i < searchable.length; i += 10_000)
    pending.push(
      tx`UPDATE statements s SET speaker_search = to_tsvector('simple', accord_fold(v.speaker)), words_search = to_tsvector('simple', accord_fold(v.words))
      FROM (VALUES ${tx(searchable.slice(i, i + 10_000))}) AS v (id, speaker, words) WHERE s.id = v.id`.execute(),
    );
  return Promise.all(pending);
}

export function replaceStatements(c: PgConnection, documentId: string, statements: Statement[], mainEvent?: string | null): Promise<void> {
  return c.write(async (tx) => {
    await tx`DELETE FROM statements WHERE document_id = ${documentId}`;
    await insertStatements(tx, documentId, statements);
    await refreshAssembly(tx, documentId, mainEvent === undefined ? undefined : (mainEvent ?? ''));
  });
}

export async function listStatements(sql: Sql, documentId: string): Promise<Statement[]> {
  const rows = await sql`SELECT ${statementList(sql)} FROM statements s WHERE s.document_id = ${documentId} ORDER BY s.start_offset, s.end_offset, s.id`;
  return rows.map(statementOf);
}

export async function listStatementsByKind(sql: Sql, kinds: Statement['kind'][], limit: number): Promise<Statement[]> {
  if (kinds.length === 0) return [];
  const rows = await sql`SELECT ${statementList(sql)} FROM statements s JOIN documents d ON d.id = s.document_id
    WHERE s.kind IN ${sql(kinds)} ORDER BY d.seq, s.start_offset, s.id LIMIT ${limit}`;
  return rows.map(statementOf);
}

export async function getStatement(sql: Sql, id: string): Promise<Statement | null> {
  const [row] = await sql`SELECT ${statementList(sql)} FROM statements s WHERE s.id = ${id}`;
  return row ? statementOf(row) : null;
}

// The most recently stored first, through the (subject, seq) index.
export async function findStatementsBySubject(sql: Sql, subjects: string[], limit: number, offset: number): Promise<Statement[]> {
  if (subjects.length === 0) return [];
  const rows =
    await sql`SELECT ${statementList(sql)} FROM statements s WHERE s.subject IN ${sql(subjects)} ORDER BY s.seq DESC LIMIT ${limit} OFFSET ${offset}`;
  return rows.map(statementOf);
}

export async function countStatementsBySubject(sql: Sql, subjects: string[]): Promise<Record<string, number>> {
  if (subjects.length === 0) return {};
  const rows = await sql`SELECT kind, count(*)::int AS n FROM statements WHERE subject IN ${sql(subjects)} GROUP BY kind ORDER BY kind`;
  return Object.fromEntries(rows.map((r) => [String(r.kind), Number(r.n)]));
}

export async function personNames(sql: Sql, key: string): Promise<{ name: string; lang: Lang; statements: number }[]> {
  const rows = await sql<{ name: string; lang: Lang; statements: number }[]>`SELECT subject AS name, lang, count(*)::int AS statements FROM statements
    WHERE kind IN ('person', 'quote', 'indirect_speech', 'quote_fragment') AND subject_key = ${key} GROUP BY subject, lang ORDER BY statements DESC, name, lang`;
  return [...rows];
}

export async function eventStatements(sql: Sql, event: string, kinds: Statement['kind'][], limit: number): Promise<EventStatement[]> {
  if (kinds.length === 0) return [];
  const rows = await sql`SELECT ${quoteList(sql)} FROM documents d JOIN statements s ON s.document_id = d.id
    WHERE d.main_event = ${event} AND s.kind IN ${sql(kinds)} ORDER BY d.seq DESC, s.start_offset, s.end_offset, s.id LIMIT ${limit}`;
  return rows.map(quoteRowOf);
}
