import { unreviewed, type Statement } from '../../model/index.js';
import { distinctFacts, factKinds, factKindsSql, factOf, type FactStatement } from '../assembly.js';
import { BatchTallies, type ClusterFact } from '../batch.js';
import { evidenceOf, tallyOf } from '../rows.js';
import type { FactEvidence, FactTally } from '../store.js';
import { insertRows, type Column, type Sql } from './connection.js';
import { evidenceOrder } from './evidence.js';
import { reviewStates } from './review.js';

// Keeps declaration_facts and declaration_fact_totals true to the statements and the review log,
// inside the caller's transaction (see ../assembly.ts); the same books as SQLite's.
// `mainEvent` given: the document's event is (re)set first; '' for none.
export async function refreshAssembly(tx: Sql, documentId: string, mainEvent?: string): Promise<void> {
  if (mainEvent !== undefined) await tx`UPDATE documents SET main_event = ${mainEvent} WHERE id = ${documentId}`;
  const [document] = await tx`SELECT main_event AS event, published, sample FROM documents WHERE id = ${documentId}`;
  await leaveAssembly(tx, documentId, document?.sample === true);
  // NULL: the document waits for the backfill (`documentsWithoutAssembly`).
  if (!document || document.event === null) return;
  const statements = await tx<
    FactStatement[]
  >`SELECT id, kind, subject, value FROM statements WHERE document_id = ${documentId} AND kind IN ${tx.unsafe(factKindsSql)}`;
  await enterAssembly(tx, { id: documentId, published: document.published as string | null, sample: document.sample === true }, [...statements]);
}

const factColumns: Column[] = [
  ['statement_id', 'text'],
  ['document_id', 'text'],
  ['declaration', 'text'],
  ['property', 'text'],
  ['object', 'text'],
  ['reviewed', 'boolean'],
  ['published', 'text'],
  ['reason', 'text'],
  // NULL (a document's rows made anew): the trigger of migration 016 reads the cluster, and
  // the document's seq and sample flag (017: it runs only for rows without them).
  ['cluster', 'text'],
  ['doc_seq', 'bigint'],
  ['sample', 'boolean'],
];
const totalColumns: Column[] = [
  ['declaration', 'text'],
  ['property', 'text'],
  ['object', 'text'],
  ['reviewed', 'int'],
];

// The facts of a document with no rows in the assembly yet (a new one, or one just left) enter
// it: its statements of the fact kinds, as review left them. One insert per table: a document's
// (declaration, property, object) keys are distinct, so one upsert may take them all.
async function enterAssembly(tx: Sql, document: { id: string; published: string | null; sample: boolean }, statements: FactStatement[]): Promise<void> {
  const states = await reviewStates(
    tx,
    statements.map((s) => s.id),
  );
  const rows = statements.flatMap((s) => factOf(s, states.get(s.id) ?? unreviewed) ?? []);
  const facts = rows.map((r) => ({ statement_id: r.statementId, document_id: document.id, ...r, published: document.published }));
  const totals = distinctFacts(rows).map((t) => ({ ...t, reviewed: t.reviewed ? 1 : 0 }));
  if (totals.length === 0) return;
  // The latest document: a later date wins; without dates, the one stored last.
  await Promise.all([
    insertRows(tx, 'declaration_facts', factColumns, facts),
    tx`INSERT INTO declaration_fact_totals AS o (declaration, property, object, sample, documents, reviewed_documents, latest, latest_document)
      SELECT declaration, property, object, ${document.sample}::boolean, 1, reviewed, ${document.published}::text, ${document.id}::text
      FROM json_to_recordset(${JSON.stringify(totals)}::text::json) AS v (${tx.unsafe(totalColumns.map((c) => c.join(' ')).join(', '))})
      ON CONFLICT (declaration, property, object, sample) DO UPDATE SET documents = o.documents + 1, reviewed_documents = o.reviewed_documents + excluded.reviewed_documents,
        latest_document = CASE WHEN o.latest IS NULL OR coalesce(excluded.latest, '') >= o.latest THEN excluded.latest_document ELSE o.latest_document END,
        latest = CASE WHEN o.latest IS NULL OR excluded.latest > o.latest THEN excluded.latest ELSE o.latest END`.execute(),
  ]);
  for (const t of totals) await countClusters(tx, document.id, { ...t, sample: document.sample }, 1);
}

type NewDocument = { id: string; seq: number; published: string | null; sample: boolean; cluster: string; statements: Statement[] };

