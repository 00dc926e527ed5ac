import { readConfig } from '../config.js';
import { extractStatements, loadExtractor } from '../extract/index.js';
import { loadLangPacks } from '../text/index.js';
import { toFacts } from './gold-format.js';
import { fail } from './open-store.js';
import { readDocument } from './read-document.js';

type ExtractFlags = { format?: string };

export async function runExtract(path: string, flags: ExtractFlags): Promise<void> {
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'gold') return fail(`--format ${format}: expected json or gold`);
  const config = readConfig();
  const packs = loadLangPacks(config.dataDir);
  const extractor = loadExtractor(config.dataDir, packs);
  let document;
  try {
    document = await readDocument(path, packs, config.maxBytes);
  } catch (error) {
    return fail((error as Error).message);
  }
  const statements = extractStatements(document, extractor);
  const output =
    format === 'gold'
      ? { id: document.id, lang: document.lang, facts: toFacts(document, statements, extractor.lexicon) }
      : { document: { id: document.id, lang: document.lang, title: document.title }, statements };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}
