export type { FailedJob, JobCounts, JobHandler, JobState, QueueSettings, WorkOptions, WorkQueue } from './queue.js';
import type { QueueSettings, WorkQueue } from './queue.js';

// The one way to open the work queue; pg-boss loads only for the commands that use it.
export async function openQueue(settings: QueueSettings): Promise<WorkQueue> {
  const { PgBossQueue } = await import('./pg-boss-queue.js');
  return PgBossQueue.open(settings);
}
