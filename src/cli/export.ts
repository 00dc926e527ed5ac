import { readFileSync } from 'node:fs';
import { readConfig } from '../config.js';
import { fileStances, loadLexicon, mainEventKey } from '../extract/index.js';
import { loadLangPacks } from '../text/index.js';
import { exportChunks, exportFormats, findDeclaration, parseWikidataIds, toQuickStatements, type Export, type ExportFormat } from '../query/index.js';
import { withKb } from './load-kb.js';
import { fail, withStore, type StoreOptions } from './open-store.js';

type ExportFlags = StoreOptions & { format?: string; kind?: string[]; wikidata?: string; declaration?: string; bom?: boolean };

// `--bom`: a UTF-8 byte-order mark before the CSV, for Excel (which otherwise reads it in the
// system's legacy code page). Off by default: a pipe into another program wants none.
// The export is written as it is read, a page of documents at a time, waiting on a slow pipe.
export async function runExport(flags: ExportFlags): Promise<void> {
  const format = flags.format ?? 'json';
  if (format === 'quickstatements') return runQuickStatements(flags);
  if (!exportFormats.includes(format as ExportFormat)) return fail(`--format ${format}: expected json, jsonl, csv, jsonld or quickstatements`);
  if (flags.bom && format !== 'csv') return fail(`--bom: only with --format csv`);
  await withStore(flags, false, async (store) => {
    const indent = format === 'json' || format === 'jsonld' ? 2 : 0;
    await writeAll(exportChunks(store, format as ExportFormat, { kinds: flags.kind ?? [], indent, bom: flags.bom === true }), indent > 0 ? '\n' : '');
  });
}

// Writes to stdout, waiting while the pipe is full. A reader that stops early (`| head`) closes
// the pipe: the export stops with it, quietly, as other programs do.
async function writeAll(chunks: AsyncGenerator<string>, end: string): Promise<void> {
  let closed = false;
  const onError = (error: NodeJS.ErrnoException): void => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  };
  process.stdout.on('error', onError);
  try {
    for await (const chunk of chunks) {
      if (closed) break;
      if (!process.stdout.write(chunk)) await drained(process.stdout);
    }
    if (!closed && end) process.stdout.write(end);
  } finally {
    await chunks.return(undefined);
    process.stdout.off('error', onError);
  }
}

// Resolves once a full pipe takes more, or is closed (an error closes it too).
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

// Reads an export into a database: documents with their statements, then the review log in order.
// Stances exported before they named their declaration are filed on the way in.
export async function runImport(file: string, flags: StoreOptions): Promise<void> {
  let data: Export;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Export;
  } catch (error) {
    return fail(`${file}: not an Accord export (${(error as Error).message})`);
  }
  if (data.format !== 'accord' || data.version !== 1)
    return fail(`${file}: not an Accord export (format ${String(data.format)}, version ${String(data.version)})`);
  const dataDir = readConfig().dataDir;
  const focus = { lexicon: loadLexicon(dataDir), packs: loadLangPacks(dataDir) };
  await withStore(flags, true, async (store) => {
    for (const document of data.documents) {
      const { origin, createdAt: _createdAt, sources, ...rest } = document;
      const key = sources[0]?.source ?? null;
      const statements = fileStances(
        rest,
        data.statements.filter((s) => s.documentId === document.id),
        focus,
      );
      await store.saveDocument(rest, { key, label: origin }, statements, mainEventKey(statements));
    }
    for (const { seq: _seq, before: _before, ...entry } of data.reviews) await store.recordReview(entry);
    process.stderr.write(`${data.documents.length} document(s), ${data.statements.length} statement(s), ${data.reviews.length} review(s) imported\n`);
  });
}

// Signatory facts as QuickStatements, with the Wikidata ids the editor gives in --wikidata.
async function runQuickStatements(flags: ExportFlags): Promise<void> {
  let ids = new Map<string, string>();
  if (flags.wikidata)
    try {
      ids = parseWikidataIds(readFileSync(flags.wikidata, 'utf8'), flags.wikidata);
    } catch (error) {
      return fail((error as NodeJS.ErrnoException).code ? `${flags.wikidata}: cannot read: ${(error as Error).message}` : (error as Error).message);
    }
  await withKb(flags, async (kb) => {
    const only = flags.declaration ? findDeclaration(kb, flags.declaration).id : undefined;
    const result = await toQuickStatements(kb, ids, only);
    process.stdout.write(result.commands);
    process.stderr.write(`${result.written} signatory fact(s) written\n`);
    if (result.missing.length > 0)
      process.stderr.write(
        `note: ${result.missing.length} signatory parties left out for want of a Wikidata id (give them in --wikidata FILE): ${result.missing.join(' ')}\n`,
      );
  });
}
