import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openQueue } from '../src/queue/index.js';
import { dropSchemas, freshSchema } from '../src/store/postgres/testing.js';
import { bearer, call } from './api-server.js';
import { accordBin, repo } from './run-accord.js';
import { pgUrl } from './store-backends.js';

// `accord serve --queue` on PostgreSQL: a posted article is read by the server, queued, and
// answered 202 with its job id; `accord worker --once` stores it; GET /api/v1/jobs shows the
// counts to anyone and the failed jobs, with their error, to the holder of the write token.
const token = 'queue-test-token-0123456789';
const article = 'Paris summit\n\nKenya signed the closing statement of the AI Action Summit in Paris on Tuesday, its foreign ministry said.';

function serveQueued(env: NodeJS.ProcessEnv): Promise<{ url: string; stop: () => Promise<number | null> }> {
  const child = spawn(accordBin, ['serve', '--port', '0', '--empty', '--queue'], { cwd: repo, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let [stdout, stderr] = ['', ''];
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /serving (http:\/\/[^/\s]+)\//.exec(stdout)?.[1];
      if (url) resolve({ url, stop: () => (child.kill('SIGTERM'), exited) });
    });
    void exited.then((code) => reject(new Error(`accord serve exited with ${code}: ${stderr}`)));
  });
}

// The worker runs beside the test, not blocking it: a blocked test would keep using a kept-alive
// connection the server has closed meanwhile.
function work(env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(accordBin, ['worker', '--once'], { cwd: repo, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', () => resolve(stderr)));
}

if (pgUrl === null) {
  describe('the API with a work queue', () => it.skip('needs ACCORD_TEST_PG_URL (see .ci/run)', () => undefined));
} else {
  const url = pgUrl;
  const queueSchema = freshSchema();
  const db = `${url}${url.includes('?') ? '&' : '?'}schema=${freshSchema()}`;
  const env = { ACCORD_DB: db, ACCORD_QUEUE_URL: url, ACCORD_QUEUE_SCHEMA: queueSchema, ACCORD_QUEUE_RETRIES: '0', ACCORD_TOKEN: token };
  const served = await serveQueued(env);
  const api = `${served.url}/api/v1`;
  afterAll(async () => {
    await served.stop();
    await dropSchemas(url);
  });
  const post = (body: unknown) => call(`${api}/documents`, { method: 'POST', headers: { ...bearer(token), 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  describe('the API with a work queue (accord serve --queue)', () => {
    it('queues a posted article with its job id, and a worker stores it', async () => {
      const queued = await post({ text: article, url: 'https://example.org/kenya-signs' });
      expect(queued.status).toBe(202);
      expect(queued.body).toMatchObject({ status: 'queued', jobs: [expect.stringMatching(/^[0-9a-f-]{36}$/)] });
      expect(((await call(`${api}/documents`)).body as { total: number }).total).toBe(0);
      expect(await work(env)).toContain('worker: 1 done, 0 failed');
      const documents = (await call(`${api}/documents`)).body as { total: number; items: { url: string }[] };
      expect([documents.total, documents.items[0]?.url]).toEqual([1, 'https://example.org/kenya-signs']);
    });

    it('refuses bad input at once, without queueing it', async () => {
      const refused = await post({ text: '' });
      expect(refused.status).toBe(400);
      expect(((await call(`${api}/jobs`)).body as { counts: { queued: number } }).counts.queued).toBe(0);
    });

    it('shows a failing job: counts to anyone, its error with the token; retry needs the token', async () => {
      const queue = await openQueue({ url, schema: queueSchema, retryLimit: 0, retryDelaySeconds: 0, expireSeconds: 30 });
      // A job no worker can read: written by another version of Accord, or by hand.
      await queue.enqueue([{ source: { key: null, label: 'broken-page.html' } } as never]);
      await queue.close();
      expect(await work(env)).toContain('worker: 0 done, 1 failed');
      const open = (await call(`${api}/jobs`)).body as { counts: Record<string, number>; failed: unknown };
      expect([open.counts.failed, open.counts.completed, open.failed]).toEqual([1, 1, null]);
      const trusted = (await call(`${api}/jobs`, { headers: bearer(token) })).body as { failed: { source: string; error: string }[] };
      expect(trusted.failed).toEqual([expect.objectContaining({ source: 'broken-page.html', error: expect.stringContaining('malformed job') })]);
      expect((await call(`${api}/jobs/retry`, { method: 'POST' })).status).toBe(401);
      const retried = await call(`${api}/jobs/retry`, { method: 'POST', headers: bearer(token) });
      expect([retried.status, retried.body]).toEqual([200, { retried: 1 }]);
    });
  });
}
