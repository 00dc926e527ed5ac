import type { Figure } from '../../model/index.js';
import { sentencesOf, storedDocumentOf, summaryOf } from '../rows.js';
import type { DocumentQuery, DocumentSummary, StoredDocument } from '../store.js';
import type { SqliteConnection } from './connection.js';

const summarySelect = `SELECT d.id, d.lang, d.format, d.title, d.published, d.url, d.outlet, d.byline, d.sample, d.origin, d.created_at AS createdAt, length(d.text) AS chars,
    json_array_length(d.sentences) AS sentences,
    (SELECT count(*) FROM figures f WHERE f.document_id = d.id) AS figures,
    (SELECT count(*) FROM statements t WHERE t.document_id = d.id) AS statements
  FROM documents d`;

// The WHERE clause and parameters of a document list; one statement per combination, so that
// each reads its index.
// `byOrder`: the sample flag read from each row rather than its index, so that a list by date
// reads the date order's index (samples are a few documents among many).
function documentFilter(query: Omit<DocumentQuery, 'limit' | 'offset' | 'order'>, byOrder = false): { where: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.event !== undefined) [parts[parts.length], params.event] = ['d.main_event = @event', query.event];
  if (query.lang !== undefined) [parts[parts.length], params.lang] = ['d.lang = @lang', query.lang];
  if (query.samples === false) parts.push(byOrder ? '+d.sample = 0' : 'd.sample = 0');
  return { where: parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

export function getDocument(c: SqliteConnection, id: string): StoredDocument | null {
  const row = c.sql('SELECT * FROM documents WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  const sentences = sentencesOf(row.sentences);
  const figures = c.sql('SELECT file, caption, credit, paragraph FROM figures WHERE document_id = ? ORDER BY idx').all(id) as Figure[];
  const sources = c
    .sql('SELECT source, version, ingested_at AS ingestedAt, title, byline, published, url, outlet FROM sources WHERE document_id = ? ORDER BY source, version')
    .all(id) as StoredDocument['sources'];
  const cluster = c.sql('SELECT cluster, wires FROM document_clusters WHERE document_id = ?').get(id) as { cluster: string; wires: string } | undefined;
  return storedDocumentOf(row, { sentences, figures, sources, cluster: cluster?.cluster ?? id, wires: cluster?.wires ?? '' });
}

export function findDocumentIds(c: SqliteConnection, prefix: string, limit: number): string[] {
  const escaped = prefix.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return c.sql("SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?").pluck().all(`${escaped}%`, limit) as string[];
}

export function currentDocument(c: SqliteConnection, source: string, id: string): DocumentSummary | null {
  const latest = c.sql('SELECT document_id FROM sources WHERE source = ? ORDER BY version DESC LIMIT 1').pluck().get(source);
  if (latest !== id) return null;
  const row = c.sql(`${summarySelect} WHERE d.id = ?`).get(id);
  return row ? summaryOf(row) : null;
}

export function listDocuments(c: SqliteConnection, query: DocumentQuery): DocumentSummary[] {
  const { where, params } = documentFilter(query, query.order === 'published');
  // By publication date: newest first, undated last. Otherwise by event newest stored first
  // (the (main_event, seq) index), else in ingest order.
  const order = query.order === 'published' ? 'd.published IS NULL, d.published DESC, d.seq DESC' : query.event !== undefined ? 'd.seq DESC' : 'd.seq';
  // The page first, from an index alone; then the figures of its rows only (in one query,
  // SQLite counted every document's sentences and statements before sorting them).
  const rows = c
    .sql(`${summarySelect} WHERE d.rowid IN (SELECT d.rowid FROM documents d${where} ORDER BY ${order} LIMIT @limit OFFSET @offset) ORDER BY ${order}`)
    .all({ ...params, limit: query.limit ?? -1, offset: query.offset ?? 0 });
  return rows.map(summaryOf);
}

export function countDocuments(c: SqliteConnection, query: Omit<DocumentQuery, 'limit' | 'offset' | 'order'>): number {
  const { where, params } = documentFilter(query);
  return c.sql(`SELECT count(*) FROM documents d${where}`).pluck().get(params) as number;
}

export function documentsWithoutAssembly(c: SqliteConnection, limit: number): string[] {
  return c.sql('SELECT id FROM documents WHERE main_event IS NULL ORDER BY seq LIMIT ?').pluck().all(limit) as string[];
}
