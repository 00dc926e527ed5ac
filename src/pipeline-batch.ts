import type { Article, InputList } from './ingest/index.js';
import type { IngestStatus } from './model/index.js';
import { inGroups } from './pipeline-groups.js';
import { failed, prepareArticle, readArticles, savePrepared, type IngestOptions, type Outcome, type Prepared } from './pipeline.js';

// How many articles `ingest` stores in one transaction, and how much text (in characters) at
// most: a commit writes every page its documents touched, so one commit for many articles
// writes the shared pages (indexes, tallies) once. A group waits for its next article this long at most, so a
// slow stream's articles are stored as they come.
const group = { size: 64, maxWeight: 4_000_000, waitMs: 200 };

// How a group of articles is extracted and stored, and how many groups may be at it at once:
// by default here, one at a time (`storeArticles`); `ingest --concurrency N` hands them to N
// worker threads, each on its own connection (../cli/ingest.ts).
export type GroupStorer = { store: (articles: Article[]) => Promise<Outcome[]>; inFlight: number };

// ingest -> text -> extract -> store: the listed inputs read one by one, their articles stored
// in groups; an outcome per input in the order read, whatever order the groups end in.
// `onInputDone` ticks once per input read, for a progress bar.
export async function* ingestInputs(
  list: InputList,
  options: IngestOptions,
  onInputDone: () => void = () => {},
  storer: GroupStorer = { store: (articles) => storeArticles(articles, options), inFlight: 1 },
): AsyncGenerator<Outcome> {
  const items = readArticles(list, options, onInputDone);
  const weight = (item: Article | Outcome): number => ('text' in item ? item.text.length : 0);
  const pending: Promise<Outcome[]>[] = [];
  for await (const taken of inGroups(items, { ...group, weight })) {
    pending.push(storeGroup(taken, storer));
    // Read on while the groups before are stored, up to `inFlight` of them.
    if (pending.length >= storer.inFlight) yield* (await pending.shift()) ?? [];
  }
  for (const outcomes of pending) yield* await outcomes;
}

// The outcomes of a group's items in order: those read as failures as they are, the articles
// as stored (each failed with the reason when the group could not be stored at all).
async function storeGroup(taken: (Article | Outcome)[], storer: GroupStorer): Promise<Outcome[]> {
  const articles = taken.flatMap((item) => ('status' in item ? [] : [item]));
  const stored =
    articles.length === 0
      ? []
      : await storer.store(articles).catch((error: Error) => articles.map((a) => failed(a.source.label, `could not store: ${error.message}`)));
  let next = 0;
  return taken.map((item) => ('status' in item ? item : (stored[next++] as Outcome)));
}

// Many articles extracted one by one, then stored in one transaction (Store.saveDocuments): what
// `ingest` does with a group of articles and a worker with a batch of jobs. When the batch
// cannot be stored whole, each article is stored alone, so that a bad one fails only its own
// job. An outcome per article, in order.
export async function storeArticles(articles: Article[], options: IngestOptions): Promise<Outcome[]> {
  const prepared: Prepared[] = [];
  for (const article of articles) prepared.push(await prepareArticle(article, options));
  const ready = prepared.flatMap((p) => ('item' in p ? [p] : []));
  const statuses = ready.length === 0 ? [] : await options.store.saveDocuments(ready.map((p) => p.item)).catch(() => null);
  if (statuses) {
    const statusOf = new Map<Prepared, IngestStatus>(ready.map((p, i) => [p, statuses[i] ?? 'failed']));
    return prepared.map((p): Outcome => ('item' in p ? { ...p.outcome, status: statusOf.get(p) ?? 'failed' } : p.outcome));
  }
  const outcomes: Outcome[] = [];
  for (const p of prepared) outcomes.push('item' in p ? await savePrepared(p, options) : p.outcome);
  return outcomes;
}