// The new documents of a batch enter the assembly together (../batch.ts): their review states in
// one query, their rows in one insert, the tallies they add totalled and written once per key.
export async function enterBatch(tx: Sql, documents: NewDocument[], firstSeq: number): Promise<void> {
  const facts = documents.map((d) =>
    d.statements.filter((s) => factKinds.has(s.kind)).map((s): FactStatement => ({ id: s.id, kind: s.kind, subject: s.subject, value: JSON.stringify(s.value) })),
  );
  const states = await reviewStates(
    tx,
    facts.flat().map((s) => s.id),
  );
  const tallies = new BatchTallies<boolean>();
  const rows = documents.flatMap((d, i) => {
    const found = (facts[i] ?? []).flatMap((s) => factOf(s, states.get(s.id) ?? unreviewed) ?? []);
    tallies.enter(d, distinctFacts(found));
    return found.map((r) => ({ statement_id: r.statementId, document_id: d.id, ...r, published: d.published, cluster: d.cluster, doc_seq: d.seq, sample: d.sample }));
  });
  if (tallies.totals.size === 0) return;
  const [, stated] = await Promise.all([insertRows(tx, 'declaration_facts', factColumns, rows), statedBefore(tx, tallies.firstPairs(), firstSeq)]);
  for (const pair of stated) tallies.counted(pair);
  const totals = [...tallies.totals.values()];
  const keys = json(totals.map(({ declaration, property, object, sample }) => ({ declaration, property, object, sample })));
  await Promise.all([
    tx`INSERT INTO declaration_fact_totals AS o (declaration, property, object, sample, documents, reviewed_documents, latest, latest_document, clusters)
      SELECT declaration, property, object, sample, documents, "reviewedDocuments", latest, "latestDocument", clusters FROM json_to_recordset(${json(totals)}::text::json)
        AS v (declaration text, property text, object text, sample boolean, documents int, "reviewedDocuments" int, latest text, "latestDocument" text, clusters int)
      ON CONFLICT (declaration, property, object, sample) DO UPDATE SET documents = o.documents + excluded.documents,
        reviewed_documents = o.reviewed_documents + excluded.reviewed_documents,
        latest_document = CASE WHEN o.latest IS NULL OR coalesce(excluded.latest, '') >= o.latest THEN excluded.latest_document ELSE o.latest_document END,
        latest = CASE WHEN o.latest IS NULL OR excluded.latest > o.latest THEN excluded.latest ELSE o.latest END, clusters = o.clusters + excluded.clusters`.execute(),
    tx`UPDATE declaration_fact_totals t SET cluster = CASE WHEN t.clusters = 1 THEN (
        SELECT coalesce(m.cluster, f.document_id) FROM declaration_facts f JOIN documents d ON d.id = f.document_id LEFT JOIN document_clusters m ON m.document_id = f.document_id
        WHERE f.declaration = t.declaration AND f.property = t.property AND f.object = t.object AND d.sample = t.sample LIMIT 1) END
      FROM json_to_recordset(${keys}::text::json) AS k (declaration text, property text, object text, sample boolean)
      WHERE t.declaration = k.declaration AND t.property = k.property AND t.object = k.object AND t.sample = k.sample`.execute(),
  ]);
}

const json = (value: unknown): string => JSON.stringify(value);

// The (cluster, fact) pairs a document stored before the batch (a lower seq) states already.
// A lateral look-up each in the rows by (fact, sample, cluster, document order), migration 016:
// as an EXISTS, PostgreSQL hashed every stored fact for each batch, and through the cluster's
// documents it read every copy of a story thousands of outlets carried, for each of its facts.
async function statedBefore(tx: Sql, pairs: ClusterFact<boolean>[], firstSeq: number): Promise<ClusterFact<boolean>[]> {
  if (pairs.length === 0) return [];
  const rows = await tx`SELECT p.cluster, p.declaration, p.property, p.object, p.sample
    FROM json_to_recordset(${json(pairs)}::text::json) AS p (cluster text, declaration text, property text, object text, sample boolean)
    CROSS JOIN LATERAL (SELECT 1 FROM declaration_facts f WHERE f.declaration = p.declaration AND f.property = p.property AND f.object = p.object
      AND f.sample = p.sample AND f.cluster = p.cluster AND f.doc_seq < ${firstSeq} LIMIT 1) AS stated`;
  return rows.map((r) => ({ cluster: String(r.cluster), declaration: String(r.declaration), property: String(r.property), object: String(r.object), sample: r.sample === true }));
}

type TotalKey = { declaration: string; property: string; object: string; sample: boolean };

