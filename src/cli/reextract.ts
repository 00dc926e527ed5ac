import { extractStatements, mainEventKey } from '../extract/index.js';
import { withAccord, type StoreOptions } from './open-store.js';

// After the rules or gazetteers change: every stored document's statements found again from its
// stored text and sentences. Review decisions stay with the statements they name (same id).
export async function runReextract(flags: StoreOptions): Promise<void> {
  await withAccord(flags, { store: 'existing', extractor: true }, async ({ store, extractor }) => {
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
