import type { Document, Figure, Sentence, SourceRef, Statement } from '../../model/index.js';
import { sourceMetadata, storedDocumentOf, summaryOf } from '../rows.js';
import type { DocumentQuery, DocumentSummary, SaveStatus, StoredDocument } from '../store.js';
import { refreshAssembly } from './assembly.js';
import { assignCluster } from './clusters.js';
import { insertMany, type PgConnection, type Sql, type Tx } from './connection.js';
import { insertStatements } from './statements.js';

const summarySelect = (sql: Sql) => sql`SELECT d.id, d.lang, d.format, d.title, d.published, d.url, d.outlet, d.byline, d.sample, d.origin,
    d.created_at AS "createdAt", length(d.text) AS chars,
    (SELECT count(*)::int FROM sentences s WHERE s.document_id = d.id) AS sentences,
    (SELECT count(*)::int FROM figures f WHERE f.document_id = d.id) AS figures,
    (SELECT count(*)::int FROM statements t WHERE t.document_id = d.id) AS statements
  FROM documents d`;

function documentFilter(sql: Sql, query: Omit<DocumentQuery, 'limit' | 'offset' | 'order'>) {
  return sql`WHERE true
    ${query.event !== undefined ? sql`AND d.main_event = ${query.event}` : sql``}
    ${query.lang !== undefined ? sql`AND d.lang = ${query.lang}` : sql``}
    ${query.samples === false ? sql`AND NOT d.sample` : sql``}`;
}

export function saveDocument(c: PgConnection, document: Document, source: SourceRef, statements: Statement[], mainEvent?: string | null): Promise<SaveStatus> {
  return c.write(async (tx): Promise<SaveStatus> => {
    const [latest] = source.key === null ? [] : await tx`SELECT document_id, version FROM sources WHERE source = ${source.key} ORDER BY version DESC LIMIT 1`;
    if (latest?.document_id === document.id) return 'unchanged';
    const exists = (await tx`SELECT 1 FROM documents WHERE id = ${document.id}`).length > 0;
    const now = new Date().toISOString();
    if (!exists) await insertDocument(tx, document, source.label, now, statements);
    if (!exists) await assignCluster(tx, document);
    if (!exists && mainEvent !== undefined) await refreshAssembly(tx, document.id, mainEvent ?? '');
    const [title, byline, published, url, outlet] = sourceMetadata(document);
    if (source.key !== null)
      await tx`INSERT INTO sources (source, version, document_id, ingested_at, title, byline, published, url, outlet)
        VALUES (${source.key}, ${Number(latest?.version ?? 0) + 1}, ${document.id}, ${now}, ${title}, ${byline}, ${published}, ${url}, ${outlet})`;
    if (latest) return 'updated';
    return exists ? (source.key === null ? 'unchanged' : 'copy') : 'new';
  });
}

// One pipeline: the document, then its sentences, figures and statements, in that order.
async function insertDocument(tx: Tx, d: Document, origin: string, now: string, statements: Statement[]): Promise<void> {
  const document = tx`INSERT INTO documents (id, seq, lang, format, title, byline, published, url, outlet, sample, origin, text, created_at)
    VALUES (${d.id}, (SELECT coalesce(max(seq), 0) + 1 FROM documents), ${d.lang}, ${d.format}, ${d.title}, ${d.byline}, ${d.published}, ${d.url},
      ${d.outlet ?? null}, ${d.sample === true}, ${origin}, ${d.text}, ${now})`.execute();
  const sentences = d.sentences.map((s) => ({ document_id: d.id, idx: s.index, paragraph: s.paragraph, start_offset: s.start, end_offset: s.end }));
  const figures = d.figures.map((f, idx) => ({ document_id: d.id, idx, paragraph: f.paragraph, file: f.file, caption: f.caption, credit: f.credit }));
  await Promise.all([
    document,
    insertMany(tx, 'sentences', sentences, ['document_id', 'idx', 'paragraph', 'start_offset', 'end_offset']),
    insertMany(tx, 'figures', figures, ['document_id', 'idx', 'paragraph', 'file', 'caption', 'credit']),
    insertStatements(tx, d.id, statements),
  ]);
}

export async function getDocument(sql: Sql, id: string): Promise<StoredDocument | null> {
  const [row] = await sql`SELECT * FROM documents WHERE id = ${id}`;
  if (!row) return null;
  const sentences = await sql<
    Sentence[]
  >`SELECT idx AS "index", paragraph, start_offset AS start, end_offset AS "end" FROM sentences WHERE document_id = ${id} ORDER BY idx`;
  const figures = await sql<Figure[]>`SELECT file, caption, credit, paragraph FROM figures WHERE document_id = ${id} ORDER BY idx`;
  const sources = await sql<
    StoredDocument['sources']
  >`SELECT source, version, ingested_at AS "ingestedAt", title, byline, published, url, outlet FROM sources WHERE document_id = ${id} ORDER BY source, version`;
  const [cluster] = await sql`SELECT cluster, wires FROM document_clusters WHERE document_id = ${id}`;
  return storedDocumentOf(row, { sentences: [...sentences], figures: [...figures], sources: [...sources], cluster: String(cluster?.cluster ?? id), wires: String(cluster?.wires ?? '') });
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
  const rows = await sql`${summarySelect(sql)} ${documentFilter(sql, query)} ORDER BY ${order} LIMIT ${query.limit ?? null} OFFSET ${query.offset ?? 0}`;
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
