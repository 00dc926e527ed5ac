import type { Article } from '../ingest/index.js';

// The work queue of the scaled setup: `accord ingest --queue` reads and enqueues articles, and
// `accord worker` processes (on this machine or another that reaches the database) stores them.
// A job is one article as read (body text, figures, what its source said of it), so a worker
// needs no access to the enqueuing machine's files.
export type JobState = 'queued' | 'retry' | 'active' | 'completed' | 'failed' | 'cancelled';
export type JobCounts = Record<JobState, number>;

// A job set aside after its last try, with the error of that try.
export type FailedJob = { id: string; source: string; error: string; attempts: number; failedAt: string | null };

// What a worker does with a batch of jobs: an error per article, in order (null when it is
// stored); an error fails that job's try (retried with backoff until the retry limit, then set
// aside), a thrown error every job of the batch. Saving an article twice stores it once: jobs
// are idempotent, so a batch cut short by a killed worker is simply done again.
export type JobHandler = (articles: Article[]) => Promise<(string | null)[]>;

export type WorkOptions = {
  // Return once no job is queued, waiting for a retry or held by a worker; else work until stopped.
  untilEmpty: boolean;
  signal?: AbortSignal;
  // Jobs taken at once (1 by default): stored in one transaction by the handler.
  batchSize?: number;
  // Called after each job, done or failed.
  onJob?: (outcome: { source: string; error: string | null }) => void;
};

export interface WorkQueue {
  // Returns the ids of the new jobs, in the order of the articles.
  enqueue(articles: Article[]): Promise<string[]>;
  work(handle: JobHandler, options: WorkOptions): Promise<void>;
  counts(): Promise<JobCounts>;
  failed(limit?: number): Promise<FailedJob[]>;
  // Puts every failed job back in the queue; returns how many.
  retryFailed(): Promise<number>;
  close(): Promise<void>;
}

export type QueueSettings = {
  url: string;
  // The PostgreSQL schema the queue's tables live in.
  schema: string;
  // Tries after the first, and the first wait between them (doubling each time).
  retryLimit: number;
  retryDelaySeconds: number;
  // A job held longer than this by a worker counts as lost (its worker was killed) and is tried again.
  expireSeconds: number;
};
