import { HTTPException } from 'hono/http-exception';
import type { Config } from '../config.js';
import { QueryError, type AddArticleInput, type AddArticleResult } from '../query/index.js';
import { JobError, spawnWorker, WorkerPool, type ThrownInWorker } from './worker-pool.js';

export type AddArticle = (input: AddArticleInput) => Promise<AddArticleResult>;
export type ArticlePool = { add: AddArticle; close: () => Promise<void> };

// Heap of one worker: an input that would need more fails alone instead of taking the server down.
const workerHeapMb = 768;

// Posted articles read and stored in worker threads (config.limits: how many, how long one may
// take), each on its own connection to config.dbPath. Over the time limit, or killing its
// worker, an article is a bad request that says so; while the server stops, a 503.
export function articlePool(config: Config): ArticlePool {
  const pool = new WorkerPool({
    size: config.limits.workers,
    jobMs: config.limits.jobMs,
    spawn: () => spawnWorker(import.meta.url, 'ingest-worker', config, { maxOldGenerationSizeMb: workerHeapMb }),
    rethrow: (thrown: ThrownInWorker) =>
      thrown.name === 'QueryError' ? new QueryError(thrown.code === 'not_found' ? 'not_found' : 'bad_request', thrown.message) : new Error(thrown.message),
  });
  const add: AddArticle = async (input) => {
    try {
      return await pool.run<AddArticleResult>(input);
    } catch (error) {
      if (!(error instanceof JobError)) throw error;
      if (error.reason === 'stopping') throw new HTTPException(503, { message: 'the server is stopping: try again once it is back' });
      const what = input.filename?.trim() || input.url?.trim() || 'the article';
      if (error.reason === 'timeout')
        throw new QueryError(
          'bad_request',
          `${what}: reading it ${error.message}: the page is too large or too deeply nested; send its text instead (or raise ACCORD_JOB_SECONDS on the server)`,
        );
      throw new QueryError('bad_request', `${what}: reading it stopped its worker (${error.message}); send a smaller or simpler page`);
    }
  };
  return { add, close: () => pool.close() };
}
