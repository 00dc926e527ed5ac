import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Config = {
  // SQLite database file: `--db`, else ACCORD_DB, else ./accord.db
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
  // --- server limits (s5a) ---
  // `serve`: worker threads that read posted articles (ACCORD_WORKERS, default 1), heavy requests
  // (exports, adding an article) served at once before a 503 (ACCORD_HEAVY_REQUESTS, default 2),
  // and the seconds one article may take to read before its worker is stopped (ACCORD_JOB_SECONDS, default 30).
  limits: { workers: number; heavyRequests: number; jobMs: number };
};

// A shorter secret is guessed too easily: `serve` refuses to start with one.
export const minTokenLength = 16;

export const defaultMaxBytes = 5_000_000;

// Reads the environment once; everything below receives the result.
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    dbPath: resolve(env.ACCORD_DB || 'accord.db'),
    dataDir: resolve(env.ACCORD_DATA || join(dirname(fileURLToPath(import.meta.url)), '..', 'data')),
    maxBytes: defaultMaxBytes,
    samples: !/^(?:0|false|no|off)$/i.test(env.ACCORD_SAMPLES?.trim() ?? ''),
    token: env.ACCORD_TOKEN?.trim() || null,
    reviewer: env.ACCORD_REVIEWER?.trim() || null,
    // --- server limits (s5a) ---
    limits: {
      workers: Math.max(1, Math.round(positive(env.ACCORD_WORKERS, 1, 8))),
      heavyRequests: Math.max(1, Math.round(positive(env.ACCORD_HEAVY_REQUESTS, 2, 64))),
      jobMs: Math.round(positive(env.ACCORD_JOB_SECONDS, 30, 3600) * 1000),
    },
  };
}

// --- server limits (s5a) ---
// A positive number from the environment, at most `max`; unset, empty or not a positive number: the default.
function positive(value: string | undefined, fallback: number, max: number): number {
  const number = Number(value?.trim() || NaN);
  return Number.isFinite(number) && number > 0 ? Math.min(number, max) : fallback;
}
