import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Article } from '../ingest/index.js';
import type { FailedJob, JobCounts, JobHandler, JobState, QueueSettings, WorkOptions, WorkQueue } from './queue.js';

// The work queue on PostgreSQL, through pg-boss (10.x: the last line that runs on Node 20; 11 and
// later need Node 22). Jobs live in the database, so a worker that is killed loses nothing: the
// job it held expires after `expireSeconds` and is tried again by any worker.
const queueName = 'accord-ingest';
type IngestJob = { article: Article };

// pg-boss's states, by the names Accord shows.
const stateNames: Record<string, JobState> = { created: 'queued', retry: 'retry', active: 'active', completed: 'completed', failed: 'failed', cancelled: 'cancelled' };
const idlePollMs = 250;

export class PgBossQueue implements WorkQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly settings: QueueSettings,
  ) {}

  static async open(settings: QueueSettings): Promise<PgBossQueue> {
    const boss = new PgBoss({
      connectionString: settings.url,
      schema: settings.schema,
      // Lost jobs are found by maintenance: often enough that a killed worker's job waits about as long as it may run.
      maintenanceIntervalSeconds: Math.max(1, Math.min(120, Math.round(settings.expireSeconds / 2))),
    });
    // Connection trouble while working is reported by the calls that fail; pg-boss also emits it.
    boss.on('error', () => {});
    try {
      await boss.start();
      await boss.createQueue(queueName, { name: queueName, policy: 'standard' });
    } catch (error) {
      await boss.stop({ graceful: false, wait: false }).catch(() => {});
      throw new Error(`the work queue at ${redacted(settings.url)}: ${(error as Error).message}`);
    }
    return new PgBossQueue(boss, settings);
  }

  async enqueue(articles: Article[]): Promise<string[]> {
    const { retryLimit, retryDelaySeconds, expireSeconds } = this.settings;
    // The ids are made here: pg-boss's batch insert returns none.
    const jobs = articles.map((article) => ({
      id: randomUUID(),
      name: queueName,
      data: { article } satisfies IngestJob,
      retryLimit,
      retryDelay: retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: expireSeconds,
    }));
    if (jobs.length > 0) await this.boss.insert(jobs);
    return jobs.map((job) => job.id);
  }

  // Two batches at a time: the next batch is fetched and extracted while the one before waits on
  // the database to store it (a worker on PostgreSQL spent a third of its time waiting so).
  async work(handle: JobHandler, { untilEmpty, signal, onJob, batchSize = 1 }: WorkOptions): Promise<void> {
    let before: Promise<void> = Promise.resolve();
    while (!signal?.aborted) {
      const jobs = await this.boss.fetch<IngestJob>(queueName, { batchSize: Math.max(1, batchSize) });
      if (jobs.length === 0) {
        await before;
        if (untilEmpty && (await this.isDrained())) return;
        await pause(idlePollMs, signal);
        continue;
      }
      const current = this.runBatch(jobs, handle, onJob);
      // Its failure is thrown when it is awaited, not reported as unhandled before.
      current.catch(() => {});
      try {
        await before;
      } catch (error) {
        // Nothing is left running on the store when the worker stops on an error.
        await current.catch(() => {});
        throw error;
      }
      before = current;
    }
    await before;
  }

  private async runBatch(jobs: PgBoss.Job<IngestJob>[], handle: JobHandler, onJob: WorkOptions['onJob']): Promise<void> {
    // A malformed job fails alone; the others go to the handler together.
    const read = jobs.map((job) => readJob(job.data));
    const articles = read.flatMap((r) => ('article' in r ? [r.article] : []));
    const handled = articles.length === 0 ? [] : await handle(articles).catch((error: Error) => articles.map(() => error.message));
    let next = 0;
    const errors = read.map((r) => ('article' in r ? (handled[next++] ?? null) : r.error));
    const done = jobs.filter((_, i) => !errors[i]).map((job) => job.id);
    if (done.length > 0) await this.boss.complete(queueName, done);
    for (const [i, job] of jobs.entries()) {
      const message = errors[i];
      if (message) await this.boss.fail(queueName, job.id, { message });
      onJob?.({ source: job.data?.article?.source?.label ?? job.id, error: message ?? null });
    }
  }

  async counts(): Promise<JobCounts> {
    const counts: JobCounts = { queued: 0, retry: 0, active: 0, completed: 0, failed: 0, cancelled: 0 };
    const { rows } = await this.sql(`SELECT state::text AS state, count(*)::int AS n FROM ${this.table()} WHERE name = $1 GROUP BY state`, [queueName]);
    for (const row of rows as { state: string; n: number }[]) {
      const state = stateNames[row.state];
      if (state) counts[state] += row.n;
    }
    return counts;
  }

  async failed(limit = 50): Promise<FailedJob[]> {
    const { rows } = await this.sql(
      `SELECT id::text, data->'article'->'source'->>'label' AS source, output->>'message' AS error, retry_count AS attempts, completed_on AS failed_at
       FROM ${this.table()} WHERE name = $1 AND state = 'failed' ORDER BY completed_on DESC NULLS LAST, id LIMIT $2`,
      [queueName, limit],
    );
    return (rows as { id: string; source: string | null; error: string | null; attempts: number; failed_at: Date | null }[]).map((r) => ({
      id: r.id,
      source: r.source ?? r.id,
      error: r.error ?? 'failed with no message',
      attempts: r.attempts + 1,
      failedAt: r.failed_at ? r.failed_at.toISOString() : null,
    }));
  }

  async retryFailed(): Promise<number> {
    const ids = (await this.sql(`SELECT id::text FROM ${this.table()} WHERE name = $1 AND state = 'failed'`, [queueName])).rows.map((r) => (r as { id: string }).id);
    if (ids.length > 0) await this.boss.retry(queueName, ids);
    return ids.length;
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }

  private async isDrained(): Promise<boolean> {
    const counts = await this.counts();
    return counts.queued + counts.retry + counts.active === 0;
  }

  private table(): string {
    return `"${this.settings.schema.replaceAll('"', '""')}".job`;
  }

  private sql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
    return this.boss.getDb().executeSql(text, values);
  }
}

// A job's data as stored: checked, since another version of Accord may have written it.
function readJob(data: IngestJob | undefined): { article: Article } | { error: string } {
  const article = data?.article;
  if (!article || typeof article.text !== 'string' || typeof article.source?.label !== 'string') return { error: 'malformed job: no article text or source' };
  return { article };
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), done()), { once: true });
  });
}

// A URL as it may be printed: without its password.
export function redacted(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}
