import { fail } from './open-store.js';
import { withQueue } from './open-queue.js';
import { printable } from './printable.js';

type JobsFlags = { db?: string; json?: boolean; retry?: boolean; limit?: number };

// `accord jobs`: how many jobs are in each state, and each failed one with its error;
// `--retry` puts the failed ones back in the queue.
export async function runJobs(flags: JobsFlags): Promise<void> {
  try {
    await withQueue(flags, async (queue) => {
      const retried = flags.retry ? await queue.retryFailed() : null;
      const [counts, failed] = [await queue.counts(), await queue.failed(flags.limit ?? 50)];
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ counts, failed, ...(retried === null ? {} : { retried }) })}\n`);
        return;
      }
      if (retried !== null) process.stdout.write(`${retried} failed job(s) put back in the queue\n`);
      const { queued, retry, active, completed, failed: failedCount } = counts;
      process.stdout.write(`${queued} queued, ${retry} waiting to be tried again, ${active} in progress, ${completed} done, ${failedCount} failed\n`);
      for (const job of failed) process.stdout.write(`failed: ${printable(job.source)}: ${printable(job.error)} (${job.attempts} tries${job.failedAt ? `, last ${job.failedAt}` : ''})\n`);
    });
  } catch (error) {
    fail((error as Error).message);
  }
}
