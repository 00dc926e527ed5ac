import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, runAccord } from '../run-accord.js';

// Files that are no articles, or that never end: each named and skipped, the batch goes on, and
// no command hangs (a run over 60 s is killed and fails the test). Issue 11, points 1 to 3.
const work = mkdtempSync(join(tmpdir(), 'accord-special-'));
const article = 'Delegates from Kenya and Chile met in Nairobi on Monday to talk about the safety of AI models.';
const limit = { timeout: 60_000 };

function folder(name: string): string {
  const path = join(work, name);
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'article.txt'), `${article} (${name})`);
  return path;
}

describe('special files and link loops', () => {
  it('names a FIFO given as a path or found in a folder, and a device, and reads the rest', () => {
    const dir = folder('with-fifo');
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    execFileSync('mkfifo', [join(work, 'given.txt')]);
    const run = runAccord(['ingest', dir, join(work, 'given.txt'), '/dev/zero', '--db', join(work, 'a.db'), '--json'], limit);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((o) => o.status)).toContain('new');
    expect(run.stderr).toMatch(/error: .*pipe\.txt: not a regular file \(a FIFO\): skipped/);
    expect(run.stderr).toMatch(/error: .*given\.txt: not a regular file \(a FIFO\): skipped/);
    expect(run.stderr).toMatch(/error: \/dev\/zero: not a regular file \(a character device\): skipped/);
    expect(run.stderr).toMatch(/1 new, 0 updated, 0 unchanged, 3 failed/);
  });

  it('refuses a FIFO and a device in extract too, without waiting for a writer', () => {
    execFileSync('mkfifo', [join(work, 'extract.txt')]);
    const run = runAccord(['extract', join(work, 'extract.txt'), '/dev/zero'], limit);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/extract\.txt: not a regular file \(a FIFO\)/);
    expect(run.stderr).toMatch(/\/dev\/zero: not a regular file \(a character device\)/);
  });

  it.each([
    ['a link to itself', (dir: string) => symlinkSync('.', join(dir, 'self'))],
    ['two links to itself', (dir: string) => (symlinkSync('.', join(dir, 'one')), symlinkSync('.', join(dir, 'two')))],
    [
      'links between two folders',
      (dir: string) => (mkdirSync(join(dir, 'sub')), symlinkSync('..', join(dir, 'sub', 'up')), symlinkSync('sub', join(dir, 'down'))),
    ],
  ])('walks each real folder once through %s', (name, link) => {
    const dir = folder(name.replace(/\W+/g, '-'));
    link(dir);
    const run = runAccord(['ingest', dir, '--db', join(work, `${name.replace(/\W+/g, '-')}.db`), '--json'], limit);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toHaveLength(1);
  });

  it('holds --max-bytes for what is read, with exact figures when they round alike', () => {
    const big = join(work, 'big.txt');
    writeFileSync(big, `${article} `.repeat(Math.ceil(5_000_001 / (article.length + 1))).slice(0, 5_000_001));
    const run = runAccord(['ingest', big, '--db', join(work, 'big.db')], limit);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/big\.txt: too large: 5,000,001 bytes, over the limit of 5,000,000 bytes \(raise it with --max-bytes\)/);
    expect(existsSync(join(work, 'big.db'))).toBe(true);
  });
});

describe('database paths', () => {
  it.each([
    ['a folder', () => work, /is a folder, not a database file/],
    ['a file that is no database', () => (writeFileSync(join(work, 'notes.txt'), 'not sqlite'), join(work, 'notes.txt')), /is not an Accord database/],
    ['a place no folder can be made (under /proc)', () => '/proc/accord-nope/x.db', /cannot create the folder \/proc\/accord-nope/],
  ])('names the path and the reason for %s, without hanging', (_name, path, message) => {
    const db = path();
    const run = runAccord(['ingest', join(folder('db-paths'), 'article.txt'), '--db', db], limit);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`accord: ${db}: `);
    expect(run.stderr).toMatch(message);
  });
});
