import { evidenceOf } from '../rows.js';
import type { Carrier, FactEvidence, StorySize } from '../store.js';
import type { SqliteConnection } from './connection.js';

// The evidence order of factEvidence: reviewed first, newest published (undated last), latest
// stored, text order. With the sample flag, the index of migration 022 serves it up to the text
// order inside one document, so that a party's first few of thousands of statements are read
// without sorting them all.
export const evidenceOrder = (f: string, s: string): string =>
  `${f}.reviewed DESC, ${f}.published DESC, ${f}.doc_seq DESC, ${s}.start_offset, ${f}.statement_id`;

// The first `perTally` statements of each tally of a declaration (one party's only, when given),
// in one query: per tally the index is read in the evidence order, and stops at `perTally`.
export function topEvidence(c: SqliteConnection, declaration: string, perTally: number, party?: string): FactEvidence[] {
  if (perTally <= 0) return [];
  return c
    .sql(
      `SELECT f.statement_id AS statementId, f.document_id AS documentId, f.property, f.object, f.reviewed, f.published, f.reason,
         s.words, s.start_offset AS start, s.end_offset AS "end", s.rule, s.lang, d.url, d.origin, d.title, d.outlet, d.sample, coalesce(f.cluster, f.document_id) AS cluster
       FROM declaration_fact_totals t
         JOIN declaration_facts f ON f.rowid IN (
           SELECT x.rowid FROM declaration_facts x JOIN statements y ON y.id = x.statement_id
           WHERE x.declaration = t.declaration AND x.object = t.object AND x.property = t.property AND x.sample = t.sample
           ORDER BY ${evidenceOrder('x', 'y')} LIMIT @perTally)
         JOIN statements s ON s.id = f.statement_id JOIN documents d ON d.id = f.document_id
       WHERE t.declaration = @declaration AND t.property <> 'signatory_count' AND (@party IS NULL OR t.object = @party)
       ORDER BY t.object, t.property, t.sample, ${evidenceOrder('f', 's')}`,
    )
    .all({ declaration, perTally, party: party ?? null })
    .map(evidenceOf);
}

// The first `perStory` documents of each story (earliest published, undated last, then first
// stored; migration 019's index), each with every source it was read from, as `carriers` orders them.
export function storyCarriers(c: SqliteConnection, clusters: string[], perStory: number): Carrier[] {
  if (clusters.length === 0 || perStory <= 0) return [];
  return c
    .sql(
      `WITH wanted (cluster) AS (SELECT DISTINCT value FROM json_each(@clusters)),
       picked (cluster, document_id) AS (
         SELECT w.cluster, m.document_id FROM wanted w JOIN document_clusters m ON m.rowid IN (
           SELECT x.rowid FROM document_clusters x WHERE x.cluster = w.cluster ORDER BY x.cluster, x.published IS NULL, x.published, x.seq LIMIT @perStory)
         UNION SELECT w.cluster, w.cluster FROM wanted w WHERE NOT EXISTS (SELECT 1 FROM document_clusters x WHERE x.document_id = w.cluster))
       SELECT p.cluster, d.id AS documentId, coalesce(s.source, d.origin) AS source, coalesce(s.outlet, d.outlet) AS outlet,
         coalesce(s.title, d.title) AS title, coalesce(s.url, d.url) AS url, coalesce(s.published, d.published) AS published
       FROM picked p JOIN documents d ON d.id = p.document_id
         LEFT JOIN sources s ON s.document_id = d.id AND s.version = (SELECT max(t.version) FROM sources t WHERE t.source = s.source AND t.document_id = d.id)
       ORDER BY p.cluster, coalesce(s.published, d.published) IS NULL, coalesce(s.published, d.published), d.seq, s.source`,
    )
    .all({ clusters: JSON.stringify(clusters), perStory }) as Carrier[];
}

// How many documents each story has, counted up to `atMost` (a count of thousands costs as
// much as reading them: past the bound, "more than" is what a reader needs).
export function storySizes(c: SqliteConnection, clusters: string[], atMost: number): StorySize[] {
  if (clusters.length === 0) return [];
  const count = c.sql('SELECT count(*) FROM (SELECT 1 FROM document_clusters WHERE cluster = ? LIMIT ?)').pluck();
  return [...new Set(clusters)].map((cluster) => ({ cluster, documents: Math.max(1, Number(count.get(cluster, atMost))) }));
}
