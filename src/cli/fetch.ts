import { loadExtractor } from '../extract/index.js';
import { politeFetcher } from '../fetch/index.js';
import { articleFromWebPage } from '../ingest/index.js';
import { storeArticle } from '../pipeline.js';
import { loadLangPacks, pageWords } from '../text/index.js';
import { withStore } from './open-store.js';
import { printable } from './printable.js';

type FetchFlags = { db?: string; json?: boolean; sample?: boolean };

// `accord fetch URL...`: fetches each page (robots.txt honoured, bounded, never a private address
// unless allowed) and stores it as `ingest` stores a file, under its final URL, with the page's
// own title, date and outlet. The same URL fetched again is `unchanged` or a new version.
export async function runFetch(urls: string[], flags: FetchFlags): Promise<void> {
  await withStore(flags, true, async (store, config) => {
    const packs = loadLangPacks(config.dataDir);
    const extractor = loadExtractor(config.dataDir, packs);
    const fetcher = politeFetcher(config.fetch);
    let failed = 0;
    for (const url of urls) {
      const outcome = await fetchOne(url, async () => {
        const fetched = await fetcher.fetch(url);
        if (fetched.status !== 'ok') throw new Error('not modified');
        const article = articleFromWebPage({ ...fetched, requested: url }, pageWords(packs), flags.sample === true);
        return storeArticle(article, { store, packs, extractor, maxBytes: config.maxBytes });
      });
      if (outcome.error) failed += 1;
      for (const warning of outcome.warnings) process.stderr.write(`warning: ${printable(url)}: ${printable(warning)}\n`);
      if (outcome.error) process.stderr.write(`error: ${printable(url)}: ${printable(outcome.error)}\n`);
      else if (!flags.json) process.stdout.write(`${outcome.status}: ${printable(url)} (${outcome.id}, ${outcome.statements} statements)\n`);
      if (flags.json) process.stdout.write(`${JSON.stringify({ url, ...outcome })}\n`);
    }
    if (failed > 0) process.exitCode = 1;
  });
}

type Outcome = Awaited<ReturnType<typeof storeArticle>>;

async function fetchOne(url: string, run: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await run();
  } catch (error) {
    return { id: null, source: url, status: 'failed', lang: null, sentences: 0, figures: 0, statements: 0, warnings: [], sample: false, error: (error as Error).message };
  }
}
