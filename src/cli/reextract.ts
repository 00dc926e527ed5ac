import { readConfig } from '../config.js';
import { extractStatements, loadExtractor, mainEventKey } from '../extract/index.js';
import { loadLangPacks } from '../text/index.js';
import { withStore, type StoreOptions } from './open-store.js';

// After the rules or gazetteers change: every stored document's statements found again from its
// stored text and sentences. Review decisions stay with the statements they name (same id).
export async function runReextract(flags: StoreOptions): Promise<void> {
  const config = readConfig();
  const extractor = loadExtractor(config.dataDir, loadLangPacks(config.dataDir));
  await withStore(flags, false, async (store) => {
    let [documents, before, after] = [0, 0, 0];
    for (const summary of await store.listDocuments()) {
      const stored = await store.getDocument(summary.id);
      if (!stored) continue;
      const { origin: _origin, createdAt: _createdAt, sources: _sources, ...document } = stored;
      const statements = extractStatements(document, extractor);
      await store.replaceStatements(document.id, statements, mainEventKey(statements));
      [documents, before, after] = [documents + 1, before + summary.statements, after + statements.length];
    }
    process.stderr.write(`${documents} document(s) extracted again: ${before} statement(s) before, ${after} now\n`);
  });
}
