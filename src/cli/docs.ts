import { printable } from './printable.js';
import { langFlagError } from './lang-flag.js';
import { fail, withStore, type StoreOptions } from './open-store.js';

type DocsFlags = StoreOptions & { json?: boolean; lang?: string; limit?: number; offset?: number; samples?: boolean };

export async function runDocs(flags: DocsFlags): Promise<void> {
  const refused = langFlagError(flags.lang);
  if (refused) return fail(refused);
  await withStore(flags, false, async (store) => {
    // Newest publication first, undated last; `--no-samples` leaves out the articles we wrote.
    const docs = await store.listDocuments({ lang: flags.lang, limit: flags.limit, offset: flags.offset, samples: flags.samples !== false, order: 'published' });
    if (flags.json) {
      process.stdout.write(`${JSON.stringify(docs, null, 2)}\n`);
      return;
    }
    for (const doc of docs) {
      const heading = printable(`${doc.sample ? '[sample] ' : ''}${doc.title ?? doc.origin}${doc.outlet ? ` (${doc.outlet})` : ''}`);
      process.stdout.write(
        `${doc.id}  ${doc.lang.padEnd(3)} ${String(doc.sentences).padStart(4)} sent ${String(doc.figures).padStart(2)} fig ${String(doc.statements).padStart(4)} stmt  ${(doc.published ?? '').padEnd(10)}  ${heading}\n`,
      );
    }
    const samples = docs.filter((d) => d.sample).length;
    process.stderr.write(`${docs.length} document(s)${samples > 0 ? `, ${samples} of them sample(s) we wrote, not news` : ''}\n`);
  });
}
