import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDoc, makeStatement } from './contract-fixtures.js';
import { PostgresStore } from './postgres/index.js';
import { dropSchemas, freshSchema, testPostgres } from './postgres/testing.js';
import { SqliteStore } from './sqlite/index.js';
import type { Store } from './store.js';

// A knowledge base made before SQLite 027 / PostgreSQL 016 gets its fact rows' clusters on
// upgrade, and goes on counting one independent source for every copy of a story after it.
const story = [
  'GENEVA - Ghana and Peru signed the summit statement on Thursday, their foreign ministries said in a joint note sent to reporters.',
  'The statement asks governments to publish how they test large models before they are used in schools, clinics and courts.',
  'Officials said the final wording was agreed late on Wednesday after a week of talks, and that more countries were expected to join.',
  'A group of researchers welcomed the text but said that without a body to check the tests, the promises would be hard to hold.',
].join('\n\n');
const texts = [story, `${story}\n\nThis copy adds a line.`, `${story}\n\nAnother outlet's copy.`];
const unrelated = 'Ghana signed the statement because its ministry of communications wants its universities to take part in shared testing, a minister told a local radio station.';

async function save(store: Store, text: string, n: number): Promise<string> {
  const document = makeDoc(text, { published: `2027-03-0${n}`, outlet: `outlet${n}` });
  const stance = makeStatement(document, 'signed', 'GH', 0, { value: { declaration: 'geneva-statement' } });
  await store.saveDocument(document, { key: `https://outlet${n}.example/story`, label: `outlet${n}` }, [stance], 'geneva-summit-2027');
  return document.id;
}
const ghana = async (store: Store) => (await store.factTallies({ declaration: 'geneva-statement' })).find((t) => t.object === 'GH');

// Two copies stored, the schema taken back to before the migration, the store opened again.
async function checkUpgrade(open: () => Promise<Store>, back: () => Promise<void>, clusters: () => Promise<unknown[]>): Promise<void> {
  const store = await open();
  const first = await save(store, texts[0] as string, 1);
  await save(store, texts[1] as string, 2);
  await store.close();
  await back();
  const upgraded = await open();
  try {
    expect(await clusters()).toEqual([first, first]);
    await save(upgraded, texts[2] as string, 3);
    expect(await ghana(upgraded)).toMatchObject({ documents: 3, clusters: 1, cluster: first });
    await save(upgraded, unrelated, 4);
    expect(await ghana(upgraded)).toMatchObject({ documents: 4, clusters: 2, cluster: null });
  } finally {
    await upgraded.close();
  }
}

describe('SQLite upgrade to 027', () => {
  it('gives the fact rows their clusters, and copies stored after count as one source', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'accord-upgrade-')), 'kb.db');
    const raw = (run: (db: Database.Database) => unknown) => {
      const db = new Database(path);
      try {
        return run(db);
      } finally {
        db.close();
      }
    };
    const back = async () => {
      raw((db) =>
        db.exec(`DROP TRIGGER document_clusters_facts; DROP TRIGGER document_clusters_facts_gone; DROP TRIGGER declaration_facts_cluster;
          DROP INDEX declaration_facts_cluster; ALTER TABLE declaration_facts DROP COLUMN cluster; DELETE FROM schema_migrations WHERE version = 27`),
      );
    };
    const clusters = async () => raw((db) => db.prepare('SELECT cluster FROM declaration_facts ORDER BY doc_seq').pluck().all()) as unknown[];
    await checkUpgrade(async () => SqliteStore.open(path), back, clusters);
  });
});

const url = testPostgres(process.env);

describe.skipIf(url === null)('PostgreSQL upgrade to 016', () => {
  afterAll(() => dropSchemas(url ?? ''));
  it('gives the fact rows their clusters, and copies stored after count as one source', async () => {
    const schema = freshSchema();
    const sql = postgres(url ?? '', { max: 1, onnotice: () => undefined, connection: { search_path: `"${schema}", public` } });
    try {
      const back = async () => {
        // 017's triggers read the column: back to 012's trigger first.
        await sql.unsafe(`DROP TRIGGER declaration_facts_order ON declaration_facts; DROP TRIGGER declaration_facts_moved ON declaration_facts;
          CREATE TRIGGER declaration_facts_order BEFORE INSERT OR UPDATE OF document_id ON declaration_facts FOR EACH ROW EXECUTE FUNCTION accord_fact_order();
          DROP TRIGGER document_clusters_facts ON document_clusters; DROP FUNCTION accord_cluster_facts;
          DROP INDEX declaration_facts_cluster; ALTER TABLE declaration_facts DROP COLUMN cluster; DELETE FROM schema_migrations WHERE version IN (16, 17)`).simple();
      };
      const clusters = async () => (await sql`SELECT cluster FROM declaration_facts ORDER BY doc_seq`).map((r) => r.cluster as unknown);
      await checkUpgrade(async () => PostgresStore.open(url ?? '', { schema }), back, clusters);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });
});
