import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from './contract.js';
import { makeDoc } from './contract-fixtures.js';
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

describe('SqliteStore cluster backfill', () => {
  it('gives a cluster to each document of the backlog once, and reads no other document', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'accord-store-')), 'accord.db');
    const store = SqliteStore.open(path);
    const first = makeDoc('Kenya signed the declaration in Paris on Tuesday, officials of the summit said in a statement.');
    const second = makeDoc('Ghana joined the statement on Wednesday after a long debate among the delegations in Paris.');
    await store.saveDocument(first, { key: 'a', label: 'a' }, []);
    await store.saveDocument(second, { key: 'b', label: 'b' }, []);
    expect(await store.assignMissingClusters(10)).toBe(0);
    // As a base from before clusters existed: the first document without one, in the backlog.
    const raw = new Database(path);
    raw.prepare('DELETE FROM document_clusters WHERE document_id = ?').run(first.id);
    raw.prepare('INSERT INTO cluster_backlog (document_id) VALUES (?)').run(first.id);
    raw.close();
    expect(await store.assignMissingClusters(10)).toBe(1);
    expect((await store.getDocument(first.id))?.cluster).toBe(first.id);
    expect(await store.assignMissingClusters(10)).toBe(0);
    await store.close();
  });
});
