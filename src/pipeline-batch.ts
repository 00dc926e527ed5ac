import type { Article } from './ingest/index.js';
import type { IngestStatus } from './model/index.js';
import { prepareArticle, savePrepared, type IngestOptions, type Outcome, type Prepared } from './pipeline.js';

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
  for (const p of prepared) outcomes.push('item' in p ? await savePrepared(p, options) : p.outcome);
  return outcomes;
}
