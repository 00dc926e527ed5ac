import type { Document } from '../../model/index.js';
import { encodeSignature, fingerprint, type Fingerprint } from '../../text/index.js';
import { BatchBands, type CandidateRow } from '../batch.js';
import { bandKeys, clusterFromEarliest, EarliestSharing, hitsPerBand, wiresText, type BandHit } from '../clusters.js';
import type { Carrier } from '../store.js';
import { leaveAssembly, refreshAssembly } from './assembly.js';
import type { SqliteConnection } from './connection.js';

// Keeps document_clusters and cluster_bands (migrations 016, 018, 024), inside the caller's transaction,
// after the document's row: a new document joins the cluster of the earliest stored text it
// nearly copies (../clusters.ts), found through the earliest documents of each of its bands, as
// the batch has read them so far (../batch.ts). Returns the cluster.
export function assignCluster(c: SqliteConnection, document: Pick<Document, 'id' | 'text' | 'wires'>, bands = new BatchBands(), seq?: number): string {
  const print = fingerprint(document.text);
  const keys = bandKeys(print);
  const wires = wiresText(document.wires);
  const cluster = clusterAmong(c, print, wires, new EarliestSharing(keys, document.id), bands) ?? document.id;
  const signature = encodeSignature(print);
  c.sql('INSERT OR REPLACE INTO document_clusters (document_id, cluster, signature, wires) VALUES (?, ?, ?, ?)').run(document.id, cluster, signature, wires);
  const at = seq ?? (c.sql('SELECT seq FROM documents WHERE id = ?').pluck().get(document.id) as number);
  c.sql('INSERT OR IGNORE INTO cluster_bands (key, seq) SELECT value, ? FROM json_each(?)').run(at, JSON.stringify(keys));
  bands.add(keys, at, { documentId: document.id, cluster, signature, wires });
  return cluster;
}

// Reads the bands' earliest documents page by page until the candidates settle the cluster.
function clusterAmong(c: SqliteConnection, print: Fingerprint, wires: string, sharing: EarliestSharing, bands: BatchBands): string | null {
  // A band row names its document by seq (migration 024).
  const page = c.sql(
    'SELECT b.seq, d.id AS documentId FROM cluster_bands b JOIN documents d ON d.seq = b.seq WHERE b.key = ? AND b.seq > ? ORDER BY b.seq LIMIT ?',
  );
  const read = c.sql(
    'SELECT document_id AS documentId, cluster, signature, wires FROM document_clusters WHERE document_id IN (SELECT value FROM json_each(?))',
  );
  const pageOf = (key: string, after: number): BandHit[] => {
    for (;;) {
      const hits = bands.page(key, after);
      if (Array.isArray(hits)) return hits;
      bands.learn(key, page.all(key, hits.readAfter, hitsPerBand) as BandHit[]);
    }
  };
  // Most bands of a new story are in no stored document: one look for the bands the batch has
  // not read tells which; those have no stored page to read.
  const unreadBands = sharing.wanted().flatMap(({ key }) => (Array.isArray(bands.page(key, 0)) ? [] : [key]));
  if (unreadBands.length > 1) {
    const stored = new Set(c.sql('SELECT value FROM json_each(?) WHERE EXISTS (SELECT 1 FROM cluster_bands WHERE key = value)').pluck().all(JSON.stringify(unreadBands)));
    for (const key of unreadBands) if (!stored.has(key)) bands.learn(key, []);
  }
  const rejected = new Set<string>();
  for (;;) {
    for (const { key, after } of sharing.wanted()) sharing.add(key, pageOf(key, after));
    const ids = sharing.candidates();
    const unread = [...ids.keys()].filter((id) => !bands.rows.has(id));
    if (unread.length > 0) for (const row of read.all(JSON.stringify(unread)) as CandidateRow[]) bands.rows.set(row.documentId, row);
    const candidates = bands.candidates(ids);
    const found = clusterFromEarliest(print, wires, candidates, sharing.complete(), rejected);
    if (found !== undefined) return found;
  }
}

// Documents stored before clusters existed (the backlog of migration 025: read first, CROSS JOIN,
// not found by a scan of every document) get one, oldest first,
// so that a copy finds the original before it; their tallies count the cluster from then on.
// Returns how many were done.
export function assignMissingClusters(c: SqliteConnection, limit: number): number {
  const ids = c
    .sql('SELECT b.document_id FROM cluster_backlog b CROSS JOIN documents d ON d.id = b.document_id ORDER BY d.seq LIMIT ?')
    .pluck()
    .all(limit) as string[];
  for (const id of ids)
    c.write(() => {
      c.sql('DELETE FROM cluster_backlog WHERE document_id = ?').run(id);
      if (c.sql('SELECT 1 FROM document_clusters WHERE document_id = ?').get(id) !== undefined) return;
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
