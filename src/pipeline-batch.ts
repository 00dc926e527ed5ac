import type { Article } from './ingest/index.js';
import type { IngestStatus } from './model/index.js';
import { failed, prepareArticle, type IngestOptions, type Outcome, type Prepared } from './pipeline.js';

// Many articles extracted one by one, then stored in one transaction (Store.saveDocuments): what
// a worker does with a batch of jobs, one commit instead of one per article. When the batch
// cannot be stored whole, each article is stored alone, so that a bad one fails only its own job.
// An outcome per article, in order.
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
  for (const p of prepared) outcomes.push('item' in p ? await saveAlone(p, options) : p.outcome);
  return outcomes;
}

async function saveAlone(p: Extract<Prepared, { item: unknown }>, options: IngestOptions): Promise<Outcome> {
  const { document, source, statements, mainEvent } = p.item;
  try {
    return { ...p.outcome, status: await options.store.saveDocument(document, source, statements, mainEvent) };
  } catch (error) {
    return failed(p.outcome.source, `could not store: ${(error as Error).message}`);
  }
}
