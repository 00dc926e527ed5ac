import type { Document } from '../../model/index.js';
import { encodeSignature, fingerprint } from '../../text/index.js';
import { bandKeys, clusterOf, wiresText, type ClusterCandidate } from '../clusters.js';
import type { Carrier } from '../store.js';
import { leaveAssembly, refreshAssembly } from './assembly.js';
import type { SqliteConnection } from './connection.js';

// Keeps document_clusters and cluster_bands (migration 016), inside the caller's transaction:
// a new document joins the cluster of the earliest stored text it nearly copies (../clusters.ts).
export function assignCluster(c: SqliteConnection, document: Pick<Document, 'id' | 'text' | 'wires'>): void {
  const print = fingerprint(document.text);
  const keys = bandKeys(print);
  const wires = wiresText(document.wires);
  const candidates = c
    .sql(
      `SELECT m.document_id AS documentId, m.cluster, m.signature, m.wires, d.seq FROM document_clusters m JOIN documents d ON d.id = m.document_id
       WHERE m.document_id IN (SELECT document_id FROM cluster_bands WHERE key IN (SELECT value FROM json_each(?))) AND m.document_id <> ?
       ORDER BY d.seq LIMIT 500`,
    )
    .all(JSON.stringify(keys), document.id) as ClusterCandidate[];
  const cluster = clusterOf(print, wires, candidates) ?? document.id;
  c.sql('INSERT OR REPLACE INTO document_clusters (document_id, cluster, signature, wires) VALUES (?, ?, ?, ?)').run(document.id, cluster, encodeSignature(print), wires);
  const band = c.sql('INSERT OR IGNORE INTO cluster_bands (key, document_id) VALUES (?, ?)');
  for (const key of keys) band.run(key, document.id);
}

// Documents stored before clusters existed get one, oldest first, so that a copy finds the
// original before it; their tallies count the cluster from then on. Returns how many were done.
export function assignMissingClusters(c: SqliteConnection, limit: number): number {
  const ids = c
    .sql('SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_clusters m WHERE m.document_id = d.id) ORDER BY d.seq LIMIT ?')
    .pluck()
    .all(limit) as string[];
  for (const id of ids)
    c.write(() => {
      const row = c.sql('SELECT id, text, sample FROM documents WHERE id = ?').get(id) as { id: string; text: string; sample: number };
      leaveAssembly(c, id, row.sample);
      assignCluster(c, row);
      refreshAssembly(c, id);
    });
  return ids.length;
}

// Every source of every document of these clusters, the original first (earliest published,
// undated last, then first stored).
export function carriers(c: SqliteConnection, clusters: string[]): Carrier[] {
  if (clusters.length === 0) return [];
  return c
    .sql(
      `SELECT coalesce(m.cluster, d.id) AS cluster, d.id AS documentId, coalesce(s.source, d.origin) AS source, coalesce(s.outlet, d.outlet) AS outlet,
         coalesce(s.title, d.title) AS title, coalesce(s.url, d.url) AS url, coalesce(s.published, d.published) AS published
       FROM documents d LEFT JOIN document_clusters m ON m.document_id = d.id
         LEFT JOIN sources s ON s.document_id = d.id AND s.version = (SELECT max(t.version) FROM sources t WHERE t.source = s.source AND t.document_id = d.id)
       WHERE d.id IN (SELECT document_id FROM document_clusters WHERE cluster IN (SELECT value FROM json_each(@clusters))) OR d.id IN (SELECT value FROM json_each(@clusters))
       ORDER BY cluster, coalesce(s.published, d.published) IS NULL, coalesce(s.published, d.published), d.seq, s.source`,
    )
    .all({ clusters: JSON.stringify(clusters) }) as Carrier[];
}
