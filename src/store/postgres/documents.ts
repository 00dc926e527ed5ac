import type { Document, Figure, Sentence, SourceRef, Statement } from '../../model/index.js';
import { sourceMetadata, storedDocumentOf, summaryOf } from '../rows.js';
import type { DocumentQuery, DocumentSummary, SaveItem, SaveStatus, StoredDocument } from '../store.js';
import { factKinds } from '../assembly.js';
import { enterAssembly } from './assembly.js';
import { assignCluster } from './clusters.js';
import { insertRows, type Column, type PgConnection, type Sql, type Tx } from './connection.js';
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
  return c.write((tx) => saveIn(tx, document, source, statements, mainEvent));
}

// Many documents in one transaction, in order, each as saveDocument stores it: one commit.
export function saveDocuments(c: PgConnection, batch: SaveItem[]): Promise<SaveStatus[]> {
  return c.write(async (tx) => {
    const statuses: SaveStatus[] = [];
    for (const item of batch) statuses.push(await saveIn(tx, item.document, item.source, item.statements ?? [], item.mainEvent));
    return statuses;
  });
}

// Three round trips for a new document: what the source and the text are already, then the
// document with everything it holds (one pipeline), then its facts in the assembly.
async function saveIn(tx: Tx, document: Document, source: SourceRef, statements: Statement[], mainEvent?: string | null): Promise<SaveStatus> {
  const [found] = await tx`SELECT l.document_id, l.version, EXISTS (SELECT 1 FROM documents WHERE id = ${document.id}) AS exists FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (SELECT document_id, version FROM sources WHERE source = ${source.key} ORDER BY version DESC LIMIT 1) AS l ON true`;
  const latest = found?.document_id === null ? undefined : found;
  if (latest?.document_id === document.id) return 'unchanged';
  const exists = found?.exists === true;
  const now = new Date().toISOString();
  const [title, byline, published, url, outlet] = sourceMetadata(document);
  const pending: Promise<unknown>[] = [];
  if (!exists) pending.push(insertDocument(tx, document, source.label, now, statements, mainEvent));
  if (source.key !== null)
    pending.push(
      tx`INSERT INTO sources (source, version, document_id, ingested_at, title, byline, published, url, outlet)
      VALUES (${source.key}, ${Number(latest?.version ?? 0) + 1}, ${document.id}, ${now}, ${title}, ${byline}, ${published}, ${url}, ${outlet})`.execute(),
    );
  await Promise.all(pending);
  if (latest) return 'updated';
  return exists ? (source.key === null ? 'unchanged' : 'copy') : 'new';
}

// One pipeline: the document (its main event set: '' none, NULL waiting for setMainEvent), its
// sentences, figures and statements; then its facts enter the assembly from the statements in hand.
async function insertDocument(tx: Tx, d: Document, origin: string, now: string, statements: Statement[], mainEvent?: string | null): Promise<void> {
  const event = mainEvent === undefined ? null : (mainEvent ?? '');
  const document = tx`INSERT INTO documents (id, seq, lang, format, title, byline, published, url, outlet, sample, origin, text, created_at, main_event)
    VALUES (${d.id}, (SELECT coalesce(max(seq), 0) + 1 FROM documents), ${d.lang}, ${d.format}, ${d.title}, ${d.byline}, ${d.published}, ${d.url},
      ${d.outlet ?? null}, ${d.sample === true}, ${origin}, ${d.text}, ${now}, ${event})`.execute();
  const sentences = d.sentences.map((s) => ({ document_id: d.id, idx: s.index, paragraph: s.paragraph, start_offset: s.start, end_offset: s.end }));
  const figures = d.figures.map((f, idx) => ({ document_id: d.id, idx, paragraph: f.paragraph, file: f.file, caption: f.caption, credit: f.credit }));
  await Promise.all([
    document,
    insertRows(tx, 'sentences', sentenceColumns, sentences),
    insertRows(tx, 'figures', figureColumns, figures),
    insertStatements(tx, d.id, statements),
  ]);
  await assignCluster(tx, d);
  if (event === null) return;
  const facts = statements.filter((s) => factKinds.has(s.kind)).map((s) => ({ id: s.id, kind: s.kind, subject: s.subject, value: JSON.stringify(s.value) }));
  await enterAssembly(tx, { id: d.id, published: d.published, sample: d.sample === true }, facts);
}

const sentenceColumns: Column[] = [
  ['document_id', 'text'],
  ['idx', 'int'],
  ['paragraph', 'int'],
  ['start_offset', 'int'],
  ['end_offset', 'int'],
];
const figureColumns: Column[] = [
  ['document_id', 'text'],
  ['idx', 'int'],
  ['paragraph', 'int'],
  ['file', 'text'],
  ['caption', 'text'],
  ['credit', 'text'],
];

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
