import type { Figure } from '../../model/index.js';
import { sentencesOf, storedDocumentOf, summaryOf } from '../rows.js';
import type { DocumentQuery, DocumentSummary, StoredDocument } from '../store.js';
import type { Sql } from './connection.js';

const summarySelect = (sql: Sql) => sql`SELECT d.id, d.lang, d.format, d.title, d.published, d.url, d.outlet, d.byline, d.sample, d.origin,
    d.created_at AS "createdAt", length(d.text) AS chars,
    json_array_length(d.sentences::json) AS sentences,
    (SELECT count(*)::int FROM figures f WHERE f.document_id = d.id) AS figures,
    (SELECT count(*)::int FROM statements t WHERE t.document_id = d.id) AS statements
  FROM documents d`;

function documentFilter(sql: Sql, query: Omit<DocumentQuery, 'limit' | 'offset' | 'order'>) {
  return sql`WHERE true
    ${query.event !== undefined ? sql`AND d.main_event = ${query.event}` : sql``}
    ${query.lang !== undefined ? sql`AND d.lang = ${query.lang}` : sql``}
    ${query.samples === false ? sql`AND NOT d.sample` : sql``}`;
}

export async function getDocument(sql: Sql, id: string): Promise<StoredDocument | null> {
  const [row] = await sql`SELECT * FROM documents WHERE id = ${id}`;
  if (!row) return null;
  const figures = await sql<Figure[]>`SELECT file, caption, credit, paragraph FROM figures WHERE document_id = ${id} ORDER BY idx`;
  const sources = await sql<
    StoredDocument['sources']
  >`SELECT source, version, ingested_at AS "ingestedAt", title, byline, published, url, outlet FROM sources WHERE document_id = ${id} ORDER BY source, version`;
  const [cluster] = await sql`SELECT cluster, wires FROM document_clusters WHERE document_id = ${id}`;
  return storedDocumentOf(row, { sentences: sentencesOf(row.sentences), figures: [...figures], sources: [...sources], cluster: String(cluster?.cluster ?? id), wires: String(cluster?.wires ?? '') });
}

// Ids are lower-case hex: a prefix is lowered as SQLite's LIKE would match it, whatever its case.
export async function findDocumentIds(sql: Sql, prefix: string, limit: number): Promise<string[]> {
  const escaped = prefix.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`);
  const rows = await sql`SELECT id FROM documents WHERE id LIKE ${`${escaped}%`} ESCAPE '\\' ORDER BY id LIMIT ${limit}`;
  return rows.map((r) => String(r.id));
}

export async function currentDocument(sql: Sql, source: string, id: string): Promise<DocumentSummary | null> {
  const [latest] = await sql`SELECT document_id FROM sources WHERE source = ${source} ORDER BY version DESC LIMIT 1`;
  if (latest?.document_id !== id) return null;
  const [row] = await sql`${summarySelect(sql)} WHERE d.id = ${id}`;
  return row ? summaryOf(row) : null;
}

export async function listDocuments(sql: Sql, query: DocumentQuery): Promise<DocumentSummary[]> {
  // By publication date: newest first, undated last. Otherwise by event newest stored first, else in ingest order.
  const order = query.order === 'published' ? sql`d.published IS NULL, d.published DESC, d.seq DESC` : query.event !== undefined ? sql`d.seq DESC` : sql`d.seq`;
  // The page first, from an index alone; then the figures of its rows only.
  const page = sql`SELECT d.id FROM documents d ${documentFilter(sql, query)} ORDER BY ${order} LIMIT ${query.limit ?? null} OFFSET ${query.offset ?? 0}`;
  const rows = await sql`${summarySelect(sql)} WHERE d.id IN (${page}) ORDER BY ${order}`;
  return rows.map(summaryOf);
}

export async function countDocuments(sql: Sql, query: Omit<DocumentQuery, 'limit' | 'offset' | 'order'>): Promise<number> {
  const [row] = await sql`SELECT count(*)::int AS n FROM documents d ${documentFilter(sql, query)}`;
  return Number(row?.n ?? 0);
}

export async function documentsWithoutAssembly(sql: Sql, limit: number): Promise<string[]> {
  const rows = await sql`SELECT id FROM documents WHERE main_event IS NULL ORDER BY seq LIMIT ${limit}`;
  return rows.map((r) => String(r.id));
}
