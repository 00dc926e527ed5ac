import type { Document } from '../../model/index.js';
import { encodeSignature, fingerprint, type Fingerprint } from '../../text/index.js';
import { BatchBands, type CandidateRow } from '../batch.js';
import { bandKeys, clusterFromEarliest, EarliestSharing, hitsPerBand, wiresText, type BandHit } from '../clusters.js';
import type { Carrier } from '../store.js';
import { leaveAssembly, refreshAssembly } from './assembly.js';
import type { PgConnection, Sql } from './connection.js';

// Keeps document_clusters and cluster_bands inside the caller's transaction, as SQLite's
// clusters.ts does (see ../clusters.ts), for the new documents of a batch in order, each against
// the stored ones and the batch's before it (../batch.ts): the first page of every band of the
// batch and its candidates' rows read in two queries, then one insert per table. Writes take the
// write lock: two workers saving copies of one story at once still see each other's cluster.
// Returns each document's cluster.
type Entering = Pick<Document, 'id' | 'text' | 'wires'> & { seq: number };
export async function assignClusters(tx: Sql, documents: Entering[]): Promise<string[]> {
  const bands = new BatchBands();
  const prints = documents.map((d) => {
    const print = fingerprint(d.text);
    return { d, print, keys: bandKeys(print), wires: wiresText(d.wires) };
  });
  await readBands(tx, bands, [...new Set(prints.flatMap((p) => p.keys))].map((key) => ({ key, after: 0 })));
  await readRows(tx, bands, bands.unreadIds());
  const clusters: string[] = [];
  const rows: CandidateRow[] = [];
  for (const { d, print, keys, wires } of prints) {
    const cluster = (await clusterAmong(tx, print, wires, new EarliestSharing(keys, d.id), bands)) ?? d.id;
    const row = { documentId: d.id, cluster, signature: encodeSignature(print), wires };
    bands.add(keys, d.seq, row);
    [clusters[clusters.length], rows[rows.length]] = [cluster, row];
  }
  const bandRows = prints.flatMap((p) => p.keys.map((key) => [key, p.d.seq] as const));
  await Promise.all([
    tx`INSERT INTO document_clusters (document_id, cluster, signature, wires)
      SELECT "documentId", cluster, signature, wires FROM json_to_recordset(${JSON.stringify(rows)}::text::json) AS v ("documentId" text, cluster text, signature text, wires text)
      ON CONFLICT (document_id) DO UPDATE SET cluster = excluded.cluster, signature = excluded.signature, wires = excluded.wires`.execute(),
    bandRows.length === 0
      ? undefined
      : tx`INSERT INTO cluster_bands (key, seq)
      SELECT * FROM unnest(${bandRows.map((r) => r[0])}::text[], ${bandRows.map((r) => r[1])}::bigint[]) ON CONFLICT DO NOTHING`.execute(),
  ]);
  return clusters;
}

export async function assignCluster(tx: Sql, document: Pick<Document, 'id' | 'text' | 'wires'>): Promise<void> {
  const [row] = await tx`SELECT seq FROM documents WHERE id = ${document.id}`;
  await assignClusters(tx, [{ ...document, seq: Number(row?.seq) }]);
}

// The stored hits of these bands after each `after`, a page each (BatchBands.learn), in one query.
async function readBands(tx: Sql, bands: BatchBands, wanted: { key: string; after: number }[]): Promise<void> {
  if (wanted.length === 0) return;
  const hits = await tx`SELECT w.key, b.seq, b.document_id AS "documentId" FROM json_to_recordset(${JSON.stringify(wanted)}::text::json) AS w (key text, after bigint)
    CROSS JOIN LATERAL (SELECT b.seq, d.id AS document_id FROM cluster_bands b JOIN documents d ON d.seq = b.seq
      WHERE b.key = w.key AND b.seq > w.after ORDER BY b.seq LIMIT ${hitsPerBand}) AS b`;
  const byKey = new Map<string, BandHit[]>(wanted.map((w) => [w.key, []]));
  for (const h of hits) byKey.get(String(h.key))?.push({ seq: Number(h.seq), documentId: String(h.documentId) });
  for (const [key, found] of byKey) bands.learn(key, found);
}

