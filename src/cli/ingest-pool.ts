import type { Config } from '../config.js';
import type { Article } from '../ingest/index.js';
import type { GroupStorer } from '../pipeline-batch.js';
import type { Outcome } from '../pipeline.js';
import { spawnWorker, WorkerPool } from '../server/index.js';

// A group of 64 articles takes a second or two; one that takes this long has hung its worker.
const groupMs = 10 * 60 * 1000;
const workerHeapMb = 2048;

export type GroupPool = GroupStorer & { close: () => Promise<void> };

// `size` worker threads (ingest-thread.ts) that extract and store groups of articles, each on its
// own connection to config.dbPath, so that extraction runs on every core while one thread
// reads the inputs. A group stays whole: if its worker dies or hangs, each of its articles
// fails with the reason and the next group gets a new worker. One group more than the workers
// is kept read ahead, so that none waits for the reading.
export function groupPool(config: Config, size: number): GroupPool {
  const pool = new WorkerPool({
    size,
    jobMs: groupMs,
    spawn: () => spawnWorker(import.meta.url, 'ingest-thread', config, { maxOldGenerationSizeMb: workerHeapMb }),
    rethrow: (thrown) => new Error(thrown.message),
  });
  return { store: (articles: Article[]) => pool.run<Outcome[]>(articles), inFlight: size + 1, close: () => pool.close() };
}
