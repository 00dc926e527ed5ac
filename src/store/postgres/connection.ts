import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { readMigrations } from '../migrations.js';

const migrations = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

// A query runner: the pool, or one transaction's connection.
export type Sql = postgres.Sql | postgres.TransactionSql;
export type Tx = postgres.TransactionSql;

// Advisory lock keys (any two numbers of our own). Migrations: one process migrates, the others
// wait for it (a concurrent first open). Writes: one writing transaction at a time, as SQLite's
// one writer, so that the tallies and the version of a source never see two writers at once;
// extraction, the costly part, happens before the transaction.
const migrationLock = 7_305_001;
const writeLock = 7_305_002;

export type PostgresOptions = { schema?: string; max?: number };

// `postgres://host/db?schema=accord`: Accord's tables in a schema of their own, made when missing.
export function schemaOf(url: string, options: PostgresOptions): { url: string; schema: string | undefined } {
  const parsed = new URL(url);
  const schema = options.schema ?? (parsed.searchParams.get('schema') || undefined);
  parsed.searchParams.delete('schema');
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/i.test(schema)) throw new Error(`${schema}: not a schema name (letters, digits and _)`);
  return { url: parsed.toString(), schema };
}

export class PgConnection {
  readonly sql: postgres.Sql;

  constructor(url: string, options: PostgresOptions = {}) {
    this.sql = postgres(url, {
      max: options.max ?? 4,
      onnotice: () => undefined,
      // A schema of its own (the tests: one per store), with public for the unaccent extension.
      ...(options.schema ? { connection: { search_path: `"${options.schema}", public` } } : {}),
    });
  }

  // The write runs whole or not at all, after the writers before it.
  async write<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
    return (await this.sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(${writeLock})`;
      return run(tx);
    })) as T;
  }

  // Every migration in one transaction, under the migration lock: a process that opens a new
  // database while another migrates it waits, then finds the migrations applied.
  async migrate(schema?: string): Promise<void> {
    await this.sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(${migrationLock})`;
      if (schema) await tx.unsafe(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await tx`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;
      const applied = new Set((await tx`SELECT version FROM schema_migrations`).map((r) => Number(r.version)));
      for (const migration of readMigrations(migrations)) {
        if (applied.has(migration.version)) continue;
        await tx.unsafe(migration.sql).simple();
        await tx`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${migration.version}, ${migration.name}, ${new Date().toISOString()})`;
      }
    });
  }
}

// Rows of many columns in one statement each, in chunks under PostgreSQL's 65,535 parameters.
// Sent at once (`execute`), in the order of the calls: queries of one transaction go down one
// connection as a pipeline, without waiting for each answer.
export function insertMany(tx: Sql, table: string, rows: Record<string, unknown>[], columns: string[]): Promise<unknown> {
  const size = Math.floor(60_000 / columns.length);
  const pending = [];
  for (let i = 0; i < rows.length; i += size)
    pending.push(tx`INSERT INTO ${tx(table)} ${tx(rows.slice(i, i + size) as Record<string, postgres.SerializableParameter>[], columns)}`.execute());
  return Promise.all(pending);
}
