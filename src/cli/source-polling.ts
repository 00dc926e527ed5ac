import type { Config } from '../config.js';
import { startPolling, type PollLoop } from '../monitor/index.js';
import { contextFor } from '../query/index.js';
import type { Store } from '../store/index.js';
import { printable } from './printable.js';

// The poll loop of `accord serve` and `accord worker`: due sources polled every
// ACCORD_POLL_INTERVAL seconds, each by one process however many run (the store's claims).
// Off with ACCORD_POLL=0 (or `enabled` false: `worker --once`). It stops on SIGINT or SIGTERM,
// letting the poll at hand finish its current source.
export function followSources(store: Store, config: Config, enabled = true): PollLoop {
  if (!enabled || !config.poll.enabled) return { stop: async () => undefined };
  const loop = startPolling(contextFor({ store, config }), config.poll.intervalSeconds * 1000, {
    parallel: config.poll.parallel,
    onReport: (r) => {
      if (r.result === 'error') process.stderr.write(`source ${r.sourceId}: ${printable(r.source.url)}: ${printable(r.error ?? '')}\n`);
      else if (r.newItems > 0) process.stderr.write(`source ${r.sourceId}: ${printable(r.source.url)}: ${r.newItems} new article(s)\n`);
    },
    onError: (error) => process.stderr.write(`warning: polling sources: ${printable(error.message)}\n`),
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void loop.stop());
  process.stderr.write(`following sources: due ones polled every ${config.poll.intervalSeconds} s (ACCORD_POLL=0 turns it off)\n`);
  return loop;
}
