import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { describeStoreContract } from './contract.js';
import { PgConnection } from './postgres/connection.js';
import { PostgresStore } from './postgres/index.js';
import { dropSchemas, freshSchema, testPostgres } from './postgres/testing.js';

// The PostgreSQL backend runs the same contract when ACCORD_TEST_PG_URL names a database
// (.ci/run starts one). Without one it is skipped, saying so; under CI it must not be skipped.
const url = testPostgres(process.env);

describe.skipIf(url === null)('PostgreSQL backend', () => {
  afterAll(() => dropSchemas(url ?? ''));
  describeStoreContract(
    'postgres',
    async () => PostgresStore.open(url ?? '', { schema: freshSchema() }),
    async () => {
      const schema = freshSchema();
      return [async () => PostgresStore.open(url ?? '', { schema }), async () => undefined];
    },
  );

  it('applies each migration once across reopenings, and reads what another connection wrote', async () => {
    const schema = freshSchema();
    const first = await PostgresStore.open(url ?? '', { schema });
    await first.recordResolution({ action: 'same', entity: 'e', name: 'n', reason: 'r', reviewer: 't', at: '2026-01-01', undoes: null });
    await first.close();
    const second = await PostgresStore.open(url ?? '', { schema });
    expect((await second.resolutionLog()).map((e) => e.seq)).toEqual([1]);
    await second.close();
  });

  // Every search reads a GIN index's whole pending list (migration 021): the quote indexes keep theirs short.
  it('keeps the pending lists of the quote search indexes short', async () => {
    const schema = freshSchema();
    await (await PostgresStore.open(url ?? '', { schema })).close();
    const sql = postgres(url ?? '', { max: 1, onnotice: () => undefined });
    const rows = await sql`SELECT c.relname, c.reloptions FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ${schema} AND c.relname IN ('statements_words_search', 'quote_speakers_search') ORDER BY c.relname`.finally(() => sql.end());
    expect(rows.map((r) => [r.relname, r.reloptions])).toEqual([
      ['quote_speakers_search', ['gin_pending_list_limit=128']],
      ['statements_words_search', ['gin_pending_list_limit=128']],
    ]);
  });

  // JIT compiled any query whose estimate passed 100,000, 26 ms for a search of 10 ms at a million documents.
  it('opens its connections with JIT off', async () => {
    const connection = new PgConnection(url ?? '', { schema: freshSchema(), max: 1 });
    const [row] = await connection.sql`SHOW jit`.finally(() => connection.sql.end());
    expect(row?.jit).toBe('off');
  });
});
