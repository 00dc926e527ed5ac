import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrations } from './migrations.js';
import { PostgresStore } from './postgres/index.js';
import { dropSchemas, freshSchema, testPostgres } from './postgres/testing.js';
import { SqliteStore } from './sqlite/index.js';
import type { Store } from './store.js';

// A knowledge base made before SQLite 024 / PostgreSQL 013 (sentences in a table of their own,
// folded words beside each statement) ends, once upgraded, with the schema a new one has and
// the same answers: its sentences in order, their count in the summaries.
const here = dirname(fileURLToPath(import.meta.url));
const before = (backend: 'sqlite' | 'postgres', below: number) => readMigrations(join(here, backend, 'migrations')).filter((m) => m.version < below);
const oldRows = {
  document:
    "INSERT INTO documents (id, seq, lang, format, origin, text, created_at, main_event) VALUES ('d1', 1, 'en', 'text', 'a.txt', 'One. Two.', '2026-01-01', '')",
  sentences: "INSERT INTO sentences (document_id, idx, paragraph, start_offset, end_offset) VALUES ('d1', 1, 0, 5, 9), ('d1', 0, 0, 0, 4)",
  statement: `INSERT INTO statements (id, document_id, kind, subject, value, start_offset, end_offset, sentence, rule, lang, words, confidence, subject_key, words_key)
    VALUES ('s1', 'd1', 'person', 'Ann Lee', '{}', 0, 4, 0, 'r', 'en', 'One.', 0.5, 'ann lee', 'one.')`,
};

async function expectSameAnswers(store: Store): Promise<void> {
  expect((await store.getDocument('d1'))?.sentences).toEqual([
    { index: 0, paragraph: 0, start: 0, end: 4 },
    { index: 1, paragraph: 0, start: 5, end: 9 },
  ]);
  expect((await store.listDocuments()).map((d) => [d.id, d.sentences, d.statements])).toEqual([['d1', 2, 1]]);
  // Counted by SQLite 028 / PostgreSQL 018 from the statements already stored.
  expect(await store.personNames('ann lee')).toEqual([{ name: 'Ann Lee', lang: 'en', statements: 1 }]);
  expect(await store.countStatementsBySubject(['Ann Lee'])).toEqual({ person: 1 });
}

const sqliteSchema = (path: string): unknown[] => {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name <> 'schema_migrations' ORDER BY name").all();
  db.close();
  return rows;
};

describe('SQLite upgrade to 024', () => {
  it('ends with the schema and the answers of a new knowledge base', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'accord-upgrade-'));
    const [old, fresh] = [join(folder, 'old.db'), join(folder, 'fresh.db')];
    const db = new Database(old);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of before('sqlite', 24)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01');
    }
    for (const sql of Object.values(oldRows)) db.exec(sql);
    db.close();
    const store = SqliteStore.open(old);
    await expectSameAnswers(store);
    await store.close();
    await SqliteStore.open(fresh).close();
    expect(sqliteSchema(old)).toEqual(sqliteSchema(fresh));
  });
});

const url = testPostgres(process.env);

describe.skipIf(url === null)('PostgreSQL upgrade to 013', () => {
  afterAll(() => dropSchemas(url ?? ''));
  // Columns and index definitions, the schema's name taken out.
  const schemaOf = async (sql: postgres.Sql, schema: string): Promise<unknown[]> => {
    const columns =
      await sql`SELECT table_name, column_name, data_type, is_nullable, replace(column_default, ${`${schema}.`}, '') AS column_default FROM information_schema.columns
      WHERE table_schema = ${schema} ORDER BY table_name, column_name`;
    const indexes = await sql`SELECT indexname, replace(indexdef, ${`${schema}.`}, '') AS def FROM pg_indexes WHERE schemaname = ${schema} ORDER BY indexname`;
    return [...columns, ...indexes];
  };

  it('ends with the schema and the answers of a new knowledge base', async () => {
    const [old, fresh] = [freshSchema(), freshSchema()];
    const sql = postgres(url ?? '', { max: 1, onnotice: () => undefined, connection: { search_path: `"${old}", public` } });
    try {
      await sql.unsafe(`CREATE SCHEMA "${old}"`);
      await sql`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;
      for (const m of before('postgres', 13)) {
        await sql.unsafe(m.sql).simple();
        await sql`INSERT INTO schema_migrations VALUES (${m.version}, ${m.name}, '2026-01-01')`;
      }
      for (const text of Object.values(oldRows)) await sql.unsafe(text);
      const store = await PostgresStore.open(url ?? '', { schema: old });
      await expectSameAnswers(store);
      await store.close();
      await (await PostgresStore.open(url ?? '', { schema: fresh })).close();
      expect(await schemaOf(sql, old)).toEqual(await schemaOf(sql, fresh));
    } finally {
      await sql.end({ timeout: 5 });
    }
  });
});
