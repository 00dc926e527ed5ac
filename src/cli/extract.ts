import { extractStatements, type Extractor } from '../extract/index.js';
import type { Document } from '../model/index.js';
import { toFacts } from './gold-format.js';
import { fail, withAccord } from './open-store.js';
import { readDocument } from './read-document.js';

type ExtractFlags = { format?: string };
type Format = 'json' | 'gold';

// One process for many files: the packs and rules load once. `--format gold` prints one JSON
// line per file (JSON Lines, as `accord extract a.txt b.txt --format gold > facts.jsonl`);
// `--format json` prints one line per file too when given several, else the indented object.
// A file that cannot be read is one `accord:` line; the others go on and the exit code is 1.
export async function runExtract(paths: string[], flags: ExtractFlags): Promise<void> {
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'gold') return fail(`--format ${format}: expected json or gold`);
  const asLines = format === 'gold' || paths.length > 1;
  await withAccord({}, { store: 'none', extractor: true }, async ({ config, packs, extractor }) => {
    for (const path of paths) {
      let document;
      try {
        document = await readDocument(path, packs, config.maxBytes);
      } catch (error) {
        fail((error as Error).message);
        continue;
      }
      const output = extractionOutput(path, document, extractor, format);
      process.stdout.write(`${asLines ? JSON.stringify(output) : JSON.stringify(output, null, 2)}\n`);
    }
  });
}

// What one file states, as statements or as gold facts; `file` names where it came from.
function extractionOutput(file: string, document: Document, extractor: Extractor, format: Format): Record<string, unknown> {
  const statements = extractStatements(document, extractor);
  return format === 'gold'
    ? { id: document.id, lang: document.lang, file, facts: toFacts(document, statements, extractor.lexicon) }
    : { document: { id: document.id, lang: document.lang, title: document.title, file }, statements };
}
