import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Config = {
  // The database: `--db`, else ACCORD_DB, else ./accord.db. A file path (made absolute) is a SQLite
  // file; `postgres://...` a PostgreSQL database, kept as given (see databaseOf).
  dbPath: string;
  // Where data/lang, data/rules and the gazetteers live: ACCORD_DATA, else the checkout's data/
  dataDir: string;
  // Largest input accepted, in bytes (per file, or per line of JSON Lines)
  maxBytes: number;
  // Does `serve` fill a new, empty database with data/samples? ACCORD_SAMPLES=0 (or false, no) says not.
  samples: boolean;
  // The write secret of `serve`: ACCORD_TOKEN, trimmed; null (writes refused) when unset or empty.
  token: string | null;
  // Who records review and resolution decisions when `--reviewer` is not given: ACCORD_REVIEWER
  reviewer: string | null;
  // --- queue ---
  // The work queue of `ingest --queue` and `worker` (pg-boss on PostgreSQL): ACCORD_QUEUE_URL,
  // else ACCORD_DB when it is a postgres:// URL; null: no queue (the embedded default needs none).
  queueUrl: string | null;
  // The schema its tables live in (ACCORD_QUEUE_SCHEMA, default accord_queue); tries after the
  // first (ACCORD_QUEUE_RETRIES, default 3), the first wait between tries in seconds
  // (ACCORD_QUEUE_RETRY_DELAY, default 5, doubling), and how long a worker may hold a job before
  // it counts as lost and is tried again (ACCORD_QUEUE_EXPIRE, default 300 seconds).
  queue: { schema: string; retryLimit: number; retryDelaySeconds: number; expireSeconds: number };
  // --- fetching ---
  // How Accord fetches from the web (`accord fetch`, watched sources): private, loopback and
  // link-local addresses only with ACCORD_ALLOW_PRIVATE_FETCH=1 (tests, intranets); a time limit
  // per response (ACCORD_FETCH_TIMEOUT, seconds, default 20), a size cap (ACCORD_FETCH_MAX_BYTES,
  // default 5000000), at most 5 redirects, and one request per host every
  // ACCORD_FETCH_HOST_INTERVAL milliseconds (default 1000).
  // ACCORD_FETCH_ALLOW_HOSTS: host[:port] names, comma-separated, that may be fetched whatever
  // their address (an intranet feed), while every other host, and every redirect, stays checked.
  fetch: { allowPrivate: boolean; allowHosts: string[]; timeoutMs: number; maxBytes: number; maxRedirects: number; hostIntervalMs: number; userAgent: string };
  // --- server limits (s5a) ---
  // `serve`: worker threads that read posted articles (ACCORD_WORKERS, default 1), heavy requests
  // (exports, adding an article) served at once before a 503 (ACCORD_HEAVY_REQUESTS, default 2),
  // and the seconds one article may take to read before its worker is stopped (ACCORD_JOB_SECONDS, default 30).
  limits: { workers: number; heavyRequests: number; jobMs: number };
  // --- alerts (s6alert) ---
  // Saved searches' links in Atom feeds and webhooks start with ACCORD_PUBLIC_URL (the address
  // readers reach the server at, e.g. https://accord.example.org); unset, they are relative
  // (/documents/ID#s-STATEMENT). A webhook is tried ACCORD_WEBHOOK_TRIES times (default 3),
  // ACCORD_WEBHOOK_RETRY_DELAY milliseconds apart (default 2000, doubling); `serve` delivers
  // every ACCORD_ALERTS_EVERY seconds (default 60; 0: never by itself).
  alerts: { publicUrl: string | null; tries: number; retryDelayMs: number; everyMs: number };
  // --- followed sources (s6src) ---
  // `serve` and `worker` poll the sources that are due every ACCORD_POLL_INTERVAL seconds
  // (default 60) unless ACCORD_POLL=0 (or false, no, off); each poll fetches at most
  // ACCORD_POLL_ITEMS new articles of a source (default 100), and ACCORD_POLL_PARALLEL sources
  // are polled at once (default 4).
  poll: { enabled: boolean; intervalSeconds: number; itemsPerPoll: number; parallel: number };
};

// A shorter secret is guessed too easily: `serve` refuses to start with one.
export const minTokenLength = 16;

