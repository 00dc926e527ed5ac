import { afterAll, describe, expect, it } from 'vitest';
import { describeStoreContract } from './contract.js';
import { PostgresStore } from './postgres/index.js';
import { dropSchemas, freshSchema, testPostgres } from './postgres/testing.js';

// The PostgreSQL backend runs the same contract when ACCORD_TEST_PG_URL names a database
// (.ci/run starts one). Without one it is skipped, saying so; under CI it must not be skipped.
const url = testPostgres(process.env);

describe.skipIf(url === null)('PostgreSQL backend', () => {
  afterAll(() => dropSchemas(url ?? ''));
  describeStoreContract('postgres', async () => PostgresStore.open(url ?? '', { schema: freshSchema() }), async () => {
    const schema = freshSchema();
    return [async () => PostgresStore.open(url ?? '', { schema }), async () => undefined];
  });

  it('applies each migration once across reopenings, and reads what another connection wrote', async () => {
    const schema = freshSchema();
    const first = await PostgresStore.open(url ?? '', { schema });
    await first.recordResolution({ action: 'same', entity: 'e', name: 'n', reason: 'r', reviewer: 't', at: '2026-01-01', undoes: null });
    await first.close();
    const second = await PostgresStore.open(url ?? '', { schema });
    expect((await second.resolutionLog()).map((e) => e.seq)).toEqual([1]);
    await second.close();
  });
});
