import type { Lang } from '../../model/index.js';
import type { SubjectCounts } from '../subject-counts.js';
import type { Sql } from './connection.js';

const personKinds = "('person', 'quote', 'indirect_speech', 'quote_fragment')";

// Inside the writer's transaction: the counts its statements added and took away, in one
// statement for a whole batch, rows in one order (two writers meet on them in the same order).
export async function writeSubjectCounts(tx: Sql, counts: SubjectCounts): Promise<void> {
  const rows = counts.rows();
  if (rows.length === 0) return;
  await tx`INSERT INTO subject_counts (subject, kind, lang, subject_key, n)
    SELECT subject, kind, lang, subject_key, n FROM json_to_recordset(${JSON.stringify(rows)}::text::json)
      AS v (subject text, kind text, lang text, subject_key text, n bigint)
    ON CONFLICT (subject, kind, lang) DO UPDATE SET n = subject_counts.n + excluded.n`.execute();
  if (rows.some((r) => r.n < 0)) await tx`DELETE FROM subject_counts WHERE n <= 0`.execute();
}

// What a document's statements counted, taken away before they are removed.
export async function takeAwayDocument(tx: Sql, documentId: string, counts: SubjectCounts): Promise<void> {
  const rows = await tx<{ subject: string; kind: string; lang: string; n: number }[]>`SELECT subject, kind, lang, count(*)::int AS n FROM statements
    WHERE document_id = ${documentId} GROUP BY subject, kind, lang`;
  for (const r of rows) counts.add(r as never, -r.n);
}

export async function countStatementsBySubject(sql: Sql, subjects: string[]): Promise<Record<string, number>> {
  if (subjects.length === 0) return {};
  const rows = await sql`SELECT kind, sum(n)::int AS n FROM subject_counts WHERE subject IN ${sql(subjects)} GROUP BY kind ORDER BY kind`;
  return Object.fromEntries(rows.map((r) => [String(r.kind), Number(r.n)]));
}

export async function personNames(sql: Sql, key: string): Promise<{ name: string; lang: Lang; statements: number }[]> {
  const rows = await sql<{ name: string; lang: Lang; statements: number }[]>`SELECT subject AS name, lang, sum(n)::int AS statements FROM subject_counts
    WHERE subject_key = ${key} AND kind IN ${sql.unsafe(personKinds)} GROUP BY subject, lang ORDER BY statements DESC, name, lang`;
  return [...rows];
}
