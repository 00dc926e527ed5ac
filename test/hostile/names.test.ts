import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/cli/printable.js';
import { runAccord } from '../run-accord.js';

// Hostile names (issue 11, point 14): what the CLI prints of a file name, title or URL never
// reaches the terminal as a control sequence, and a newline in a name forges no line.
describe('hostile names', () => {
  it.each([
    ['an OSC title sequence', 'a\x1b]0;pwned\x07b', 'a\\x1b]0;pwned\\x07b'],
    ['a newline', 'x\nerror: forged', 'x\\x0aerror: forged'],
    ['a carriage return', 'ok\rerror', 'ok\\x0derror'],
    ['a C1 control', 'a\u009bb', 'a\\x9bb'],
    ['a bidi override', 'report\u202etxt.exe', 'report\\u202etxt.exe'],
    ['plain Vietnamese', 'Hội nghị Paris.txt', 'Hội nghị Paris.txt'],
  ])('prints %s escaped', (_name, input, shown) => {
    expect(printable(input)).toBe(shown);
  });

  it('escapes a file name that holds an escape sequence and a forged error line', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'accord-names-')), 'in');
    mkdirSync(dir);
    writeFileSync(join(dir, 'b\x1b]0;pwned\x07\nerror: forged.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const run = runAccord(['ingest', dir, '--db', join(dir, '..', 'n.db')], { timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain('\x1b');
    expect(run.stderr.split('\n').filter((line) => line.startsWith('error:'))).toHaveLength(1);
    expect(run.stderr).toContain('b\\x1b]0;pwned\\x07\\x0aerror: forged.txt: binary content (PNG image), not text');
  });

  it('stores titles and bylines without bidi controls', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-bidi-'));
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      '<html><head><title>Summit \u202etxet desrever\u202c report</title></head><body><p>Kenya and Chile signed the declaration in Paris on Monday, officials said in a statement.</p></body></html>',
    );
    const db = join(dir, 'b.db');
    expect(runAccord(['ingest', page, '--db', db], { timeout: 60_000 }).status).toBe(0);
    const docs = JSON.parse(runAccord(['docs', '--json', '--db', db], { timeout: 60_000 }).stdout) as { title: string }[];
    expect(docs[0]?.title).toBe('Summit txet desrever report');
  });
});
