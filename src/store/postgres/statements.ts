import type { Statement } from '../../model/index.js';
import { isSearchable, quoteColumns, quoteRowOf, searchWords, statementColumns, statementOf } from '../rows.js';
import type { EventStatement } from '../store.js';
import { SubjectCounts } from '../subject-counts.js';
import { refreshAssembly } from './assembly.js';
import { insertRows, type Column, type PgConnection, type Sql } from './connection.js';
import { takeAwayDocument, writeSubjectCounts } from './subject-counts.js';

const columns: Column[] = [
  ['id', 'text'],
  ['document_id', 'text'],
  ['kind', 'text'],
  ['subject', 'text'],
  ['value', 'text'],
  ['start_offset', 'int'],
  ['end_offset', 'int'],
  ['sentence', 'int'],
  ['rule', 'text'],
  ['lang', 'text'],
  ['words', 'text'],
  ['confidence', 'float8'],
  ['subject_key', 'text'],
  ['quoted', 'text'],
];
const stored = columns.slice(0, 13).map(([name]) => name);
// The quote search vector of the words, folded by nameKey and accord_fold (lower, unaccent) as
// SQLite's index is, with the speaker's lexemes and the write's span (migrations 019, 020; the
// span is the newest document's, this write's own included), made in the insert itself
// (NULL for a statement that is not searchable):
// writing it by a second UPDATE wrote every row and its index entries twice. A speaker's vector
// is kept once per speaker, in quote_speakers (migrations 010, 013).
const select = {
  targets: [...stored, 'words_search'].join(', '),
  values: [...stored, "to_tsvector('simple', accord_fold(quoted)) || accord_quote_lexemes(subject_key, (SELECT max(seq) FROM documents))"].join(', '),
};
const statementList = (sql: Sql) => sql.unsafe(statementColumns);
const quoteList = (sql: Sql) => sql.unsafe(quoteColumns);

// Last-first, so that newest-first by `seq` reads each document in text order. The words of the
// index are cut as a search's words are (searchWords), so that both meet whatever PostgreSQL's
// parser would make of a path or an address in a quote.
// Many documents' statements in one insert, each document's last-first, documents in order, and
// what they add to the subjects' counts (with what `counts` already holds).
export function insertStatementsOf(tx: Sql, documents: { documentId: string; statements: Statement[] }[], counts = new SubjectCounts()): Promise<unknown> {
  const rows = documents.flatMap(({ documentId, statements }) => [...statements].reverse().map((s) => statementRow(documentId, s, counts)));
  return Promise.all([insertRows(tx, 'statements', columns, rows, select), insertSpeakers(tx, rows), writeSubjectCounts(tx, counts)]);
}

// Each new speaker in quote_speakers (migration 010), with the search vector its statements
// have: what a quote search by speaker looks up first. No lock is taken on a speaker: two writers
// adding one at once both add it.
function insertSpeakers(tx: Sql, rows: { subject_key: string; speaker: string | null }[]): Promise<unknown> {
  const speakers = new Map(rows.flatMap((r) => (r.speaker === null ? [] : [[r.subject_key, r.speaker] as const])));
  if (speakers.size === 0) return Promise.resolve();
  const list = JSON.stringify([...speakers].map(([key, speaker]) => ({ key, speaker })));
  return tx`INSERT INTO quote_speakers (subject_key, speaker_search)
    SELECT key, to_tsvector('simple', accord_fold(speaker)) FROM json_to_recordset(${list}::text::json) AS v (key text, speaker text)
    WHERE NOT EXISTS (SELECT 1 FROM quote_speakers q WHERE q.subject_key = v.key)`.execute();
}

function statementRow(documentId: string, s: Statement, counts: SubjectCounts): Record<string, unknown> & { subject_key: string; speaker: string | null } {
  const searchable = isSearchable(s);
  counts.add(s);
  return {
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
    subject_key: counts.keyOf(s.subject),
    speaker: searchable ? searchWords(s.subject).join(' ') : null,
    quoted: searchable ? searchWords(s.words).join(' ') : null,
  };
}

export function replaceStatements(c: PgConnection, documentId: string, statements: Statement[], mainEvent?: string | null): Promise<void> {
  return c.write(async (tx) => {
    const counts = new SubjectCounts();
    await takeAwayDocument(tx, documentId, counts);
    await tx`DELETE FROM statements WHERE document_id = ${documentId}`;
    await insertStatementsOf(tx, [{ documentId, statements }], counts);
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

// The most recently stored first, through the (subject, seq) index: each subject's newest read
// apart, then merged. Given `subject IN (...)` PostgreSQL scanned every statement backwards by
// seq looking for them (5 s on 2.5 million statements).
export async function findStatementsBySubject(sql: Sql, subjects: string[], limit: number, offset: number): Promise<Statement[]> {
  if (subjects.length === 0) return [];
  const rows = await sql`SELECT ${statementList(sql)} FROM unnest(${[...new Set(subjects)]}::text[]) AS u (subject)
    CROSS JOIN LATERAL (SELECT * FROM statements t WHERE t.subject = u.subject ORDER BY t.seq DESC LIMIT ${limit + offset}) AS s
    ORDER BY s.seq DESC LIMIT ${limit} OFFSET ${offset}`;
  return rows.map(statementOf);
}

export async function eventStatements(sql: Sql, event: string, kinds: Statement['kind'][], limit: number): Promise<EventStatement[]> {
  if (kinds.length === 0) return [];
  const rows = await sql`SELECT ${quoteList(sql)} FROM documents d JOIN statements s ON s.document_id = d.id
    WHERE d.main_event = ${event} AND s.kind IN ${sql(kinds)} ORDER BY d.seq DESC, s.start_offset, s.end_offset, s.id LIMIT ${limit}`;
  return rows.map(quoteRowOf);
}
