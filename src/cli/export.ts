import { readFileSync } from 'node:fs';
import { exportChunks, exportFormats, findDeclaration, parseWikidataIds, toQuickStatements, type ExportFormat } from '../query/index.js';
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
