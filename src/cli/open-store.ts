import { databaseOf, isPostgresUrl, readConfig, type Config } from '../config.js';
import { openAccord, StoreOpenError, type Accord, type OpenOptions } from '../startup.js';
import type { Store } from '../store/index.js';
import { printable } from './printable.js';

export type StoreOptions = { db?: string };

// The database of a command: `--db`, else the config's (ACCORD_DB, else ./accord.db). A
// PostgreSQL `--db` holds the work queue too.
export function databaseFor(options: StoreOptions, config: Config = readConfig()): Config {
  if (!options.db) return config;
  return { ...config, dbPath: databaseOf(options.db), queueUrl: isPostgresUrl(options.db) ? options.db : config.queueUrl };
}

// Prints `accord: <message>` and sets a failing exit code; the one error path of every command.
export function fail(message: string): void {
  process.stderr.write(`accord: ${printable(message)}\n`);
  process.exitCode = 1;
}

// Opens Accord for a command (src/startup.ts) with its `--db`, runs `use`, closes it; an open
// that fails is one `accord:` line.
export async function withAccord<const O extends OpenOptions>(flags: StoreOptions, options: O, use: (accord: Accord<O>) => Promise<void>): Promise<void> {
  let accord;
  try {
    accord = await openAccord(databaseFor(flags), options);
  } catch (error) {
    if (error instanceof StoreOpenError) return fail(error.message);
    throw error;
  }
  try {
    await use(accord);
  } finally {
    await accord.close();
  }
}

// `ingest` creates the database; reading commands refuse a missing one instead of
// silently creating an empty file where the user mistyped a path.
export async function withStore(flags: StoreOptions, create: boolean, use: (store: Store, config: Config) => Promise<void>): Promise<void> {
  await withAccord(flags, { store: create ? 'create' : 'existing' }, ({ store, config }) => use(store, config));
}
