import type { Document, Figure, Sentence, SourceRef, Statement } from '../../model/index.js';
import { sourceMetadata, storedDocumentOf, summaryOf } from '../rows.js';
import type { DocumentQuery, DocumentSummary, SaveItem, SaveStatus, StoredDocument } from '../store.js';
import { refreshAssembly } from './assembly.js';
import { assignCluster } from './clusters.js';
import type { SqliteConnection } from './connection.js';
import { insertStatements } from './statements.js';

const summarySelect = `SELECT d.id, d.lang, d.format, d.title, d.published, d.url, d.outlet, d.byline, d.sample, d.origin, d.created_at AS createdAt, length(d.text) AS chars,
    (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentences,
    (SELECT count(*) FROM figures f WHERE f.document_id = d.id) AS figures,
    (SELECT count(*) FROM statements t WHERE t.document_id = d.id) AS statements
  FROM documents d`;

// The WHERE clause and parameters of a document list; one statement per combination, so that
// each reads its index.
function documentFilter(query: Omit<DocumentQuery, 'limit' | 'offset' | 'order'>): { where: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.event !== undefined) [parts[parts.length], params.event] = ['d.main_event = @event', query.event];
  if (query.lang !== undefined) [parts[parts.length], params.lang] = ['d.lang = @lang', query.lang];
  if (query.samples === false) parts.push('d.sample = 0');
  return { where: parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

export function saveDocument(c: SqliteConnection, document: Document, source: SourceRef, statements: Statement[], mainEvent?: string | null): SaveStatus {
  return c.write(() => saveIn(c, document, source, statements, mainEvent));
}

// Inside the caller's transaction.
function saveIn(c: SqliteConnection, document: Document, source: SourceRef, statements: Statement[], mainEvent?: string | null): SaveStatus {
  const latest =
    source.key === null
      ? undefined
      : (c.sql('SELECT document_id, version FROM sources WHERE source = ? ORDER BY version DESC LIMIT 1').get(source.key) as
          | { document_id: string; version: number }
          | undefined);
  if (latest?.document_id === document.id) return 'unchanged';
  const exists = c.sql('SELECT 1 FROM documents WHERE id = ?').get(document.id) !== undefined;
  const now = new Date().toISOString();
  if (!exists) insertDocument(c, document, source.label, now, statements);
  if (!exists) assignCluster(c, document);
  if (!exists && mainEvent !== undefined) refreshAssembly(c, document.id, mainEvent ?? '');
  if (source.key !== null)
    c.sql('INSERT INTO sources (source, version, document_id, ingested_at, title, byline, published, url, outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      source.key,
      (latest?.version ?? 0) + 1,
      document.id,
      now,
      ...sourceMetadata(document),
    );
  if (latest) return 'updated';
  return exists ? (source.key === null ? 'unchanged' : 'copy') : 'new';
}

// Many documents in one transaction, in order, each as saveDocument stores it (no savepoint
// each: the batch is whole or absent).
export function saveDocuments(c: SqliteConnection, batch: SaveItem[]): SaveStatus[] {
  return c.write(() => batch.map((item) => saveIn(c, item.document, item.source, item.statements ?? [], item.mainEvent)));
}

function insertDocument(c: SqliteConnection, d: Document, origin: string, now: string, statements: Statement[]): void {
  c.sql(
    'INSERT INTO documents (id, seq, lang, format, title, byline, published, url, outlet, sample, origin, text, created_at) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM documents), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(d.id, d.lang, d.format, d.title, d.byline, d.published, d.url, d.outlet ?? null, d.sample ? 1 : 0, origin, d.text, now);
  const sentence = c.sql('INSERT INTO sentences (document_id, idx, paragraph, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)');
  for (const s of d.sentences) sentence.run(d.id, s.index, s.paragraph, s.start, s.end);
  const figure = c.sql('INSERT INTO figures (document_id, idx, paragraph, file, caption, credit) VALUES (?, ?, ?, ?, ?, ?)');
  d.figures.forEach((f, index) => figure.run(d.id, index, f.paragraph, f.file, f.caption, f.credit));
  insertStatements(c, d.id, statements);
}

export function getDocument(c: SqliteConnection, id: string): StoredDocument | null {
  const row = c.sql('SELECT * FROM documents WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  const sentences = c
    .sql('SELECT idx AS "index", paragraph, start_offset AS start, end_offset AS "end" FROM sentences WHERE document_id = ? ORDER BY idx')
    .all(id) as Sentence[];
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
  const { where, params } = documentFilter(query);
  // By publication date: newest first, undated last. Otherwise by event newest stored first
  // (the (main_event, seq) index), else in ingest order.
  const order = query.order === 'published' ? 'd.published IS NULL, d.published DESC, d.seq DESC' : query.event !== undefined ? 'd.seq DESC' : 'd.seq';
  const rows = c
    .sql(`${summarySelect}${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
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
