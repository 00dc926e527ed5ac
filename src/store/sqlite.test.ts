import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from './contract.js';
import { makeDoc, makeStatement } from './contract-fixtures.js';
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

// quote_terms must hold exactly the words of the quote search index (migration 029): a word it
// lacks is a quote that a word being typed no longer finds.
describe('SqliteStore quote terms', () => {
  const texts = [
    '« Chúng tôi ủng hộ tuyên bố về trí tuệ nhân tạo », Đỗ Hùng nói.',
    '„Die Straße der Regulierung ist lang“, sagte Jürgen Groß.',
    '« Cœur de l’Élysée, 24/7 », a dit Ève Ødegård.',
    '"Ελλάδα and 人工知能 and مؤتمر" said Ω Şahin-İlhan.',
  ];
  const vocabulary = (path: string): { terms: string[]; index: string[] } => {
    const db = new Database(path);
    db.exec('CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, quote_search, row)');
    const read = (sql: string) => db.prepare(sql).pluck().all() as string[];
    const out = { terms: read('SELECT term FROM quote_terms ORDER BY term'), index: read('SELECT term FROM temp.v ORDER BY term') };
    db.close();
    return out;
  };
  it('holds every word of the index, from saves and from the upgrade', async () => {
    const path = freshFile();
    const store = SqliteStore.open(path);
    for (const [i, text] of texts.entries()) {
      const doc = makeDoc(text);
      const speaker = text.split(/[»“"] /u).at(-1)?.replace(/^\S+ (dit |said |sagte )?/u, '') ?? 'X';
      await store.saveDocument(doc, { key: `k${i}`, label: `k${i}` }, [makeStatement(doc, 'quote', speaker, 0, { end: text.length, words: text })]);
    }
    await store.close();
    const saved = vocabulary(path);
    expect(saved.terms.length).toBeGreaterThan(30);
    expect(saved.terms).toEqual(saved.index);
    // As a base from before 029: its terms are read from the index when it opens.
    const raw = new Database(path);
    raw.exec('DROP TABLE quote_terms; DELETE FROM schema_migrations WHERE version = 29');
    raw.close();
    await SqliteStore.open(path).close();
    expect(vocabulary(path)).toEqual(saved);
  });
});
