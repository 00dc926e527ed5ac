import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { JobError, WorkerPool } from './worker-pool.js';

// A worker that speaks the pool's protocol: a job { spin } busy-waits `spin` ms on its thread
// (as a pathological page would) and returns the number doubled; { fail } throws a
// QueryError-named error; { exit } ends the thread.
const script = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  const { spin, fail, exit } = m.input;
  if (exit) process.exit(3);
  if (fail) return parentPort.postMessage({ type: 'failed', error: { name: 'QueryError', message: fail, code: 'bad_request' } });
  const until = Date.now() + spin;
  while (Date.now() < until);
  parentPort.postMessage({ type: 'done', value: spin * 2 });
});
parentPort.postMessage({ type: 'ready' });
`;

function pool(size: number, jobMs: number): { pool: WorkerPool; started: () => number } {
  let started = 0;
  const made = new WorkerPool({
    size,
    jobMs,
    spawn: () => {
      started += 1;
      return new Worker(script, { eval: true });
    },
    rethrow: (thrown) => Object.assign(new Error(thrown.message), { name: thrown.name }),
  });
  return { pool: made, started: () => started };
}

describe('WorkerPool', () => {
  it('runs jobs on its workers, one at a time each', async () => {
    const { pool: p, started } = pool(2, 10_000);
    expect(await Promise.all([1, 2, 3, 4].map((spin) => p.run<number>({ spin })))).toEqual([2, 4, 6, 8]);
    expect(started()).toBe(2);
    await p.close();
  });

  it('terminates a job over its time limit, and the next job gets a new worker', async () => {
    const { pool: p, started } = pool(1, 200);
    const slow = p.run({ spin: 60_000 });
    await expect(slow).rejects.toBeInstanceOf(JobError);
    await expect(slow).rejects.toMatchObject({ reason: 'timeout' });
    expect(await p.run<number>({ spin: 1 })).toBe(2);
    expect(started()).toBe(2);
    await p.close();
  }, 20_000);

  it('hands back what a job threw, and survives a worker that dies', async () => {
    const { pool: p } = pool(1, 10_000);
    await expect(p.run({ fail: 'body: not an article' })).rejects.toMatchObject({ name: 'QueryError', message: 'body: not an article' });
    await expect(p.run({ exit: true })).rejects.toMatchObject({ reason: 'crashed' });
    expect(await p.run<number>({ spin: 2 })).toBe(4);
    await p.close();
  });

  it('names each worker it takes out by the thread id it had, a worker that exited too', async () => {
    const [spawned, retired]: [number[], number[]] = [[], []];
    const p = new WorkerPool({
      size: 1,
      jobMs: 10_000,
      spawn: () => {
        const worker = new Worker(script, { eval: true });
        spawned.push(worker.threadId);
        return worker;
      },
      rethrow: (thrown) => new Error(thrown.message),
      onRetire: (threadId) => retired.push(threadId),
    });
    await expect(p.run({ exit: true })).rejects.toMatchObject({ reason: 'crashed' });
    expect(await p.run<number>({ spin: 1 })).toBe(2);
    await p.close();
    expect(spawned).toHaveLength(2);
    expect(retired).toEqual(spawned);
  });

  it('fails a job whose worker cannot start, once, instead of starting workers forever', async () => {
    let started = 0;
    const broken = new WorkerPool({
      size: 1,
      jobMs: 10_000,
      spawn: () => {
        started += 1;
        return new Worker('throw new Error("no such module")', { eval: true });
      },
      rethrow: (thrown) => new Error(thrown.message),
    });
    const results = await Promise.allSettled([broken.run({}), broken.run({})]);
    expect(results.map((r) => r.status === 'rejected' && (r.reason as JobError).reason)).toEqual(['crashed', 'crashed']);
    expect(started).toBe(2);
    await broken.close();
  });

  it('fails running and waiting jobs when closed, and refuses new ones', async () => {
    const { pool: p } = pool(1, 60_000);
    const jobs = [p.run({ spin: 60_000 }), p.run({ spin: 1 })];
    const settled = Promise.allSettled(jobs);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await p.close();
    const reasons = [...(await settled), ...(await Promise.allSettled([p.run({ spin: 1 })]))].map(
      (r) => r.status === 'rejected' && (r.reason as JobError).reason,
    );
    expect(reasons).toEqual(['stopping', 'stopping', 'stopping']);
  }, 20_000);
});
