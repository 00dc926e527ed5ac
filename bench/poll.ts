import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../src/config.js';
import { pollSources } from '../src/query/index.js';
import { SqliteStore } from '../src/store/index.js';
import { startSourceSite } from '../test/source-site.js';
import { count, mb, note } from './print.js';
import type { Report } from './run.js';

// A poll of many followed feeds: BENCH_POLL_FEEDS local feeds (default 200) of BENCH_POLL_ITEMS
// articles each (default 50: 10,000 in all), every article page served by the same local server
// in this process, each fetched, extracted and stored in a new SQLite file. Then a second poll,
// where every item is known and only the feeds are fetched. Peak memory is this process's
// resident set, the feed server's included.
export async function benchPoll(): Promise<Report[]> {
  const feeds = Number(process.env.BENCH_POLL_FEEDS || 200);
  const perFeed = Number(process.env.BENCH_POLL_ITEMS || 50);
  const site = await startSourceSite({ feeds, perFeed });
  const folder = mkdtempSync(join(tmpdir(), 'accord-bench-poll-'));
  const store = SqliteStore.open(join(folder, 'accord.db'));
  const config = readConfig({ ...process.env, ACCORD_FETCH_ALLOW_HOSTS: new URL(site.base).host, ACCORD_FETCH_HOST_INTERVAL: '0', ACCORD_FETCH_TIMEOUT: '120' });
  const scope = { store, config };
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    for (let i = 0; i < feeds; i += 1) await store.addSource({ url: `${site.base}/f/${i}.rss`, everySeconds: 1800, at: new Date().toISOString() });
    note(`polling ${count(feeds)} feeds of ${perFeed} items (${count(feeds * perFeed)} articles)`);
    const started = performance.now();
    const first = await pollSources(scope, { all: true });
    const firstMs = performance.now() - started;
    const again = performance.now();
    const second = await pollSources(scope, { all: true });
    const secondMs = performance.now() - again;
    const stored = await store.countDocuments();
    const newItems = first.reduce((sum, r) => sum + r.newItems, 0);
    const errors = first.filter((r) => r.result === 'error').length;
    return [
      {
        heading: `poll: ${count(feeds)} local feeds, ${count(feeds * perFeed)} items (SQLite, ${config.poll.parallel} sources at once)`,
        rows: [
          ['first poll (every item new)', `${(firstMs / 1000).toFixed(1)} s, ${((newItems / firstMs) * 1000).toFixed(0)} articles/s (${count(newItems)} new, ${count(stored)} stored, ${errors} feed errors)`],
          ['second poll (nothing new)', `${(secondMs / 1000).toFixed(1)} s, ${count(second.reduce((sum, r) => sum + r.newItems, 0))} new`],
          ['peak memory (RSS, feed server included)', mb(peak)],
        ],
      },
    ];
  } finally {
    clearInterval(sampler);
    await store.close();
    await site.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
