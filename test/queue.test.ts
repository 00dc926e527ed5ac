import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openQueue, type QueueSettings } from '../src/queue/index.js';
import { SqliteStore } from '../src/store/index.js';
import { accordBin, repo, runAccord } from './run-accord.js';

// The work queue on a real PostgreSQL (ACCORD_TEST_PG_URL; `.ci/run` starts one). Without one
// the suite skips with a message, except under CI, where a missing server is a failure.
const url = process.env.ACCORD_TEST_PG_URL?.trim() ?? '';
if (!url && process.env.CI) throw new Error('ACCORD_TEST_PG_URL is not set: CI must run the queue tests on PostgreSQL');
if (!url) console.warn('queue tests skipped: set ACCORD_TEST_PG_URL=postgres://... to run them on PostgreSQL');

const work = mkdtempSync(join(tmpdir(), 'accord-queue-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each test has its own queue tables (a schema of its own) and its own database file.
function setup(name: string, files: number): { env: NodeJS.ProcessEnv; db: string; dir: string; settings: QueueSettings } {
  const schema = `accord_test_${name}_${process.pid}_${Date.now() % 100000}`;
  const dir = join(work, name);
  mkdirSync(dir);
  const corpus = join(repo, 'test', 'corpus');
  for (const file of readdirSync(corpus).filter((n) => n.endsWith('.txt')).slice(0, files)) copyFileSync(join(corpus, file), join(dir, file));
  const env = { ACCORD_QUEUE_URL: url, ACCORD_QUEUE_SCHEMA: schema, ACCORD_QUEUE_RETRIES: '1', ACCORD_QUEUE_RETRY_DELAY: '0', ACCORD_QUEUE_EXPIRE: '3' };
  return { env, db: join(work, `${name}.db`), dir, settings: { url, schema, retryLimit: 1, retryDelaySeconds: 0, expireSeconds: 3 } };
}

function countDocuments(db: string): Promise<number> {
  const store = SqliteStore.open(db);
  return store.countDocuments().finally(() => store.close());
}

function jobs(env: NodeJS.ProcessEnv): { counts: Record<string, number>; failed: { source: string; error: string }[] } {
  const run = runAccord(['jobs', '--json'], { env, timeout: 60_000 });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { counts: Record<string, number>; failed: { source: string; error: string }[] };
}

describe.skipIf(!url)('the work queue on PostgreSQL', () => {
  it('stores each enqueued article once, however many times it was enqueued and however many workers run', async () => {
    const { env, db, dir } = setup('twice', 10);
    for (let i = 0; i < 2; i += 1) expect(runAccord(['ingest', '--queue', dir], { env, timeout: 60_000 }).stderr).toContain('10 queued, 0 failed');
    const run = runAccord(['worker', '--once', '--concurrency', '2', '--db', db], { env, timeout: 240_000 });
    expect(run.status).toBe(0);
    expect(await countDocuments(db)).toBe(10);
    expect(jobs(env).counts).toMatchObject({ queued: 0, active: 0, completed: 20, failed: 0 });
  });

  it('tries a failing job again, then sets it aside with its error for `accord jobs`', async () => {
    const { env, db, settings } = setup('failing', 0);
    const queue = await openQueue(settings);
    // A job no worker can read: another version of Accord, or a hand-made row.
    await queue.enqueue([{ source: { key: null, label: 'broken.txt' } } as never]);
    await queue.close();
    const run = runAccord(['worker', '--once', '--db', db], { env, timeout: 120_000 });
    expect(run.stderr).toContain('error: broken.txt: malformed job');
    const { counts, failed } = jobs(env);
    expect(counts).toMatchObject({ failed: 1, queued: 0, retry: 0 });
    expect(failed).toEqual([expect.objectContaining({ source: 'broken.txt', error: expect.stringContaining('malformed job') })]);
    expect(runAccord(['jobs', '--retry'], { env, timeout: 60_000 }).stdout).toContain('1 failed job(s) put back in the queue');
  });

  it('loses nothing when a worker is killed mid-batch: another finishes, with no duplicate', async () => {
    const { env, db, dir } = setup('killed', 30);
    expect(runAccord(['ingest', '--queue', dir], { env, timeout: 60_000 }).stderr).toContain('30 queued');
    const worker = spawn(accordBin, ['worker', '--db', db], { cwd: repo, env: { ...process.env, ACCORD_DB: '', ...env }, stdio: 'ignore' });
    // Killed once it has stored some and holds one.
    for (let waited = 0; waited < 120_000 && (jobs(env).counts.completed ?? 0) < 3; waited += 500) await new Promise((r) => setTimeout(r, 500));
    worker.kill('SIGKILL');
    await new Promise((r) => worker.on('exit', r));
    const run = runAccord(['worker', '--once', '--db', db], { env, timeout: 240_000 });
    expect(run.status).toBe(0);
    expect(await countDocuments(db)).toBe(30);
    expect(jobs(env).counts).toMatchObject({ queued: 0, active: 0, retry: 0, failed: 0 });
  });
});

describe('the work queue without PostgreSQL', () => {
  it('says what to do when no PostgreSQL is configured', () => {
    const run = runAccord(['ingest', '--queue', join(repo, 'test', 'corpus')], { env: { ACCORD_QUEUE_URL: '' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no work queue: the queue needs PostgreSQL/);
  });
});
