import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FollowedSource } from '../store/index.js';
import { pollSource, type PollContext, type PollReport } from './poll-source.js';

// `all`: every unpaused source, due or not (`accord sources poll --all`). `parallel`: sources
// polled at once (each host still gets one request at a time from the fetcher). `leaseSeconds`:
// how long a claimed source stays this poller's; a poller that dies holding one lets it go then.
export type PollRun = { all?: boolean; parallel?: number; leaseSeconds?: number; limit?: number; onReport?: (report: PollReport) => void };

// Who holds a lease: this host and process, and a random part for two runs in one process.
export function pollerName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

// Claims due sources a few at a time and polls each once. Another process running this at the
// same moment claims other sources: each source is fetched once, whoever fetches it. Due means
// due when the run started, so a source polled now is not polled again in the same run.
export async function pollDue(context: PollContext, run: PollRun = {}): Promise<PollReport[]> {
  const store = context.ingest.store;
  const worker = pollerName();
  const started = (context.now ?? (() => new Date()))().toISOString();
  const parallel = Math.max(1, run.parallel ?? 4);
  const limit = run.limit ?? 10_000;
  const reports: PollReport[] = [];
  const take = (): Promise<FollowedSource[]> =>
    store.claimDueSources(started, worker, run.leaseSeconds ?? 600, Math.min(parallel, limit - reports.length), run.all === true);
  // With `all`, a source just polled is claimable again at once: claim everything first.
  const queue = run.all ? await store.claimDueSources(started, worker, run.leaseSeconds ?? 600, limit, true) : [];
  const next = async (): Promise<FollowedSource | undefined> => {
    if (run.all) return queue.shift();
    if (queue.length === 0 && reports.length < limit) queue.push(...(await take()));
    return queue.shift();
  };
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let source = await next(); source; source = await next()) {
        const report = await pollSource(source, context);
        reports.push(report);
        run.onReport?.(report);
      }
    }),
  );
  return reports;
}
