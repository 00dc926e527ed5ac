import { isFeedType, parseFeedText, politeFetcher, type Fetched, type Fetcher, type FetchSettings } from '../fetch/index.js';
import { articleFromWebPage } from '../ingest/index.js';
import type { PageWords } from '../model/index.js';
import { storeArticle, type IngestOptions, type Outcome } from '../pipeline.js';
import type { FetchRecord, FollowedSource } from '../store/index.js';

// What one poll needs: the fetcher of the run (robots, pacing, address checks), how articles
// are stored, and the words pages are read with. `itemsPerPoll`: new items fetched per poll at
// most, in the order the feed lists them (newest first, as feeds do); the rest wait for the next.
export type PollContext = {
  fetcher: Fetcher;
  ingest: IngestOptions;
  words: PageWords;
  itemsPerPoll: number;
  now?: () => Date;
};

// A context for polls of a process: one fetcher, so that its per-host pacing and robots rules
// hold across polls.
export function pollContext(fetch: FetchSettings & { hostIntervalMs: number }, ingest: IngestOptions, words: PageWords, itemsPerPoll: number): PollContext {
  return { fetcher: politeFetcher(fetch), ingest, words, itemsPerPoll };
}

export type PollReport = FetchRecord & { source: FollowedSource; outcomes: Outcome[] };

// One poll of one source: the feed fetched with its stored validators (304: unchanged), read,
// each item not stored yet fetched and stored as `accord fetch` stores a page, and the poll
// written to the source's fetch log, which also lets the source go until it is due again.
export async function pollSource(source: FollowedSource, context: PollContext): Promise<PollReport> {
  const clock = context.now ?? (() => new Date());
  const started = clock();
  const done = async (result: Omit<FetchRecord, 'sourceId' | 'at' | 'nextDue'>, outcomes: Outcome[] = []): Promise<PollReport> => {
    const record: FetchRecord = { sourceId: source.id, at: started.toISOString(), nextDue: new Date(clock().getTime() + source.everySeconds * 1000).toISOString(), ...result };
    await context.ingest.store.recordFetch(record);
    return { ...record, source, outcomes };
  };
  const failed = (error: string) => done({ result: 'error', statusCode: statusOf(error), itemsSeen: 0, newItems: 0, error });
  let fetched: Fetched;
  try {
    fetched = await context.fetcher.fetch(source.url, { etag: source.etag, lastModified: source.lastModified });
  } catch (error) {
    return failed((error as Error).message);
  }
  if (fetched.status === 'not-modified') return done({ result: 'unchanged', statusCode: 304, itemsSeen: 0, newItems: 0, error: null });
  if (!isFeedType(fetched.contentType)) return failed(`${fetched.contentType}: not a feed or a sitemap (follow a feed; fetch a page with \`accord fetch\`)`);
  let urls: string[];
  try {
    urls = [...new Set(parseFeedText(Buffer.from(fetched.body).toString('utf8'), fetched.url).items.map((item) => item.url))];
  } catch (error) {
    return failed((error as Error).message);
  }
  const stored = await context.ingest.store.storedSourceKeys(urls);
  const outcomes: Outcome[] = [];
  for (const url of urls.filter((u) => !stored.has(u)).slice(0, context.itemsPerPoll)) outcomes.push(await storeItem(url, source, context));
  const isNew = (o: Outcome): boolean => o.status === 'new' || o.status === 'updated' || o.status === 'copy';
  const broken = outcomes.filter((o) => o.status === 'failed');
  const error = broken.length ? `${broken.length} item(s) not stored; first: ${broken[0]?.source}: ${broken[0]?.error}` : null;
  return done({ result: 'ok', statusCode: 200, itemsSeen: urls.length, newItems: outcomes.filter(isNew).length, error, etag: fetched.etag, lastModified: fetched.lastModified }, outcomes);
}

// One item's page, stored under its final URL; the source's language, when it was given one,
// is the hint the language detector starts from.
async function storeItem(url: string, source: FollowedSource, context: PollContext): Promise<Outcome> {
  try {
    const page = await context.fetcher.fetch(url);
    if (page.status !== 'ok') throw new Error('not modified');
    const article = articleFromWebPage({ ...page, requested: url }, context.words);
    return await storeArticle(source.lang ? { ...article, langHint: source.lang } : article, context.ingest);
  } catch (error) {
    return { id: null, source: url, status: 'failed', lang: null, sentences: 0, figures: 0, statements: 0, warnings: [], sample: false, error: (error as Error).message };
  }
}

// "HTTP 500" -> 500; a refusal or a broken connection has no status.
function statusOf(error: string): number | null {
  const match = /^HTTP (\d{3})\b/.exec(error);
  return match ? Number(match[1]) : null;
}
