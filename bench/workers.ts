import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { generateCorpus } from './generate-corpus.js';
import { count, mb, note } from './print.js';
import type { Report } from './run.js';

const root = join(import.meta.dirname, '..');

// Ingest throughput on PostgreSQL (BENCH_WORKERS_PG, a database on this machine) with 1, 2 and
// 4 workers: the same generated corpus (BENCH_WORKERS_DOCS, default 2,000) queued by `accord
// ingest --queue` (not timed), then `accord worker --concurrency N --once` timed until the
// queue is empty. Each N gets a fresh schema for the knowledge base and one for the queue.
export async function benchWorkers(): Promise<Report[]> {
  const base = process.env.BENCH_WORKERS_PG;
  if (!base) throw new Error('BENCH_WORKERS_PG must name a PostgreSQL database (postgres://...) for the workers benchmark');
  const docs = Number(process.env.BENCH_WORKERS_DOCS || 2000);
  const dir = await mkdtemp(join(tmpdir(), 'accord-workers-'));
  try {
    const corpus = await generateCorpus({ docs, dir, seed: 20261203 });
    const rows: [string, string][] = [['corpus', `${count(docs)} generated articles, ${mb(corpus.bytes)}`]];
    for (const workers of [1, 2, 4]) {
      const stamp = `${Date.now().toString(36)}_${workers}`;
      const db = withSchema(base, `bench_workers_${stamp}`);
      const env = { ...process.env, ACCORD_DB: db, ACCORD_QUEUE_URL: base, ACCORD_QUEUE_SCHEMA: `bench_queue_${stamp}` };
      note(`${workers} worker(s): queueing ${count(docs)} articles…`);
      accord(['ingest', '--queue', dir, '--db', db], env);
      const started = performance.now();
      accord(['worker', '--concurrency', String(workers), '--once', '--db', db], env);
      const seconds = (performance.now() - started) / 1000;
      const store = await openStore({ dbPath: db });
      const stored = await store.countDocuments();
      await store.close();
      rows.push([
        `${workers} worker${workers > 1 ? 's' : ''}`,
        `${(stored / seconds).toFixed(1)} docs/s, ${(corpus.bytes / 1e6 / seconds).toFixed(2)} MB/s (${count(stored)} stored in ${seconds.toFixed(1)} s)`,
      ]);
    }
    return [{ heading: `workers on PostgreSQL (database on this machine, shared cores): ${count(docs)} articles`, rows }];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('schema', schema);
  return parsed.toString();
}

function accord(args: string[], env: NodeJS.ProcessEnv): void {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'accord'), ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`accord ${args[0]} exited ${run.status}: ${run.stderr.trim().split('\n').at(-1)}`);
}
