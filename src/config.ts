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
  };
}
