import type { Document, SourceRef, Statement } from '../../model/index.js';
import { BatchBands, BatchTallies } from '../batch.js';
import { sentencesText, sourceMetadata } from '../rows.js';
import type { SaveItem, SaveStatus } from '../store.js';
import { enterAssembly, writeTallies } from './assembly.js';
import { assignCluster } from './clusters.js';
import type { SqliteConnection } from './connection.js';
import { SubjectCounts } from '../subject-counts.js';
import { insertStatements } from './statements.js';
import { writeSubjectCounts } from './subject-counts.js';
import { keepTerms } from './search.js';

// What the documents of one batch share: the band index as read so far and the tallies they add,
// written once per key at the end (../batch.ts).
type Batch = { bands: BatchBands; tallies: BatchTallies<number>; counts: SubjectCounts; firstSeq: number | null };

export function saveDocument(c: SqliteConnection, document: Document, source: SourceRef, statements: Statement[], mainEvent?: string | null): SaveStatus {
  return saveDocuments(c, [{ document, source, statements, mainEvent }])[0] as SaveStatus;
}

// Many documents in one transaction, in order, each as saveDocument stores it (no savepoint
// each: the batch is whole or absent).
export function saveDocuments(c: SqliteConnection, items: SaveItem[]): SaveStatus[] {
  if (items.length === 0) return [];
  return c.write(() => {
    const batch: Batch = { bands: new BatchBands(), tallies: new BatchTallies<number>(), counts: new SubjectCounts(), firstSeq: null };
    const statuses = items.map((item) => saveIn(c, item.document, item.source, item.statements ?? [], item.mainEvent, batch));
    if (batch.firstSeq !== null) writeTallies(c, batch.tallies, batch.firstSeq);
    writeSubjectCounts(c, batch.counts);
    keepTerms(c);
    return statuses;
  });
}

// Inside the caller's transaction.
function saveIn(
  c: SqliteConnection,
  document: Document,
  source: SourceRef,
  statements: Statement[],
  mainEvent: string | null | undefined,
  batch: Batch,
): SaveStatus {
  const latest =
    source.key === null
      ? undefined
      : (c.sql('SELECT document_id, version FROM sources WHERE source = ? ORDER BY version DESC LIMIT 1').get(source.key) as
          | { document_id: string; version: number }
          | undefined);
  if (latest?.document_id === document.id) return 'unchanged';
  const exists = c.sql('SELECT 1 FROM documents WHERE id = ?').get(document.id) !== undefined;
  const now = new Date().toISOString();
  if (!exists) {
    const seq = insertDocument(c, document, source.label, now, { statements, counts: batch.counts }, mainEvent);
    batch.firstSeq ??= seq;
    const cluster = assignCluster(c, document, batch.bands, seq);
    const entering = { id: document.id, published: document.published, sample: document.sample ? 1 : 0, seq, cluster };
    if (mainEvent !== undefined) enterAssembly(c, entering, statements, batch.tallies);
  }
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

// The document with its main event ('' none, NULL waiting for the backfill) and sentences (in
// its row), its figures and statements; returns its seq.
function insertDocument(
  c: SqliteConnection,
  d: Document,
  origin: string,
  now: string,
  { statements, counts }: { statements: Statement[]; counts: SubjectCounts },
  mainEvent: string | null | undefined,
): number {
  const seq = c
    .sql(
      'INSERT INTO documents (id, seq, lang, format, title, byline, published, url, outlet, sample, origin, text, created_at, main_event, sentences) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM documents), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq',
    )
    .pluck()
    .get(
      d.id,
      d.lang,
      d.format,
      d.title,
      d.byline,
      d.published,
      d.url,
      d.outlet ?? null,
      d.sample ? 1 : 0,
      origin,
      d.text,
      now,
      mainEvent === undefined ? null : (mainEvent ?? ''),
      sentencesText(d.sentences),
    ) as number;
  const figure = c.sql('INSERT INTO figures (document_id, idx, paragraph, file, caption, credit) VALUES (?, ?, ?, ?, ?, ?)');
  d.figures.forEach((f, index) => figure.run(d.id, index, f.paragraph, f.file, f.caption, f.credit));
  insertStatements(c, d.id, statements, counts);
  return seq;
}
