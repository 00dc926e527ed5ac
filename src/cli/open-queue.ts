import { isPostgresUrl, readConfig } from '../config.js';
import { openQueue, type WorkQueue } from '../queue/index.js';

// The queue lives in the PostgreSQL database `--db` names (or ACCORD_QUEUE_URL); the embedded
// SQLite default has none, and says what to do.
export async function withQueue<T>(flags: { db?: string }, use: (queue: WorkQueue) => Promise<T>): Promise<T> {
  const config = readConfig();
  const url = flags.db && isPostgresUrl(flags.db) ? flags.db : config.queueUrl;
  if (!url) throw new Error('no work queue: the queue needs PostgreSQL (give --db postgres://... or set ACCORD_DB or ACCORD_QUEUE_URL); without one, `accord ingest` stores at once');
  const queue = await openQueue({ url, ...config.queue });
  try {
    return await use(queue);
  } finally {
    await queue.close();
  }
}
