import type { ReviewState, Statement } from '../../model/index.js';
import { distinctFacts, factKinds, factKindsSql, factOf, type FactRow, type FactStatement } from '../assembly.js';
import type { BatchTallies } from '../batch.js';
import { evidenceOf, tallyOf } from '../rows.js';
import type { FactEvidence, FactTally } from '../store.js';
import type { SqliteConnection } from './connection.js';
import { evidenceOrder } from './evidence.js';
import { reviewStates } from './review.js';

// Keeps declaration_facts and declaration_fact_totals (migration 009) true to the statements and
// the review log, inside the caller's transaction (see ../assembly.ts).
// `mainEvent` given: the document's event is (re)set first; '' for none.
export function refreshAssembly(c: SqliteConnection, documentId: string, mainEvent?: string): void {
  if (mainEvent !== undefined) c.sql('UPDATE documents SET main_event = ? WHERE id = ?').run(mainEvent, documentId);
  const document = c
    .sql('SELECT d.main_event AS event, d.published, d.sample, d.seq, coalesce(m.cluster, d.id) AS cluster FROM documents d LEFT JOIN document_clusters m ON m.document_id = d.id WHERE d.id = ?')
    .get(documentId) as { event: string | null; published: string | null; sample: number; seq: number; cluster: string } | undefined;
  leaveAssembly(c, documentId, document?.sample ?? 0);
  // NULL: the document waits for the backfill (`documentsWithoutAssembly`).
  if (!document || document.event === null) return;
  const statements = c
    .sql(`SELECT id, kind, subject, value FROM statements WHERE document_id = ? AND kind IN ${factKindsSql}`)
    .all(documentId) as FactStatement[];
  const rows = insertFacts(c, { ...document, id: documentId }, statements);
  // The latest document: a later date wins; without dates, the one stored last.
  const upsert = c.sql(
    `INSERT INTO declaration_fact_totals (declaration, property, object, sample, documents, reviewed_documents, latest, latest_document) VALUES (?, ?, ?, ?, 1, ?, ?, ?)
     ON CONFLICT (declaration, property, object, sample) DO UPDATE SET documents = documents + 1, reviewed_documents = reviewed_documents + excluded.reviewed_documents,
       latest_document = CASE WHEN latest IS NULL OR coalesce(excluded.latest, '') >= latest THEN excluded.latest_document ELSE latest_document END,
       latest = CASE WHEN latest IS NULL OR excluded.latest > latest THEN excluded.latest ELSE latest END`,
  );
  for (const t of distinctFacts(rows)) {
    upsert.run(t.declaration, t.property, t.object, document.sample, t.reviewed ? 1 : 0, document.published, documentId);
    countClusters(c, documentId, { ...t, sample: document.sample }, 1);
  }
}

type TotalKey = { declaration: string; property: string; object: string; sample: number };

// A tally's independent sources: its document's cluster enters (+1) or leaves (-1) the count
// unless another document of that cluster states the same fact; with one cluster left, the
// tally names it. Called after the document's rows are in (entering) or gone (leaving).
function countClusters(c: SqliteConnection, documentId: string, key: TotalKey, step: 1 | -1): void {
  const params = { ...key, document: documentId, step };
  c.sql(
    `UPDATE declaration_fact_totals SET clusters = clusters + @step
     WHERE declaration = @declaration AND property = @property AND object = @object AND sample = @sample AND NOT EXISTS (
       SELECT 1 FROM declaration_facts f INDEXED BY declaration_facts_cluster
       WHERE f.declaration = @declaration AND f.property = @property AND f.object = @object AND f.sample = @sample
         AND f.cluster = coalesce((SELECT cluster FROM document_clusters WHERE document_id = @document), @document) AND f.document_id <> @document)`,
  ).run(params);
  nameCluster(c, key);
}