// A tally's independent sources (see SQLite's assembly.ts): the document's cluster enters or
// leaves the count unless another document of it states the same fact; one cluster left is named.
async function countClusters(tx: Sql, documentId: string, k: TotalKey, step: 1 | -1): Promise<void> {
  const key = tx`declaration = ${k.declaration} AND property = ${k.property} AND object = ${k.object} AND sample = ${k.sample}`;
  const fact = tx`f.declaration = ${k.declaration} AND f.property = ${k.property} AND f.object = ${k.object} AND d.sample = ${k.sample}`;
  // The rows carry their document's cluster (migration 016): one index look-up.
  await tx`UPDATE declaration_fact_totals SET clusters = clusters + ${step} WHERE ${key} AND NOT EXISTS (
      SELECT 1 FROM declaration_facts f WHERE f.declaration = ${k.declaration} AND f.property = ${k.property} AND f.object = ${k.object} AND f.sample = ${k.sample}
        AND f.cluster = coalesce((SELECT cluster FROM document_clusters WHERE document_id = ${documentId}), ${documentId}) AND f.document_id <> ${documentId})`;
  await tx`UPDATE declaration_fact_totals SET cluster = CASE WHEN clusters = 1 THEN (
      SELECT coalesce(m.cluster, f.document_id) FROM declaration_facts f JOIN documents d ON d.id = f.document_id
        LEFT JOIN document_clusters m ON m.document_id = f.document_id WHERE ${fact} LIMIT 1) END
    WHERE ${key}`;
}

// The statement whose review state changed: its document's rows are made anew.
export async function refreshStatement(tx: Sql, statementId: string): Promise<void> {
  const [row] = await tx`SELECT document_id FROM statements WHERE id = ${statementId}`;
  if (row) await refreshAssembly(tx, String(row.document_id));
}

// A sample document's rows are in the sample tallies; its flag never changes.
export async function leaveAssembly(tx: Sql, documentId: string, sample: boolean): Promise<void> {
  const rows = await tx`SELECT declaration, property, object, bool_or(reviewed) AS reviewed FROM declaration_facts WHERE document_id = ${documentId}
    GROUP BY declaration, property, object`;
  if (rows.length === 0) return;
  await tx`DELETE FROM declaration_facts WHERE document_id = ${documentId}`;
  for (const r of rows) {
    const same = tx`f.declaration = ${r.declaration} AND f.object = ${r.object} AND f.property = ${r.property}
      AND f.document_id IN (SELECT id FROM documents WHERE sample = ${sample})`;
    await tx`UPDATE declaration_fact_totals SET documents = documents - 1, reviewed_documents = reviewed_documents - ${r.reviewed ? 1 : 0},
        latest = (SELECT max(published) FROM declaration_facts f WHERE ${same}),
        latest_document = (SELECT f.document_id FROM declaration_facts f WHERE ${same} ORDER BY f.published DESC NULLS LAST, f.seq DESC LIMIT 1)
      WHERE declaration = ${r.declaration} AND property = ${r.property} AND object = ${r.object} AND sample = ${sample}`;
    await countClusters(tx, documentId, { declaration: String(r.declaration), property: String(r.property), object: String(r.object), sample }, -1);
    await tx`DELETE FROM declaration_fact_totals WHERE declaration = ${r.declaration} AND property = ${r.property} AND object = ${r.object}
      AND sample = ${sample} AND documents <= 0`;
  }
}

export async function factTallies(sql: Sql, query: { declaration?: string; object?: string }): Promise<FactTally[]> {
  if (query.declaration === undefined && query.object === undefined) return [];
  const where = query.declaration !== undefined ? sql`t.declaration = ${query.declaration}` : sql`t.object = ${query.object ?? ''}`;
  const rows = await sql`SELECT t.declaration, t.property, t.object, t.sample, t.documents, t.reviewed_documents AS "reviewedDocuments", t.clusters, t.cluster, t.latest,
      coalesce(d.url, d.origin) AS "latestSource"
    FROM declaration_fact_totals t LEFT JOIN documents d ON d.id = t.latest_document
    WHERE ${where} ORDER BY t.declaration, t.object, t.property, t.sample`;
  return rows.map(tallyOf);
}

// Reviewed first, then newest published (undated last), then the latest stored, in text order.
export async function factEvidence(sql: Sql, declaration: string, object: string, property: string, limit: number, sample?: boolean, offset = 0): Promise<FactEvidence[]> {
  const rows = await sql`SELECT f.statement_id AS "statementId", f.document_id AS "documentId", f.property, f.object, f.reviewed, f.published, f.reason,
      s.words, s.start_offset AS start, s.end_offset AS "end", s.rule, s.lang, d.url, d.origin, d.title, d.outlet, d.sample, coalesce(f.cluster, f.document_id) AS cluster
    FROM declaration_facts f JOIN statements s ON s.id = f.statement_id JOIN documents d ON d.id = f.document_id
    WHERE f.declaration = ${declaration} AND f.object = ${object} AND f.property = ${property} ${sample === undefined ? sql`` : sql`AND f.sample = ${sample}`}
    ORDER BY ${sql.unsafe(evidenceOrder('f', 's'))} LIMIT ${limit} OFFSET ${offset}`;
  return rows.map(evidenceOf);
}
