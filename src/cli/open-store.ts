import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { databaseOf, readConfig, type Config } from '../config.js';
import { databaseLabel, isPostgresUrl, openStore as openDatabase, type Store } from '../store/index.js';
import { printable } from './printable.js';

export type StoreOptions = { db?: string };

// The database of a command: `--db`, else the config's (ACCORD_DB, else ./accord.db).
export function databaseFor(options: StoreOptions, config: Config = readConfig()): Config {
  return options.db ? { ...config, dbPath: databaseOf(options.db) } : config;
}

// Does the database exist? A file must; a PostgreSQL database is made by its administrator, and
// an empty one is migrated on first open.
export const databaseExists = (db: string): boolean => isPostgresUrl(db) || existsSync(db);

// `ingest` creates the database; reading commands refuse a missing one instead of
// silently creating an empty file where the user mistyped a path.
export async function openStore(options: StoreOptions, create: boolean): Promise<{ store: Store; config: Config }> {
  const config = databaseFor(options);
  const db = config.dbPath;
  if (!create && !databaseExists(db)) throw new Error(`${db}: no database here (run \`accord ingest\` first, or pass --db)`);
  try {
    return { store: await openDatabase(config), config };
  } catch (error) {
    throw new Error(`${databaseLabel(db)}: ${isPostgresUrl(db) ? (error as Error).message : openProblem(db, error as Error)}`);
  }
}

// SQLite says "unable to open database file" for a folder, a missing parent and a read-only place
// alike: say which, and what to do.
function openProblem(path: string, error: Error): string {
  if (existsSync(path) && statSync(path).isDirectory()) return 'is a folder, not a database file (give a file path with --db)';
  const failed = error as NodeJS.ErrnoException;
  if (failed.syscall === 'mkdir')
    return `cannot create the folder ${failed.path ?? dirname(path)} (${failed.code === 'EACCES' ? 'permission denied' : 'no such place'}); give another --db path`;
  if (/not a database/.test(error.message)) return 'is not an Accord database (SQLite cannot read it); give another --db path';
  if (/unable to open/.test(error.message))
    return `cannot open a database here: ${existsSync(dirname(path)) ? 'the folder is not writable' : 'its folder cannot be created'} (give another --db path)`;
  return error.message;
}

// Prints `accord: <message>` and sets a failing exit code; the one error path of every command.
export function fail(message: string): void {
  process.stderr.write(`accord: ${printable(message)}\n`);
  process.exitCode = 1;
}

// Opens the store, runs `use`, closes the store; an open that fails is one `accord:` line.
export async function withStore(options: StoreOptions, create: boolean, use: (store: Store, config: Config) => Promise<void>): Promise<void> {
  let opened;
  try {
    opened = await openStore(options, create);
  } catch (error) {
    return fail((error as Error).message);
  }
  try {
    await use(opened.store, opened.config);
  } finally {
    await opened.store.close();
  }
}
