import type { WorkQueue } from '../queue/index.js';
import { openAccord } from '../startup.js';
import { databaseFor } from './open-store.js';

// The embedded SQLite default has no queue: what to do instead.
export const noQueue =
  'no work queue: the queue needs PostgreSQL (give --db postgres://... or set ACCORD_DB or ACCORD_QUEUE_URL); without one, `accord ingest` stores at once';

// The queue lives in the PostgreSQL database `--db` names (or ACCORD_QUEUE_URL).
export async function withQueue<T>(flags: { db?: string }, use: (queue: WorkQueue) => Promise<T>): Promise<T> {
  const accord = await openAccord(databaseFor(flags), { store: 'none', queue: true });
  try {
    if (!accord.queue) throw new Error(noQueue);
    return await use(accord.queue);
  } finally {
    await accord.close();
  }
}
