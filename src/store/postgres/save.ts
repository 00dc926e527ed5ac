import type { Document, SourceRef, Statement } from '../../model/index.js';
import { sentencesText, sourceMetadata } from '../rows.js';
import type { SaveItem, SaveStatus } from '../store.js';
import { enterBatch } from './assembly.js';
import { assignClusters } from './clusters.js';
import { insertRows, type Column, type PgConnection, type Tx } from './connection.js';
import { insertStatementsOf } from './statements.js';

// A document of the batch as saving it one by one would have found the store: its status, and
// when new, the seq it gets; a source row with its version.
type Planned = { item: SaveItem; status: SaveStatus; seq: number | null; version: number | null };

export async function saveDocument(
  c: PgConnection,
  document: Document,
  source: SourceRef,
  statements: Statement[],
  mainEvent?: string | null,
): Promise<SaveStatus> {
  return (await saveDocuments(c, [{ document, source, statements, mainEvent }]))[0] as SaveStatus;
}

// Many documents in one transaction, in order, each as saveDocument stores it, in a few round
// trips whatever their number: what their sources and texts are already (one), then one insert
// per table for the whole batch, the clusters (../batch.ts) and the tallies once per key.
export function saveDocuments(c: PgConnection, items: SaveItem[]): Promise<SaveStatus[]> {
  if (items.length === 0) return Promise.resolve([]);
  return c.write(async (tx) => {
    const plan = await planBatch(tx, items);
    const fresh = plan.filter((p): p is Planned & { seq: number } => p.seq !== null);
    const now = new Date().toISOString();
    await Promise.all([insertDocuments(tx, fresh, now), insertSources(tx, plan, now)]);
    if (fresh.length === 0) return plan.map((p) => p.status);
    const clusters = await assignClusters(
      tx,
      fresh.map((p) => ({ ...p.item.document, seq: p.seq })),
    );
    const entering = fresh.flatMap((p, i) =>
      p.item.mainEvent === undefined
        ? []
        : [
            {
              id: p.item.document.id,
              seq: p.seq,
              published: p.item.document.published,
              sample: p.item.document.sample === true,
              cluster: clusters[i] as string,
              statements: p.item.statements ?? [],
            },
          ],
    );
    await enterBatch(tx, entering, fresh[0]?.seq ?? 0);
    return plan.map((p) => p.status);
  });
}

// One round trip: the latest version of each source, the texts already stored, the last seq.
// Then each document in order, against those and the batch's documents before it.
async function planBatch(tx: Tx, items: SaveItem[]): Promise<Planned[]> {
  const keys = [...new Set(items.flatMap((i) => (i.source.key === null ? [] : [i.source.key])))];
  const [latestRows, storedRows, [top]] = await Promise.all([
    tx`SELECT u.k AS source, l.document_id, l.version FROM unnest(${keys}::text[]) AS u (k)
      CROSS JOIN LATERAL (SELECT document_id, version FROM sources WHERE source = u.k ORDER BY version DESC LIMIT 1) AS l`,
    tx`SELECT id FROM documents WHERE id = ANY(${[...new Set(items.map((i) => i.document.id))]}::text[])`,
    tx`SELECT coalesce(max(seq), 0) AS seq FROM documents`,
  ]);
  const latest = new Map(latestRows.map((r) => [String(r.source), { documentId: String(r.document_id), version: Number(r.version) }]));
  const stored = new Set(storedRows.map((r) => String(r.id)));
  let seq = Number(top?.seq ?? 0);
  return items.map((item): Planned => {
    const { document, source } = item;
    const last = source.key === null ? undefined : latest.get(source.key);
    if (last?.documentId === document.id) return { item, status: 'unchanged', seq: null, version: null };
    const exists = stored.has(document.id);
    stored.add(document.id);
    const version = source.key === null ? null : (last?.version ?? 0) + 1;
    if (source.key !== null) latest.set(source.key, { documentId: document.id, version: version as number });
    const status: SaveStatus = last ? 'updated' : exists ? (source.key === null ? 'unchanged' : 'copy') : 'new';
    return { item, status, seq: exists ? null : (seq += 1), version };
  });
}

// The new documents (main event '' none, NULL waiting for setMainEvent; sentences in the row),
// their figures and statements: one insert per table, sent at once.
function insertDocuments(tx: Tx, fresh: (Planned & { seq: number })[], now: string): Promise<unknown> {
  const documents = fresh.map(({ item: { document: d, source, mainEvent }, seq }) => ({
    ...{ id: d.id, seq, lang: d.lang, format: d.format, title: d.title, byline: d.byline, published: d.published, url: d.url },
    ...{ outlet: d.outlet ?? null, sample: d.sample === true, origin: source.label, text: d.text, created_at: now },
    main_event: mainEvent === undefined ? null : (mainEvent ?? ''),
    sentences: sentencesText(d.sentences),
  }));
  const docs = fresh.map((p) => p.item.document);
  const figures = docs.flatMap((d) =>
    d.figures.map((f, idx) => ({ document_id: d.id, idx, paragraph: f.paragraph, file: f.file, caption: f.caption, credit: f.credit })),
  );
  return Promise.all([
    insertRows(tx, 'documents', documentColumns, documents),
    insertRows(tx, 'figures', figureColumns, figures),
    insertStatementsOf(
      tx,
      fresh.map((p) => ({ documentId: p.item.document.id, statements: p.item.statements ?? [] })),
    ),
  ]);
}

function insertSources(tx: Tx, plan: Planned[], now: string): Promise<unknown> {
  const rows = plan.flatMap(({ item: { document, source }, version }) => {
    if (source.key === null || version === null) return [];
    const [title, byline, published, url, outlet] = sourceMetadata(document);
    return [{ source: source.key, version, document_id: document.id, ingested_at: now, title, byline, published, url, outlet }];
  });
  return insertRows(tx, 'sources', sourceColumns, rows);
}

const text = (...names: string[]): Column[] => names.map((name) => [name, 'text']);
const documentColumns: Column[] = [
  ...text('id'),
  ['seq', 'bigint'],
  ...text('lang', 'format', 'title', 'byline', 'published', 'url', 'outlet'),
  ['sample', 'boolean'],
  ...text('origin', 'text', 'created_at', 'main_event', 'sentences'),
];
const figureColumns: Column[] = [...text('document_id'), ['idx', 'int'], ['paragraph', 'int'], ...text('file', 'caption', 'credit')];
const sourceColumns: Column[] = [...text('source'), ['version', 'int'], ...text('document_id', 'ingested_at', 'title', 'byline', 'published', 'url', 'outlet')];
