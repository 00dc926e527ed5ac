import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/index.js';

const child = join(import.meta.dirname, 'open-store-child.ts');

type Child = { ready: Promise<void>; done: Promise<{ code: number | null; stderr: string }> };

function start(db: string, name: string): Child {
  const process_ = spawn(process.execPath, ['--import', 'tsx', child, db, name], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  process_.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<void>((resolve) => process_.stdout.once('data', () => resolve()));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => process_.on('close', (code) => resolve({ code, stderr })));
  return { ready, done };
}

// Several processes opening one new database file at once: each migrates or waits for the
// one that does, and every document is stored (issue 11: "table documents already exists").
describe('opening a new database from several processes at once', () => {
  it('migrates once and loses no input', async () => {
    for (let trial = 0; trial < 3; trial += 1) {
      const db = join(mkdtempSync(join(tmpdir(), 'accord-concurrent-')), 'accord.db');
      const names = ['a', 'b', 'c', 'd', 'e'].map((n) => `${trial}${n}`);
      const children = names.map((name) => start(db, name));
      await Promise.all(children.map((c) => c.ready));
      writeFileSync(`${db}.go`, '');
      const results = await Promise.all(children.map((c) => c.done));
      expect(results.map((r) => r.stderr.trim())).toEqual(names.map(() => ''));
      expect(results.map((r) => r.code)).toEqual(names.map(() => 0));
      const store = SqliteStore.open(db);
      expect(await store.countDocuments()).toBe(names.length);
      store.close();
    }
  }, 120_000);
});
