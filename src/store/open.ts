import { SqliteStore } from './sqlite/index.js';
import type { Store } from './store.js';

// `postgres://` or `postgresql://`: a PostgreSQL database; anything else is a SQLite file path.
export const isPostgresUrl = (db: string): boolean => /^postgres(?:ql)?:\/\//i.test(db);

// The one way Accord opens its database, chosen once from `--db` / ACCORD_DB (config.dbPath):
// every command, the server and the benches call this. The PostgreSQL client is loaded only for
// a PostgreSQL database: it costs a SQLite command's start a third of a second. `writeLock`: see
// sqlite/connection.ts (PostgreSQL's writers wait on its own locks).
export async function openStore(config: { dbPath: string }, writeLock?: Int32Array): Promise<Store> {
  if (!isPostgresUrl(config.dbPath)) return SqliteStore.open(config.dbPath, writeLock);
  const { PostgresStore } = await import('./postgres/index.js');
  return PostgresStore.open(config.dbPath);
}

// A database as messages may show it: a URL without its password.
export function databaseLabel(db: string): string {
  if (!isPostgresUrl(db)) return db;
  try {
    const url = new URL(db);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(a URL that cannot be read)';
  }
}
