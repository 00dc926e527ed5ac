import type { Document } from '../../model/index.js';
import { encodeSignature, fingerprint } from '../../text/index.js';
import { bandKeys, clusterOf, wiresText, type ClusterCandidate } from '../clusters.js';
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
  const rows = await tx`SELECT m.document_id AS "documentId", m.cluster, m.signature, m.wires, d.seq FROM document_clusters m JOIN documents d ON d.id = m.document_id
    WHERE m.document_id IN (SELECT document_id FROM cluster_bands WHERE key = ANY(${keys}::text[])) AND m.document_id <> ${document.id}
    ORDER BY d.seq LIMIT 500`;
  const candidates = rows.map((r) => ({ ...r, seq: Number(r.seq) }) as ClusterCandidate);
  const cluster = clusterOf(print, wires, candidates) ?? document.id;
  await tx`INSERT INTO document_clusters (document_id, cluster, signature, wires) VALUES (${document.id}, ${cluster}, ${encodeSignature(print)}, ${wires})
    ON CONFLICT (document_id) DO UPDATE SET cluster = excluded.cluster, signature = excluded.signature, wires = excluded.wires`;
  if (keys.length > 0)
    await tx`INSERT INTO cluster_bands (key, document_id) SELECT k, ${document.id} FROM unnest(${keys}::text[]) AS k ON CONFLICT DO NOTHING`;
}

// Documents stored before clusters existed get one, oldest first (see SQLite's).
export async function assignMissingClusters(c: PgConnection, limit: number): Promise<number> {
  const ids = await c.sql`SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_clusters m WHERE m.document_id = d.id) ORDER BY d.seq LIMIT ${limit}`;
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
  const rows = await sql`SELECT coalesce(m.cluster, d.id) AS cluster, d.id AS "documentId", coalesce(s.source, d.origin) AS source, coalesce(s.outlet, d.outlet) AS outlet,
      coalesce(s.title, d.title) AS title, coalesce(s.url, d.url) AS url, coalesce(s.published, d.published) AS published
    FROM documents d LEFT JOIN document_clusters m ON m.document_id = d.id
      LEFT JOIN sources s ON s.document_id = d.id AND s.version = (SELECT max(t.version) FROM sources t WHERE t.source = s.source AND t.document_id = d.id)
    WHERE d.id IN (SELECT document_id FROM document_clusters WHERE cluster = ANY(${clusters}::text[])) OR d.id = ANY(${clusters}::text[])
    ORDER BY 1, coalesce(s.published, d.published) IS NULL, coalesce(s.published, d.published), d.seq, s.source`;
  return rows.map((r) => ({ ...r }) as Carrier);
}