// With one cluster left, the tally names it.
function nameCluster(c: SqliteConnection, key: TotalKey): void {
  c.sql(
    `UPDATE declaration_fact_totals SET cluster = CASE WHEN clusters = 1 THEN (
       SELECT coalesce(m.cluster, f.document_id) FROM declaration_facts f JOIN documents d ON d.id = f.document_id LEFT JOIN document_clusters m ON m.document_id = f.document_id
       WHERE f.declaration = @declaration AND f.property = @property AND f.object = @object AND d.sample = @sample LIMIT 1) END
     WHERE declaration = @declaration AND property = @property AND object = @object AND sample = @sample`,
  ).run(key);
}

// A new document of a batch (../batch.ts): its rows in, from the statements in hand, as review
// left them; its tallies added to the batch's.
export function enterAssembly(
  c: SqliteConnection,
  document: { id: string; published: string | null; sample: number; seq: number; cluster: string },
  statements: Statement[],
  tallies: BatchTallies<number>,
): void {
  const facts = statements.filter((s) => factKinds.has(s.kind)).map((s) => ({ id: s.id, kind: s.kind, subject: s.subject, value: JSON.stringify(s.value) }));
  tallies.enter(document, distinctFacts(insertFacts(c, document, facts)));
}

// A document's fact rows, as review left its statements, with the document's order and sample
// flag and cluster (so that the triggers of migrations 022 and 027 have nothing to fill).
function insertFacts(c: SqliteConnection, document: { id: string; published: string | null; sample: number; seq: number; cluster: string }, statements: FactStatement[]): FactRow[] {
  const states = reviewStates(c, statements.map((s) => s.id));
  const rows = statements.flatMap((s) => factOf(s, states.get(s.id) as ReviewState) ?? []);
  const insert = c.sql(
    'INSERT INTO declaration_facts (statement_id, document_id, declaration, property, object, reviewed, published, reason, doc_seq, sample, cluster) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const r of rows)
    insert.run(r.statementId, document.id, r.declaration, r.property, r.object, r.reviewed ? 1 : 0, document.published, r.reason, document.seq, document.sample, document.cluster);
  return rows;
}

// The batch's tallies, once per key, after its documents; a (cluster, fact) pair already stated
// by a document stored before the batch (a lower seq) adds no cluster.
export function writeTallies(c: SqliteConnection, tallies: BatchTallies<number>, firstSeq: number): void {
  // One look-up in the rows by (fact, sample, cluster, document order), migration 027: neither
  // the fact's documents (a hundred thousand) nor the cluster's (a story thousands carried) are read.
  const stated = c.sql(
    `SELECT 1 FROM declaration_facts f INDEXED BY declaration_facts_cluster
     WHERE f.declaration = @declaration AND f.property = @property AND f.object = @object AND f.sample = @sample
       AND f.cluster = @cluster AND f.doc_seq < @firstSeq LIMIT 1`,
  );
  for (const pair of tallies.firstPairs()) if (stated.get({ ...pair, firstSeq }) !== undefined) tallies.counted(pair);
  const upsert = c.sql(
    `INSERT INTO declaration_fact_totals (declaration, property, object, sample, documents, reviewed_documents, latest, latest_document, clusters) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (declaration, property, object, sample) DO UPDATE SET documents = documents + excluded.documents, reviewed_documents = reviewed_documents + excluded.reviewed_documents,
       latest_document = CASE WHEN latest IS NULL OR coalesce(excluded.latest, '') >= latest THEN excluded.latest_document ELSE latest_document END,
       latest = CASE WHEN latest IS NULL OR excluded.latest > latest THEN excluded.latest ELSE latest END, clusters = clusters + excluded.clusters`,
  );
  for (const t of tallies.totals.values()) {
    upsert.run(t.declaration, t.property, t.object, t.sample, t.documents, t.reviewedDocuments, t.latest, t.latestDocument, t.clusters);
    nameCluster(c, { declaration: t.declaration, property: t.property, object: t.object, sample: t.sample });
  }
}

// The statement whose review state changed: its document's rows are made anew.
export function refreshStatement(c: SqliteConnection, statementId: string): void {
  const documentId = c.sql('SELECT document_id FROM statements WHERE id = ?').pluck().get(statementId) as string | undefined;
  if (documentId) refreshAssembly(c, documentId);
}

// A sample document's rows are in the sample tallies (migration 010); its flag never changes.
export function leaveAssembly(c: SqliteConnection, documentId: string, sample: number): void {
  const rows = c
    .sql('SELECT declaration, property, object, max(reviewed) AS reviewed FROM declaration_facts WHERE document_id = ? GROUP BY declaration, property, object')
    .all(documentId) as { declaration: string; property: string; object: string; reviewed: number }[];
  if (rows.length === 0) return;
  c.sql('DELETE FROM declaration_facts WHERE document_id = ?').run(documentId);
  const same =
    'f.declaration = @declaration AND f.object = @object AND f.property = @property AND f.document_id IN (SELECT id FROM documents WHERE sample = @sample)';
  const decrement = c.sql(
    `UPDATE declaration_fact_totals SET documents = documents - 1, reviewed_documents = reviewed_documents - @reviewed,
       latest = (SELECT max(published) FROM declaration_facts f WHERE ${same}),
       latest_document = (SELECT f.document_id FROM declaration_facts f WHERE ${same} ORDER BY f.published DESC, f.rowid DESC LIMIT 1)
     WHERE declaration = @declaration AND property = @property AND object = @object AND sample = @sample`,
  );
  const drop = c.sql('DELETE FROM declaration_fact_totals WHERE declaration = ? AND property = ? AND object = ? AND sample = ? AND documents <= 0');
  for (const r of rows) {
    decrement.run({ ...r, sample });
    countClusters(c, documentId, { declaration: r.declaration, property: r.property, object: r.object, sample }, -1);
    drop.run(r.declaration, r.property, r.object, sample);
  }
}

export function factTallies(c: SqliteConnection, query: { declaration?: string; object?: string }): FactTally[] {
  if (query.declaration === undefined && query.object === undefined) return [];
  return c
    .sql(
      `SELECT t.declaration, t.property, t.object, t.sample, t.documents, t.reviewed_documents AS reviewedDocuments, t.clusters, t.cluster, t.latest, coalesce(d.url, d.origin) AS latestSource
       FROM declaration_fact_totals t LEFT JOIN documents d ON d.id = t.latest_document
       WHERE ${query.declaration !== undefined ? 't.declaration = @declaration' : 't.object = @object'} ORDER BY t.declaration, t.object, t.property, t.sample`,
    )
    .all(query.declaration !== undefined ? { declaration: query.declaration } : { object: query.object })
    .map(tallyOf);
}

// Reviewed first, then newest published (undated last), then the latest stored, in text order.
export function factEvidence(c: SqliteConnection, declaration: string, object: string, property: string, limit: number, sample?: boolean, offset = 0): FactEvidence[] {
  return c
    .sql(
      `SELECT f.statement_id AS statementId, f.document_id AS documentId, f.property, f.object, f.reviewed, f.published, f.reason,
         s.words, s.start_offset AS start, s.end_offset AS "end", s.rule, s.lang, d.url, d.origin, d.title, d.outlet, d.sample, coalesce(f.cluster, f.document_id) AS cluster
       FROM declaration_facts f JOIN statements s ON s.id = f.statement_id JOIN documents d ON d.id = f.document_id
       WHERE f.declaration = @declaration AND f.object = @object AND f.property = @property ${sample === undefined ? '' : 'AND f.sample = @sample'}
       ORDER BY ${evidenceOrder('f', 's')} LIMIT @limit OFFSET @offset`,
    )
    .all({ declaration, object, property, limit, offset, ...(sample === undefined ? {} : { sample: sample ? 1 : 0 }) })
    .map(evidenceOf);
}
