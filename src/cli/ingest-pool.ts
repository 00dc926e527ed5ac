import type { Config } from '../config.js';
import type { Article } from '../ingest/index.js';
import type { GroupStorer } from '../pipeline-batch.js';
import type { Outcome } from '../pipeline.js';
import { spawnWorker, WorkerPool } from '../server/index.js';

// A group of 64 articles takes a second or two; one that takes this long has hung its worker.
const groupMs = 10 * 60 * 1000;
const workerHeapMb = 2048;
// Extraction makes many short-lived objects: a young generation of 96 MB (32 MB semi-spaces, V8's
// default is 16) collects them less often: 6,000 articles on two threads took 40.8-42.1 s
// instead of 45.7-48.6, with a sixth less CPU.
const youngMb = 96;

export type GroupPool = GroupStorer & { close: () => Promise<void> };

// `size` worker threads (ingest-thread.ts) that extract and store groups of articles, each on its
// own connection to config.dbPath, so that extraction runs on every core while one thread
// reads the inputs. A group stays whole: if its worker dies or hangs, each of its articles
// fails with the reason and the next group gets a new worker. One group more than the workers
// is kept read ahead, so that none waits for the reading.
export function groupPool(config: Config, size: number): GroupPool {
  // The workers take turns to write (../store/sqlite/connection.ts).
  const writeLock = new Int32Array(new SharedArrayBuffer(4));
  const pool = new WorkerPool({
    size,
    jobMs: groupMs,
    spawn: () => spawnWorker(import.meta.url, 'ingest-thread', { config, writeLock }, { maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: youngMb }),
    rethrow: (thrown) => new Error(thrown.message),
    // A worker that died holding the write lock frees it (../store/sqlite/connection.ts).
    onRetire: (threadId) => {
      if (Atomics.compareExchange(writeLock, 0, threadId + 1, 0) === threadId + 1) Atomics.notify(writeLock, 0);
    },
  });
  return { store: (articles: Article[]) => pool.run<Outcome[]>(articles), inFlight: size + 1, close: () => pool.close() };
}
