import { readFileSync } from 'node:fs';
import { loadLexicon } from '../extract/index.js';
import { importExport, type Export } from '../query/index.js';
import { fail, withAccord, type StoreOptions } from './open-store.js';

// `accord import FILE` (or - for standard input): an export of `accord export --format json`
// read into a database, created if missing: how a knowledge base moves from SQLite to PostgreSQL.
export async function runImport(file: string, flags: StoreOptions): Promise<void> {
  let data: Export;
  try {
    data = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8')) as Export;
  } catch (error) {
    return fail(`${file}: not an Accord export (${(error as Error).message})`);
  }
  if (data?.format !== 'accord' || data.version !== 1)
    return fail(`${file}: not an Accord export (format ${String(data?.format)}, version ${String(data?.version)})`);
  if (![data.documents, data.statements, data.reviews].every(Array.isArray))
    return fail(`${file}: not an Accord export (no documents, statements and reviews lists)`);
  await withAccord(flags, { store: 'create', packs: true }, async ({ store, config, packs }) => {
    const done = await importExport(store, data, { lexicon: loadLexicon(config.dataDir, packs), packs });
    process.stderr.write(
      `${done.documents} document(s) with ${done.sources} source version(s), ${done.statements} statement(s), ${done.reviews} review(s), ${done.resolutions} resolution decision(s) imported\n`,
    );
  });
}
