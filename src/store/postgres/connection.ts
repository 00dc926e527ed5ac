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
      // No JIT: Accord's queries are short, and PostgreSQL compiled any whose estimate passed
      // 100,000 (a speaker's words: 26 ms of compiling for 10 ms of work at a million documents).
      // A schema of its own (the tests: one per store), with public for the unaccent extension.
      connection: { jit: 'off', ...(options.schema ? { search_path: `"${options.schema}", public` } : {}) },
    });
  }

  // The write runs whole or not at all, after the writers before it. The lock is sent without
  // waiting for its answer: the transaction's queries queue behind it on the one connection.
  async write<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
    return (await this.sql.begin(async (tx) => {
      const [, result] = await Promise.all([tx`SELECT pg_advisory_xact_lock(${writeLock})`.execute(), run(tx)]);
      return result;
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

// Rows as one JSON parameter read by json_to_recordset: the same query text whatever the number
// of rows, so PostgreSQL parses and plans it once per connection (a multi-row VALUES is a new
// statement for every row count: 686 parameters for 49 statements). `columns`: name and SQL type;
// `select` the expressions inserted, the column names when left out; rows go in in array order.
export type Column = [name: string, type: string];
export function insertRows(
  tx: Sql,
  table: string,
  columns: Column[],
  rows: Record<string, unknown>[],
  select?: { targets: string; values: string },
): Promise<unknown> {
  if (rows.length === 0) return Promise.resolve();
  const names = columns.map(([name]) => name).join(', ');
  const record = columns.map(([name, type]) => `${name} ${type}`).join(', ');
  const [targets, values] = select ? [select.targets, select.values] : [names, names];
  return tx`INSERT INTO ${tx.unsafe(table)} (${tx.unsafe(targets)}) SELECT ${tx.unsafe(values)}
    FROM ROWS FROM (json_to_recordset(${JSON.stringify(rows)}::text::json) AS (${tx.unsafe(record)})) WITH ORDINALITY AS v (${tx.unsafe(names)}, ord) ORDER BY ord`.execute();
}
