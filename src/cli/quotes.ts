import { findQuotes } from '../query/index.js';
import type { QuoteRow } from '../store/index.js';
import { langFlagError } from './lang-flag.js';
import { fail, withStore, type StoreOptions } from './open-store.js';

type QuotesFlags = StoreOptions & { speaker?: string; search?: string; lang?: string; limit?: number; json?: boolean; samples?: boolean };

// Who said what, and where: quotes (and the quoted fragments of a known speaker) with speaker,
// date, document and span; speaker and words are matched without accents ("tuong" finds "tướng", "dang" finds "Đặng").
export async function runQuotes(flags: QuotesFlags): Promise<void> {
  const refused = langFlagError(flags.lang);
  if (refused) return fail(refused);
  await withStore(flags, false, async (store) => {
    const { rows } = await findQuotes(store, { speaker: flags.speaker, search: flags.search, lang: flags.lang, limit: flags.limit ?? 100, samples: flags.samples === true });
    process.stdout.write(flags.json ? `${JSON.stringify(rows, null, 2)}\n` : rows.map(quoteText).join(''));
    process.stderr.write(`${rows.length} quote(s)\n`);
  });
}

// A fragment is words an article wove into its own sentence: said so, since it is not the whole quote.
function quoteText(row: QuoteRow): string {
  const fragment = row.kind === 'quote_fragment' ? ', quoted fragment' : '';
  return `${row.subject}${row.published ? `, ${row.published}` : ''} (${row.lang}${fragment})\n  ${row.words}\n  ${row.documentId} [${row.start}, ${row.end})  ${row.url ?? row.origin}\n\n`;
}
