import { readFileSync } from 'node:fs';
import { readConfig } from '../config.js';
import { fileStances, loadLexicon, mainEventKey } from '../extract/index.js';
import { loadLangPacks } from '../text/index.js';
import { exportAll, findDeclaration, parseWikidataIds, toCsv, toJsonLd, toQuickStatements, type Export } from '../query/index.js';
import { withKb } from './load-kb.js';
import { fail, withStore, type StoreOptions } from './open-store.js';

type ExportFlags = StoreOptions & { format?: string; kind?: string[]; wikidata?: string; declaration?: string; bom?: boolean };

// `--bom`: a UTF-8 byte-order mark before the CSV, for Excel (which otherwise reads it in the
// system's legacy code page). Off by default: a pipe into another program wants none.
const byteOrderMark = '\uFEFF';

export async function runExport(flags: ExportFlags): Promise<void> {
  const format = flags.format ?? 'json';
  if (format === 'quickstatements') return runQuickStatements(flags);
  if (format !== 'json' && format !== 'csv' && format !== 'jsonld') return fail(`--format ${format}: expected json, csv, jsonld or quickstatements`);
  if (flags.bom && format !== 'csv') return fail(`--bom: only with --format csv`);
  await withStore(flags, false, async (store) => {
    const data = await exportAll(store, flags.kind ?? []);
    const output = format === 'json' ? data : format === 'jsonld' ? toJsonLd(data) : null;
    process.stdout.write(output ? `${JSON.stringify(output, null, 2)}\n` : `${flags.bom ? byteOrderMark : ''}${toCsv(data)}`);
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
