import { evidenceOf } from '../rows.js';
import type { Carrier, FactEvidence, StorySize } from '../store.js';
import type { Sql } from './connection.js';

// factEvidence's order (see SQLite's evidence.ts); with the sample flag, migration 012's index
// serves it up to the text order inside one document.
export const evidenceOrder = (f: string, s: string): string =>
  `${f}.reviewed DESC, ${f}.published DESC NULLS LAST, ${f}.doc_seq DESC, ${s}.start_offset, ${f}.statement_id`;

// The first `perTally` statements of each tally of a declaration, in one query: a LATERAL
// read of the index per tally, stopped at `perTally`.
export async function topEvidence(sql: Sql, declaration: string, perTally: number, party?: string): Promise<FactEvidence[]> {
  if (perTally <= 0) return [];
  const rows = await sql`SELECT e.* FROM declaration_fact_totals t CROSS JOIN LATERAL (
      SELECT f.statement_id AS "statementId", f.document_id AS "documentId", f.property, f.object, f.reviewed, f.published, f.reason,
        s.words, s.start_offset AS start, s.end_offset AS "end", s.rule, s.lang, d.url, d.origin, d.title, d.outlet, d.sample,
        f.cluster, f.doc_seq AS "documentSeq"
      FROM declaration_facts f JOIN statements s ON s.id = f.statement_id JOIN documents d ON d.id = f.document_id
      WHERE f.declaration = t.declaration AND f.object = t.object AND f.property = t.property AND f.sample = t.sample
      ORDER BY ${sql.unsafe(evidenceOrder('f', 's'))} LIMIT ${perTally}) e
    WHERE t.declaration = ${declaration} AND t.property <> 'signatory_count' ${party === undefined ? sql`` : sql`AND t.object = ${party}`}
    ORDER BY t.object, t.property, t.sample, e.reviewed DESC, e.published DESC NULLS LAST, e."documentSeq" DESC, e.start, e."statementId"`;
  return rows.map(({ documentSeq: _seq, ...row }) => evidenceOf(row));
}

// The first `perStory` documents of each story (migration 009's index), with their sources.
export async function storyCarriers(sql: Sql, clusters: string[], perStory: number): Promise<Carrier[]> {
  if (clusters.length === 0 || perStory <= 0) return [];
  const rows = await sql`WITH wanted AS (SELECT DISTINCT unnest(${clusters}::text[]) COLLATE "C" AS cluster),
    picked AS (
      SELECT w.cluster, p.document_id FROM wanted w CROSS JOIN LATERAL (
        SELECT x.document_id FROM document_clusters x WHERE x.cluster = w.cluster ORDER BY x.published, x.seq LIMIT ${perStory}) p
      UNION SELECT w.cluster, w.cluster FROM wanted w WHERE NOT EXISTS (SELECT 1 FROM document_clusters x WHERE x.document_id = w.cluster))
    SELECT p.cluster, d.id AS "documentId", coalesce(s.source, d.origin) AS source, coalesce(s.outlet, d.outlet) AS outlet,
      coalesce(s.title, d.title) AS title, coalesce(s.url, d.url) AS url, coalesce(s.published, d.published) AS published
    FROM picked p JOIN documents d ON d.id = p.document_id
      LEFT JOIN sources s ON s.document_id = d.id AND s.version = (SELECT max(t.version) FROM sources t WHERE t.source = s.source AND t.document_id = d.id)
    ORDER BY 1, coalesce(s.published, d.published) IS NULL, coalesce(s.published, d.published), d.seq, s.source`;
  return rows.map((r) => ({ ...r }) as Carrier);
}

// How many documents each story has, counted up to `atMost` (see SQLite's evidence.ts).
export async function storySizes(sql: Sql, clusters: string[], atMost: number): Promise<StorySize[]> {
  if (clusters.length === 0) return [];
  const rows = await sql`SELECT w.cluster, (SELECT count(*) FROM (SELECT 1 FROM document_clusters x WHERE x.cluster = w.cluster LIMIT ${atMost}) n) AS documents
    FROM (SELECT DISTINCT unnest(${clusters}::text[]) COLLATE "C" AS cluster) w`;
  const found = new Map(rows.map((r) => [String(r.cluster), Math.max(1, Number(r.documents))]));
  return [...new Set(clusters)].map((cluster) => ({ cluster, documents: found.get(cluster) ?? 1 }));
}
