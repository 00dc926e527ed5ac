import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore, type Store } from '../src/store/index.js';
import { PostgresStore } from '../src/store/postgres/index.js';
import { dropSchemas, freshSchema } from '../src/store/postgres/testing.js';
import { pgUrl } from './store-backends.js';

const child = join(import.meta.dirname, 'open-store-child.ts');

type Child = { ready: Promise<void>; done: Promise<{ code: number | null; stderr: string }> };

function start(args: string[]): Child {
  const process_ = spawn(process.execPath, ['--import', 'tsx', child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  process_.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<void>((resolve) => process_.stdout.once('data', () => resolve()));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => process_.on('close', (code) => resolve({ code, stderr })));
  return { ready, done };
}

// A new database for each trial: where the children open it, and how the parent reads it after.
type Target = { args: (name: string, go: string) => string[]; reopen: () => Promise<Store> };
const backends: [string, () => Target][] = [
  [
    'sqlite',
    () => {
      const db = join(mkdtempSync(join(tmpdir(), 'accord-concurrent-')), 'accord.db');
      return { args: (name, go) => [db, name, go], reopen: async () => SqliteStore.open(db) };
    },
  ],
];
if (pgUrl !== null) {
  const url = pgUrl;
  afterAll(() => dropSchemas(url));
  backends.push([
    'postgres',
    () => {
      const schema = freshSchema();
      return { args: (name, go) => [`${url}${url.includes('?') ? '&' : '?'}schema=${schema}`, name, go], reopen: () => PostgresStore.open(url, { schema }) };
    },
  ]);
}

// Several processes opening one new database at once: each migrates or waits for the one that
// does (SQLite: the write lock; PostgreSQL: an advisory lock), and every document is stored
// (issue 11: "table documents already exists").
describe.each(backends)('opening a new database from several processes at once: %s', (_name, target) => {
  it('migrates once and loses no input', async () => {
    for (let trial = 0; trial < 3; trial += 1) {
      const db = target();
      const go = join(mkdtempSync(join(tmpdir(), 'accord-go-')), 'go');
      const names = ['a', 'b', 'c', 'd', 'e'].map((n) => `${trial}${n}`);
      const children = names.map((name) => start(db.args(name, go)));
      await Promise.all(children.map((c) => c.ready));
      writeFileSync(go, '');
      const results = await Promise.all(children.map((c) => c.done));
      expect(results.map((r) => r.stderr.trim())).toEqual(names.map(() => ''));
      expect(results.map((r) => r.code)).toEqual(names.map(() => 0));
      const store = await db.reopen();
      expect(await store.countDocuments()).toBe(names.length);
      await store.close();
    }
  }, 300_000);
});
