import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, runAccord } from './run-accord.js';

// One wire story carried by two outlets of our own making: the same body, each page with its
// own title, date, byline and name.
const page = (outlet: string, title: string, date: string, author: string): string =>
  `<html><head><title>${title}</title><meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${date}"><meta name="author" content="${author}"></head>
<body><article><p>Kenya and Chile signed the Paris declaration on Tuesday, officials said in a statement at the close of the summit.</p>
<p>The text was adopted after two days of talks in the French capital, and it will be opened to more signatures next month.</p></article></body></html>`;

const work = mkdtempSync(join(tmpdir(), 'accord-copies-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the same text from a second outlet', () => {
  it('is kept as one more source of the stored text, with its own metadata, and says so', () => {
    writeFileSync(join(work, 'a.html'), page('Lakeside Courier', 'Kenya and Chile sign', '2025-02-11', 'Ann Writer'));
    writeFileSync(join(work, 'b.html'), page('Hill Gazette', 'Two more signatures in Paris', '2025-02-12', 'Bob Editor'));
    const db = join(work, 'copies.db');
    const first = runAccord(['ingest', join(work, 'a.html'), '--db', db, '--json']);
    const second = runAccord(['ingest', join(work, 'b.html'), '--db', db, '--json']);
    const [a, b] = [jsonLines(first.stdout)[0], jsonLines(second.stdout)[0]];
    expect(a).toMatchObject({ status: 'new' });
    expect(b).toMatchObject({ status: 'copy', id: a?.id, figures: 0 });
    expect(second.stderr).toMatch(/^note: .*b\.html: the same text as document \w+, stored before from another source: kept as one more source of it/m);
    expect(second.stderr).toMatch(/0 new, 0 updated, 0 unchanged, 1 copy of a text stored before/);
    const shown = runAccord(['show', String(a?.id), '--db', db]).stdout;
    expect(shown).toMatch(/source .*a\.html \(version 1, [^)]+\): "Kenya and Chile sign", Lakeside Courier, 2025-02-11, by Ann Writer/);
    expect(shown).toMatch(/source .*b\.html \(version 1, [^)]+\): "Two more signatures in Paris", Hill Gazette, 2025-02-12, by Bob Editor/);
    // The same outlet again is unchanged.
    expect(jsonLines(runAccord(['ingest', join(work, 'b.html'), '--db', db, '--json']).stdout)[0]).toMatchObject({ status: 'unchanged' });
  });
});
