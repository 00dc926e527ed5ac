import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from './contract.js';
import { SqliteStore } from './sqlite/index.js';

describeStoreContract('sqlite in memory', async () => SqliteStore.open(':memory:'));
const freshFile = (): string => join(mkdtempSync(join(tmpdir(), 'accord-store-')), 'nested', 'accord.db');
// Two handles on one file, as two processes have.
describeStoreContract('sqlite file', async () => SqliteStore.open(freshFile()), async () => {
  const path = freshFile();
  return [async () => SqliteStore.open(path), async () => undefined];
});

describe('SqliteStore migrations', () => {
  it('applies each migration once across reopenings', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'accord-store-')), 'accord.db');
    await SqliteStore.open(path).close();
    const store = SqliteStore.open(path);
    expect(await store.countDocuments()).toBe(0);
    await store.close();
  });
});
