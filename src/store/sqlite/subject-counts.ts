import type { Lang } from '../../model/index.js';
import type { SubjectCounts } from '../subject-counts.js';
import type { SqliteConnection } from './connection.js';

const marks = (values: unknown[]): string => values.map(() => '?').join(', ');
const personKinds = "('person', 'quote', 'indirect_speech', 'quote_fragment')";

// Inside the writer's transaction: the counts its statements added and took away, a row a key.
export function writeSubjectCounts(c: SqliteConnection, counts: SubjectCounts): void {
  const rows = counts.rows();
  if (rows.length === 0) return;
  const add = c.sql(
    'INSERT INTO subject_counts (subject, kind, lang, subject_key, n) VALUES (?, ?, ?, ?, ?) ON CONFLICT (subject, kind, lang) DO UPDATE SET n = n + excluded.n',
  );
  for (const r of rows) add.run(r.subject, r.kind, r.lang, r.subject_key, r.n);
  if (rows.some((r) => r.n < 0)) c.sql('DELETE FROM subject_counts WHERE n <= 0').run();
}

// What a document's statements counted, taken away before they are removed.
export function takeAwayDocument(c: SqliteConnection, documentId: string, counts: SubjectCounts): void {
  const rows = c.sql('SELECT subject, kind, lang, count(*) AS n FROM statements WHERE document_id = ? GROUP BY subject, kind, lang').all(documentId) as {
    subject: string;
    kind: string;
    lang: string;
    n: number;
  }[];
  for (const r of rows) counts.add(r as never, -r.n);
}

export function countStatementsBySubject(c: SqliteConnection, subjects: string[]): Record<string, number> {
  if (subjects.length === 0) return {};
  const rows = c.db
    .prepare(`SELECT kind, sum(n) AS n FROM subject_counts WHERE subject IN (${marks(subjects)}) GROUP BY kind ORDER BY kind`)
    .all(...subjects) as { kind: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

// The kinds each of these subjects has statements of.
export function subjectKinds(c: SqliteConnection, subjects: string[]): { subject: string; kind: string }[] {
  if (subjects.length === 0) return [];
  return c.db.prepare(`SELECT DISTINCT subject, kind FROM subject_counts WHERE subject IN (${marks(subjects)})`).all(...subjects) as {
    subject: string;
    kind: string;
  }[];
}

export function personNames(c: SqliteConnection, key: string): { name: string; lang: Lang; statements: number }[] {
  return c
    .sql(
      `SELECT subject AS name, lang, sum(n) AS statements FROM subject_counts WHERE subject_key = ? AND kind IN ${personKinds}
       GROUP BY subject, lang ORDER BY statements DESC, name, lang`,
    )
    .all(key) as { name: string; lang: Lang; statements: number }[];
}
