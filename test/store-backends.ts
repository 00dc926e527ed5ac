// The backends a test runs on: SQLite always; PostgreSQL when ACCORD_TEST_PG_URL names a database
// (.ci/run starts one), skipped with a message otherwise, and never skipped under CI=true
// (testPostgres throws there). Each `open` gives a fresh, empty store.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore, type Store } from '../src/store/index.js';
import { PostgresStore } from '../src/store/postgres/index.js';
import { dropSchemas, freshSchema, testPostgres } from '../src/store/postgres/testing.js';

export type Backend = { name: string; open: () => Promise<Store>; cleanup: () => Promise<void> };

export const pgUrl = testPostgres(process.env);

export function storeBackends(): Backend[] {
  const dir = mkdtempSync(join(tmpdir(), 'accord-backend-'));
  let n = 0;
  const sqlite: Backend = { name: 'sqlite', open: async () => SqliteStore.open(join(dir, `store-${n++}.db`)), cleanup: async () => undefined };
  if (pgUrl === null) return [sqlite];
  const url = pgUrl;
  return [sqlite, { name: 'postgres', open: () => PostgresStore.open(url, { schema: freshSchema() }), cleanup: () => dropSchemas(url) }];
}
