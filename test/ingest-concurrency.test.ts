import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, repo, runAccord } from './run-accord.js';

// `accord ingest --concurrency N` (worker threads that extract and store, each on its own
// connection to the file) stores what one thread stores, reports in the order read, and a bad
// input still fails alone.
const work = mkdtempSync(join(tmpdir(), 'accord-concurrency-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Our annotated articles three times over, each copy with a closing line of its own (a text of
// its own): enough articles for several groups of 64, so that the threads store at once.
const corpus = join(work, 'corpus');
mkdirSync(corpus);
const own = join(repo, 'test', 'corpus');
for (const name of readdirSync(own).filter((n) => n.endsWith('.txt')))
  for (const copy of [1, 2, 3]) writeFileSync(join(corpus, `${copy}-${name}`), `${readFileSync(join(own, name), 'utf8')}\n\n(${copy}/${name})\n`);
writeFileSync(join(corpus, 'zz-empty.txt'), '');
writeFileSync(join(corpus, 'zz-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0xff, 0xfe, 0]));

const stored = (db: string) => {
  const raw = new Database(db, { readonly: true });
  const rows = {
    statements: raw.prepare('SELECT document_id, kind, subject, start_offset, end_offset, rule FROM statements ORDER BY 1, 2, 3, 4, 5, 6').all(),
    documents: raw.prepare('SELECT id, lang, origin FROM documents ORDER BY id').all(),
    terms: raw.prepare('SELECT count(*) AS n FROM quote_terms').get(),
    integrity: raw.pragma('integrity_check', { simple: true }),
  };
  raw.close();
  return rows;
};

describe('accord ingest --concurrency', () => {
  it('stores what one thread stores, outcomes in the order read, failures named, exit code 1', () => {
    const ingest = (name: string, threads: string) => runAccord(['ingest', corpus, '--db', join(work, name), '--json', '--concurrency', threads], { timeout: 240_000 });
    const [one, three] = [ingest('one.db', '1'), ingest('three.db', '3')];
    const articles = readdirSync(corpus).filter((n) => n.endsWith('.txt')).length;
    for (const run of [one, three]) {
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/error: .*zz-binary\.txt: /);
      expect(run.stderr).toMatch(/error: .*zz-empty\.txt: /);
      expect(run.stderr).toContain(`${articles - 2} new, 0 updated, 0 unchanged, 2 failed`);
    }
    const outcome = (line: Record<string, unknown>) => [line.source, line.status, line.id, line.statements];
    expect(jsonLines(three.stdout).map(outcome)).toEqual(jsonLines(one.stdout).map(outcome));
    expect(stored(join(work, 'three.db'))).toEqual(stored(join(work, 'one.db')));
    expect(stored(join(work, 'one.db')).statements.length).toBeGreaterThan(1500);
    // The same inputs again: every article found stored, by any thread.
    const again = ingest('three.db', '2');
    expect(jsonLines(again.stdout).map((line) => line.status)).toEqual(jsonLines(one.stdout).map((line) => (line.status === 'new' ? 'unchanged' : line.status)));
  });

  it('refuses a count that is not a whole number above 0', () => {
    const run = runAccord(['ingest', corpus, '--db', join(work, 'bad.db'), '--concurrency', '0']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/concurrency/);
  });
});
