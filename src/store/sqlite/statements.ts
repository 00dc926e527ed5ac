import { nameKey, type Statement } from '../../model/index.js';
import { isSearchable, quoteColumns, quoteRowOf, quotedSql, statementColumns, statementOf } from '../rows.js';
import type { EventStatement } from '../store.js';
import { SubjectCounts } from '../subject-counts.js';
import { refreshAssembly } from './assembly.js';
import type { SqliteConnection } from './connection.js';
import { keepTerms, noteTerms } from './search.js';
import { subjectKinds, takeAwayDocument, writeSubjectCounts } from './subject-counts.js';

const marks = (values: unknown[]): string => values.map(() => '?').join(', ');

// Last-first, so that newest-first by rowid reads each document in text order. Each is counted
// in `counts`, which the caller writes once for its whole batch.
export function insertStatements(c: SqliteConnection, documentId: string, statements: Statement[], counts: SubjectCounts): void {
  const statement = c.sql(
    'INSERT INTO statements (id, document_id, kind, subject, value, start_offset, end_offset, sentence, rule, lang, words, confidence, subject_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const search = c.sql('INSERT INTO quote_search (rowid, speaker, words) VALUES (?, ?, ?)');
  for (const s of [...statements].reverse()) {
    const subjectKey = counts.keyOf(s.subject);
    counts.add(s);
    const row = [s.id, documentId, s.kind, s.subject, JSON.stringify(s.value), s.start, s.end, s.sentence, s.rule, s.lang, s.words, s.confidence];
    const info = statement.run(...row, subjectKey);
    // Folded as the subject is; kept by the contentless index only (migration 024).
    if (!isSearchable(s)) continue;
    const words = nameKey(s.words);
    search.run(info.lastInsertRowid, subjectKey, words);
    noteTerms(c, subjectKey, words);
  }
}

export function replaceStatements(c: SqliteConnection, documentId: string, statements: Statement[], mainEvent?: string | null): void {
  c.write(() => {
    const counts = new SubjectCounts();
    takeAwayDocument(c, documentId, counts);
    c.sql(`DELETE FROM quote_search WHERE rowid IN (SELECT rowid FROM statements s WHERE document_id = ? AND ${quotedSql})`).run(documentId);
    c.sql('DELETE FROM statements WHERE document_id = ?').run(documentId);
    insertStatements(c, documentId, statements, counts);
    keepTerms(c);
    writeSubjectCounts(c, counts);
    refreshAssembly(c, documentId, mainEvent === undefined ? undefined : (mainEvent ?? ''));
  });
}

export function listStatements(c: SqliteConnection, documentId: string): Statement[] {
  return c
    .sql(`SELECT ${statementColumns} FROM statements s WHERE s.document_id = ? ORDER BY s.start_offset, s.end_offset, s.id`)
    .all(documentId)
    .map(statementOf);
}

export function listStatementsByKind(c: SqliteConnection, kinds: Statement['kind'][], limit: number): Statement[] {
  if (kinds.length === 0) return [];
  return c.db
    .prepare(
      `SELECT ${statementColumns} FROM statements s JOIN documents d ON d.id = s.document_id WHERE s.kind IN (${marks(kinds)}) ORDER BY d.seq, s.start_offset, s.id LIMIT ?`,
    )
    .all(...kinds, limit)
    .map(statementOf);
}

export function getStatement(c: SqliteConnection, id: string): Statement | null {
  const row = c.sql(`SELECT ${statementColumns} FROM statements s WHERE s.id = ?`).get(id);
  return row ? statementOf(row) : null;
}

// Per subject and kind, the latest through the (subject, kind) index, merged: a subject with a
// hundred thousand statements costs as little as one with three.
export function findStatementsBySubject(c: SqliteConnection, subjects: string[], limit: number, offset: number): Statement[] {
  if (subjects.length === 0) return [];
  const pairs = subjectKinds(c, subjects);
  const latest = c.sql(`SELECT s.rowid AS seq, ${statementColumns} FROM statements s WHERE s.subject = ? AND s.kind = ? ORDER BY s.rowid DESC LIMIT ?`);
  return pairs
    .flatMap(({ subject, kind }) => latest.all(subject, kind, offset + limit) as { seq: number }[])
    .sort((a, b) => b.seq - a.seq)
    .slice(offset, offset + limit)
    .map(({ seq: _seq, ...row }) => statementOf(row));
}

export function eventStatements(c: SqliteConnection, event: string, kinds: Statement['kind'][], limit: number): EventStatement[] {
  if (kinds.length === 0) return [];
  return c.db
    .prepare(
      `SELECT ${quoteColumns} FROM documents d JOIN statements s ON s.document_id = d.id
       WHERE d.main_event = ? AND s.kind IN (${marks(kinds)}) ORDER BY d.seq DESC, s.start_offset, s.end_offset, s.id LIMIT ?`,
    )
    .all(event, ...kinds, limit)
    .map(quoteRowOf);
}