async function readRows(tx: Sql, bands: BatchBands, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  for (const row of await tx`SELECT document_id AS "documentId", cluster, signature, wires FROM document_clusters WHERE document_id = ANY(${ids}::text[])`)
    bands.rows.set(String(row.documentId), row as unknown as CandidateRow);
}

// The bands' earliest documents, page by page, until the candidates settle the cluster.
async function clusterAmong(tx: Sql, print: Fingerprint, wires: string, sharing: EarliestSharing, bands: BatchBands): Promise<string | null> {
  const rejected = new Set<string>();
  for (;;) {
    const wanted = sharing.wanted();
    for (;;) {
      const unknown = wanted.flatMap(({ key, after }) => {
        const page = bands.page(key, after);
        return Array.isArray(page) ? [] : [{ key, after: page.readAfter }];
      });
      if (unknown.length === 0) break;
      await readBands(tx, bands, unknown);
    }
    for (const { key, after } of wanted) sharing.add(key, bands.page(key, after) as BandHit[]);
    const ids = sharing.candidates();
    await readRows(
      tx,
      bands,
      [...ids.keys()].filter((id) => !bands.rows.has(id)),
    );
    const candidates = bands.candidates(ids);
    const found = clusterFromEarliest(print, wires, candidates, sharing.complete(), rejected);
    if (found !== undefined) return found;
  }
}

// Documents stored before clusters existed (the backlog of migration 014) get one, oldest first
// (see SQLite's).
export async function assignMissingClusters(c: PgConnection, limit: number): Promise<number> {
  const ids = await c.sql`SELECT b.document_id AS id FROM cluster_backlog b JOIN documents d ON d.id = b.document_id ORDER BY d.seq LIMIT ${limit}`;
  for (const { id } of ids)
    await c.write(async (tx) => {
      await tx`DELETE FROM cluster_backlog WHERE document_id = ${id as string}`;
      const [row] = await tx`SELECT id, text, sample FROM documents WHERE id = ${id as string}`;
      // Another process did it between the look and the lock.
      if (!row || (await tx`SELECT 1 FROM document_clusters WHERE document_id = ${row.id as string}`).length > 0) return;
      await leaveAssembly(tx, String(row.id), row.sample === true);
      await assignCluster(tx, { id: String(row.id), text: String(row.text) });
      await refreshAssembly(tx, String(row.id));
    });
  return ids.length;
}

// Every source of every document of these clusters, the original first.
export async function carriers(sql: Sql, clusters: string[]): Promise<Carrier[]> {
  if (clusters.length === 0) return [];
  const rows =
    await sql`SELECT coalesce(m.cluster, d.id) AS cluster, d.id AS "documentId", coalesce(s.source, d.origin) AS source, coalesce(s.outlet, d.outlet) AS outlet,
      coalesce(s.title, d.title) AS title, coalesce(s.url, d.url) AS url, coalesce(s.published, d.published) AS published
    FROM documents d LEFT JOIN document_clusters m ON m.document_id = d.id
      LEFT JOIN sources s ON s.document_id = d.id AND s.version = (SELECT max(t.version) FROM sources t WHERE t.source = s.source AND t.document_id = d.id)
    WHERE d.id IN (SELECT document_id FROM document_clusters WHERE cluster = ANY(${clusters}::text[])) OR d.id = ANY(${clusters}::text[])
    ORDER BY 1, coalesce(s.published, d.published) IS NULL, coalesce(s.published, d.published), d.seq, s.source`;
  return rows.map((r) => ({ ...r }) as Carrier);
}
