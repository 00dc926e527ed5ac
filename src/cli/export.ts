import { readFileSync } from 'node:fs';
import { mainEvent } from '../extract/index.js';
import { exportAll, toCsv, toJsonLd, type Export } from '../query/index.js';
import { fail, withStore, type StoreOptions } from './open-store.js';

type ExportFlags = StoreOptions & { format?: string; kind?: string[] };

export async function runExport(flags: ExportFlags): Promise<void> {
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'csv' && format !== 'jsonld')
    return fail(`--format ${format}: expected json, csv or jsonld (quickstatements is not built yet)`);
  await withStore(flags, false, async (store) => {
    const data = await exportAll(store, flags.kind ?? []);
    const output = format === 'json' ? data : format === 'jsonld' ? toJsonLd(data) : null;
    process.stdout.write(output ? `${JSON.stringify(output, null, 2)}\n` : toCsv(data));
  });
}

// Reads an export into a database: documents with their statements, then the review log in order.
export async function runImport(file: string, flags: StoreOptions): Promise<void> {
  let data: Export;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Export;
  } catch (error) {
    return fail(`${file}: not an Accord export (${(error as Error).message})`);
  }
  if (data.format !== 'accord' || data.version !== 1)
    return fail(`${file}: not an Accord export (format ${String(data.format)}, version ${String(data.version)})`);
  await withStore(flags, true, async (store) => {
    for (const document of data.documents) {
      const { origin, createdAt: _createdAt, sources, ...rest } = document;
      const key = sources[0]?.source ?? null;
      const statements = data.statements.filter((s) => s.documentId === document.id);
      await store.saveDocument(rest, { key, label: origin }, statements, mainEvent(statements)?.subject ?? null);
    }
    for (const { seq: _seq, before: _before, ...entry } of data.reviews) await store.recordReview(entry);
    process.stderr.write(`${data.documents.length} document(s), ${data.statements.length} statement(s), ${data.reviews.length} review(s) imported\n`);
  });
}