export const defaultMaxBytes = 5_000_000;

// --- store ---
// `--db` or ACCORD_DB as the store opens it: a PostgreSQL URL as given, a file path made absolute.
export function databaseOf(db: string): string {
  return /^postgres(?:ql)?:\/\//i.test(db) ? db : resolve(db);
}

// Reads the environment once; everything below receives the result.
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    dbPath: databaseOf(env.ACCORD_DB || 'accord.db'),
    dataDir: resolve(env.ACCORD_DATA || join(dirname(fileURLToPath(import.meta.url)), '..', 'data')),
    maxBytes: defaultMaxBytes,
    samples: !/^(?:0|false|no|off)$/i.test(env.ACCORD_SAMPLES?.trim() ?? ''),
    token: env.ACCORD_TOKEN?.trim() || null,
    reviewer: env.ACCORD_REVIEWER?.trim() || null,
    queueUrl: env.ACCORD_QUEUE_URL?.trim() || (isPostgresUrl(env.ACCORD_DB ?? '') ? (env.ACCORD_DB ?? '').trim() : null),
    queue: {
      schema: env.ACCORD_QUEUE_SCHEMA?.trim() || 'accord_queue',
      retryLimit: Math.round(numberOf(env.ACCORD_QUEUE_RETRIES, 3, 0, 100)),
      retryDelaySeconds: numberOf(env.ACCORD_QUEUE_RETRY_DELAY, 5, 0, 3600),
      expireSeconds: numberOf(env.ACCORD_QUEUE_EXPIRE, 300, 1, 86_400),
    },
    fetch: {
      allowPrivate: /^(?:1|true|yes|on)$/i.test(env.ACCORD_ALLOW_PRIVATE_FETCH?.trim() ?? ''),
      allowHosts: (env.ACCORD_FETCH_ALLOW_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter((h) => h !== ''),
      timeoutMs: numberOf(env.ACCORD_FETCH_TIMEOUT, 20, 1, 3600) * 1000,
      maxBytes: Math.round(numberOf(env.ACCORD_FETCH_MAX_BYTES, defaultMaxBytes, 1, 1e10)),
      maxRedirects: 5,
      hostIntervalMs: numberOf(env.ACCORD_FETCH_HOST_INTERVAL, 1000, 0, 600_000),
      userAgent: 'Accord/1 (open observatory of AI governance; +https://github.com/accord-observatory)',
    },
    // --- server limits (s5a) ---
    limits: {
      workers: Math.round(numberOf(env.ACCORD_WORKERS, 1, 1, 8)),
      heavyRequests: Math.round(numberOf(env.ACCORD_HEAVY_REQUESTS, 2, 1, 64)),
      jobMs: Math.round(numberOf(env.ACCORD_JOB_SECONDS, 30, 0.001, 3600) * 1000),
    },
    // --- alerts (s6alert) ---
    alerts: {
      publicUrl: env.ACCORD_PUBLIC_URL?.trim().replace(/\/+$/, '') || null,
      tries: Math.round(numberOf(env.ACCORD_WEBHOOK_TRIES, 3, 1, 10)),
      retryDelayMs: numberOf(env.ACCORD_WEBHOOK_RETRY_DELAY, 2000, 0, 600_000),
      everyMs: numberOf(env.ACCORD_ALERTS_EVERY, 60, 0, 86_400) * 1000,
    },
    // --- followed sources (s6src) ---
    poll: {
      enabled: !/^(?:0|false|no|off)$/i.test(env.ACCORD_POLL?.trim() ?? ''),
      intervalSeconds: numberOf(env.ACCORD_POLL_INTERVAL, 60, 1, 86_400),
      itemsPerPoll: Math.round(numberOf(env.ACCORD_POLL_ITEMS, 100, 1, 10_000)),
      parallel: Math.round(numberOf(env.ACCORD_POLL_PARALLEL, 4, 1, 64)),
    },
  };
}

export function isPostgresUrl(value: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(value.trim());
}

// A number from the environment, at most `max`; unset, empty, not a number or below `min`: the default.
function numberOf(value: string | undefined, fallback: number, min: number, max: number): number {
  const number = Number(value?.trim() || NaN);
  return Number.isFinite(number) && number >= min ? Math.min(number, max) : fallback;
}
