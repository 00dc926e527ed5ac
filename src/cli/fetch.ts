import { isFeedType, parseFeedText, politeFetcher, type Fetched, type Fetcher } from '../fetch/index.js';
import { articleFromWebPage } from '../ingest/index.js';
import { storeArticle, type IngestOptions, type Outcome } from '../pipeline.js';
import { pageWords } from '../text/index.js';
import { withAccord } from './open-store.js';
import { printable } from './printable.js';

type FetchFlags = { db?: string; json?: boolean; sample?: boolean; limit?: number };
type Run = { fetcher: Fetcher; options: IngestOptions; flags: FetchFlags; failed: number };

// A feed or sitemap gives at most this many articles per run, newest first as it lists them.
const defaultLimit = 100;

// `accord fetch URL...`: fetches each page (robots.txt honoured, bounded, never a private address
// unless allowed) and stores it as `ingest` stores a file, under its final URL, with the page's
// own title, date and outlet; the same URL fetched again is `unchanged` or a new version. A feed
// (RSS, Atom, JSON Feed) or a news sitemap: each article it lists.
export async function runFetch(urls: string[], flags: FetchFlags): Promise<void> {
  await withAccord(flags, { store: 'create', extractor: true }, async ({ store, config, packs, extractor }) => {
    const run: Run = { fetcher: politeFetcher(config.fetch), options: { store, packs, extractor, maxBytes: config.maxBytes }, flags, failed: 0 };
    for (const url of urls) await fetchUrl(url, run, true);
    if (run.failed > 0) process.exitCode = 1;
  });
}

async function fetchUrl(url: string, run: Run, mayBeFeed: boolean): Promise<void> {
  let fetched: Fetched;
  try {
    fetched = await run.fetcher.fetch(url);
  } catch (error) {
    return report(run, url, failure(url, (error as Error).message));
  }
  if (fetched.status !== 'ok') return report(run, url, failure(url, 'not modified'));
  if (mayBeFeed && isFeedType(fetched.contentType)) return fetchFeed(url, fetched, run);
  try {
    const article = articleFromWebPage({ ...fetched, requested: url }, pageWords(run.options.packs), run.flags.sample === true);
    report(run, url, await storeArticle(article, run.options));
  } catch (error) {
    report(run, url, failure(url, (error as Error).message));
  }
}

async function fetchFeed(url: string, fetched: Extract<Fetched, { status: 'ok' }>, run: Run): Promise<void> {
  let items;
  try {
    items = parseFeedText(Buffer.from(fetched.body).toString('utf8'), fetched.url).items;
  } catch (error) {
    return report(run, url, failure(url, (error as Error).message));
  }
  const limit = run.flags.limit ?? defaultLimit;
  process.stderr.write(`feed: ${printable(url)}: ${items.length} item(s)${items.length > limit ? `, the first ${limit} fetched` : ''}\n`);
  for (const item of items.slice(0, limit)) await fetchUrl(item.url, run, false);
}

function report(run: Run, url: string, outcome: Outcome): void {
  for (const warning of outcome.warnings) process.stderr.write(`warning: ${printable(url)}: ${printable(warning)}\n`);
  if (outcome.error) {
    run.failed += 1;
    process.stderr.write(`error: ${printable(url)}: ${printable(outcome.error)}\n`);
  } else if (!run.flags.json) process.stdout.write(`${outcome.status}: ${printable(url)} (${outcome.id}, ${outcome.statements} statements)\n`);
  if (run.flags.json) process.stdout.write(`${JSON.stringify({ url, ...outcome })}\n`);
}

function failure(url: string, error: string): Outcome {
  return { id: null, source: url, status: 'failed', lang: null, sentences: 0, figures: 0, statements: 0, warnings: [], sample: false, error };
}
