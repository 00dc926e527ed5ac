import type { Config } from '../config.js';
import { loadExtractor, type Extractor } from '../extract/index.js';
import { healthSince, judgeSource, type SourceHealth } from '../kb/index.js';
import { checkSourceUrl, defaultEvery, formatEvery, parseEvery, pollContext, pollDue, type PollContext, type PollReport } from '../monitor/index.js';
import type { FollowedSource, Store } from '../store/index.js';
import { loadLangPacks, pageWords } from '../text/index.js';
import { QueryError } from './kb.js';

// The followed sources as the CLI, the API and the Sources page show them: each with its health
// (judged in src/kb), and the actions on them. `scope` is a Kb, or a store and config alone (the CLI).
export type SourcesScope = { store: Store | null; config: Config };
export type SourceView = Omit<FollowedSource, 'leaseUntil' | 'leaseBy'> & { every: string; health: SourceHealth };
export type NewSourceInput = { url: string; name?: string | null; lang?: string | null; every?: string | null };
export type PollSummary = { sourceId: number; url: string; result: PollReport['result']; newItems: number; itemsSeen: number; error: string | null };

function storeOf(scope: SourcesScope): Store {
  if (!scope.store) throw new QueryError('bad_request', 'no database: sources are kept in one');
  return scope.store;
}

export async function listSourceViews(scope: SourcesScope, now = new Date()): Promise<SourceView[]> {
  const store = storeOf(scope);
  const [sources, figures] = await Promise.all([store.listSources(), store.sourceFigures(healthSince(now))]);
  const byId = new Map(figures.map((f) => [f.sourceId, f]));
  return sources.map((source) => viewOf(source, byId.get(source.id), now));
}

function viewOf(source: FollowedSource, figures: Parameters<typeof judgeSource>[0] | undefined, now: Date): SourceView {
  const { leaseUntil: _lease, leaseBy: _by, ...kept } = source;
  const none = { lastFetch: null, errorsInRow: 0, newItemsSince: 0, firstNewAt: null, lastNewAt: null, fetchesWithNew: 0 };
  return { ...kept, every: formatEvery(source.everySeconds), health: judgeSource(figures ?? none, source.everySeconds, now) };
}

// `1`, `#1` or the URL as added.
export async function findSource(scope: SourcesScope, ref: string): Promise<FollowedSource> {
  const id = /^#?\d+$/.test(ref.trim()) ? Number(ref.trim().replace('#', '')) : null;
  const found = await storeOf(scope).getSource(id ?? ref.trim());
  if (!found) throw new QueryError('not_found', `${ref}: no followed source by this id or URL (see \`accord sources list\`)`);
  return found;
}

export async function addSource(scope: SourcesScope, input: NewSourceInput): Promise<SourceView> {
  const store = storeOf(scope);
  let url: string;
  let everySeconds = defaultEvery;
  try {
    url = checkSourceUrl(input.url, scope.config.fetch);
    if (input.every) everySeconds = parseEvery(input.every);
  } catch (error) {
    throw new QueryError('bad_request', (error as Error).message);
  }
  const langs = Object.keys(contextFor(scope).ingest.packs);
  if (input.lang && !langs.includes(input.lang)) throw new QueryError('bad_request', `lang ${input.lang}: no such language pack (there are ${langs.join(', ')})`);
  const added = await store.addSource({ url, name: input.name?.trim() || null, lang: input.lang || null, everySeconds, at: new Date().toISOString() });
  if (!added) throw new QueryError('bad_request', `${url}: followed already, as source ${(await store.getSource(url))?.id ?? '?'}`);
  return viewOf(added, undefined, new Date());
}

export async function removeSource(scope: SourcesScope, ref: string): Promise<FollowedSource> {
  const source = await findSource(scope, ref);
  await storeOf(scope).removeSource(source.id);
  return source;
}

export async function pauseSource(scope: SourcesScope, ref: string, paused: boolean): Promise<FollowedSource> {
  const source = await findSource(scope, ref);
  await storeOf(scope).setSourcePaused(source.id, paused);
  return { ...source, paused };
}

// Every due source once, now (`all`: every unpaused one), as the poll loop of `serve` does.
export async function pollSources(scope: SourcesScope, options: { all?: boolean; onReport?: (report: PollReport) => void } = {}): Promise<PollSummary[]> {
  storeOf(scope);
  const reports = await pollDue(contextFor(scope), { all: options.all, parallel: scope.config.poll.parallel, onReport: options.onReport });
  return reports.map((r) => ({ sourceId: r.sourceId, url: r.source.url, result: r.result, newItems: r.newItems, itemsSeen: r.itemsSeen, error: r.error }));
}

// Loaded once per data folder: the language packs, and the extractor when a first article is
// extracted (a server following no source never loads a second one); once per store: the
// fetcher, whose host pacing and robots rules then hold across polls.
const extractors = new Map<string, Extractor>();
const contexts = new WeakMap<Store, PollContext>();
export function contextFor(scope: SourcesScope): PollContext {
  const store = storeOf(scope);
  let context = contexts.get(store);
  if (!context) {
    const { config } = scope;
    const packs = loadLangPacks(config.dataDir);
    const ingest = {
      store,
      packs,
      maxBytes: config.maxBytes,
      get extractor(): Extractor {
        let extractor = extractors.get(config.dataDir);
        if (!extractor) extractors.set(config.dataDir, (extractor = loadExtractor(config.dataDir, packs)));
        return extractor;
      },
    };
    context = pollContext(config.fetch, ingest, pageWords(packs), config.poll.itemsPerPoll);
    contexts.set(store, context);
  }
  return context;
}
