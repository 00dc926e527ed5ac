import type { Document } from '../../model/index.js';
import { encodeSignature, fingerprint, type Fingerprint } from '../../text/index.js';
import { bandKeys, clusterFromEarliest, EarliestSharing, hitsPerBand, wiresText, type BandHit, type ClusterCandidate } from '../clusters.js';
import type { Carrier } from '../store.js';
import { leaveAssembly, refreshAssembly } from './assembly.js';
import type { PgConnection, Sql } from './connection.js';

// Keeps document_clusters and cluster_bands inside the caller's transaction, as SQLite's
// clusters.ts does (see ../clusters.ts). Writes take the write lock: two workers saving copies
// of one story at once still see each other's cluster.
export async function assignCluster(tx: Sql, document: Pick<Document, 'id' | 'text' | 'wires'>): Promise<void> {
  const print = fingerprint(document.text);
  const keys = bandKeys(print);
  const wires = wiresText(document.wires);
  const cluster = (await clusterAmong(tx, print, wires, new EarliestSharing(keys, document.id))) ?? document.id;
  await tx`INSERT INTO document_clusters (document_id, cluster, signature, wires) VALUES (${document.id}, ${cluster}, ${encodeSignature(print)}, ${wires})
    ON CONFLICT (document_id) DO UPDATE SET cluster = excluded.cluster, signature = excluded.signature, wires = excluded.wires`;
  if (keys.length > 0)
    await tx`INSERT INTO cluster_bands (key, seq, document_id) SELECT k, (SELECT seq FROM documents WHERE id = ${document.id}), ${document.id}
      FROM unnest(${keys}::text[]) AS k ON CONFLICT DO NOTHING`;
}

// The bands' earliest documents, page by page (one query a page for every band read), until
// the candidates settle the cluster (see ../clusters.ts).
async function clusterAmong(tx: Sql, print: Fingerprint, wires: string, sharing: EarliestSharing): Promise<string | null> {
  const rows = new Map<string, Omit<ClusterCandidate, 'seq'>>();
  for (;;) {
    const wanted = sharing.wanted();
    const hits =
      await tx`SELECT w.key, b.seq, b.document_id AS "documentId" FROM json_to_recordset(${JSON.stringify(wanted)}::text::json) AS w (key text, after bigint)
      CROSS JOIN LATERAL (SELECT seq, document_id FROM cluster_bands WHERE key = w.key AND seq > w.after ORDER BY seq LIMIT ${hitsPerBand}) AS b`;
    const byKey = new Map<string, BandHit[]>(wanted.map((w) => [w.key, []]));
    for (const h of hits) byKey.get(String(h.key))?.push({ seq: Number(h.seq), documentId: String(h.documentId) });
    for (const [key, found] of byKey) sharing.add(key, found);
    const ids = sharing.candidates();
    const unread = [...ids.keys()].filter((id) => !rows.has(id));
    if (unread.length > 0)
      for (const row of await tx`SELECT document_id AS "documentId", cluster, signature, wires FROM document_clusters WHERE document_id = ANY(${unread}::text[])`)
        rows.set(String(row.documentId), row as unknown as Omit<ClusterCandidate, 'seq'>);
    const candidates = [...ids].flatMap(([id, seq]) => (rows.has(id) ? [{ ...(rows.get(id) as Omit<ClusterCandidate, 'seq'>), seq }] : []));
    const found = clusterFromEarliest(print, wires, candidates, sharing.complete());
    if (found !== undefined) return found;
  }
}

// Documents stored before clusters existed get one, oldest first (see SQLite's).
export async function assignMissingClusters(c: PgConnection, limit: number): Promise<number> {
  const ids =
    await c.sql`SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_clusters m WHERE m.document_id = d.id) ORDER BY d.seq LIMIT ${limit}`;
  for (const { id } of ids)
    await c.write(async (tx) => {
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
