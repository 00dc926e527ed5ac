import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, appendFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, repo, runAccord } from './run-accord.js';

const samples = join(repo, 'data', 'samples');
const work = mkdtempSync(join(tmpdir(), 'accord-cli-'));

function countArticles(): number {
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [e.name]));
  const files = walk(samples).filter((name) => /\.(txt|html)$/.test(name));
  const jsonl = readdirSync(samples).filter((name) => name.endsWith('.jsonl')).length;
  return files.length + (jsonl > 0 ? 4 * jsonl : 0);
}

describe('accord ingest, docs, show on the sample articles', () => {
  const db = join(work, 'samples.db');
  const copy = join(work, 'samples');
  cpSync(samples, copy, { recursive: true });

  it('stores every sample as a new document in its language', () => {
    const run = runAccord(['ingest', copy, '--db', db, '--json']);
    expect(run.stderr).toContain(`${countArticles()} new, 0 updated, 0 unchanged, 0 failed`);
    expect(run.status).toBe(0);
    const outcomes = jsonLines(run.stdout);
    const langs = outcomes.map((o) => [String(o.source).replace(copy, ''), o.lang]).filter(([source]) => !String(source).includes('jsonl'));
    for (const [source, lang] of langs) expect(String(source).split('/')[1]).toBe(lang);
    for (const outcome of outcomes) expect(Object.keys(outcome).sort()).toEqual(['figures', 'id', 'lang', 'sample', 'sentences', 'source', 'statements', 'status']);
  });

  it('reports unchanged on a second run, and updated when a file changes', () => {
    const again = runAccord(['ingest', copy, '--db', db]);
    expect(again.stderr).toContain(`0 new, 0 updated, ${countArticles()} unchanged, 0 failed`);
    appendFileSync(join(copy, 'en', 'climate-talks-bonn.txt'), '\n\nThe talks resume in June, a spokesperson said.\n');
    const changed = runAccord(['ingest', copy, '--db', db, '--json']);
    const updated = jsonLines(changed.stdout).filter((o) => o.status === 'updated');
    expect(updated.map((o) => String(o.source).replace(copy, ''))).toEqual(['/en/climate-talks-bonn.txt']);
    const docs = JSON.parse(runAccord(['docs', '--db', db, '--json']).stdout) as unknown[];
    expect(docs).toHaveLength(countArticles() + 1);
    const show = JSON.parse(runAccord(['show', String(updated[0]?.id), '--db', db, '--json']).stdout) as { sources: { version: number }[] };
    expect(show.sources.map((s) => s.version)).toEqual([2]);
  });

  it('shows a document with its figures apart from the text and its numbered sentences', () => {
    const docs = JSON.parse(runAccord(['docs', '--db', db, '--json', '--lang', 'vi']).stdout) as { id: string; origin: string }[];
    const paris = docs.find((d) => d.origin.endsWith('hoi-nghi-paris-ai.txt'));
    expect(paris).toBeDefined();
    const doc = JSON.parse(runAccord(['show', String(paris?.id).slice(0, 8), '--db', db, '--json']).stdout) as {
      text: string;
      figures: { file: string; credit: string; caption: string }[];
      sentences: { start: number; end: number; text: string }[];
    };
    expect(doc.figures.length).toBeGreaterThan(0);
    for (const figure of doc.figures) {
      expect(doc.text).not.toContain(figure.file);
      expect(doc.text).not.toContain(`Ảnh: ${figure.credit}`);
    }
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    const text = runAccord(['show', String(paris?.id), '--db', db]);
    expect(text.stdout).toMatch(/^id +[0-9a-f]{16}$/m);
    expect(text.stdout).toMatch(/^ +1 +\[0, \d+\) +\S/m);
  });
});

describe('accord ingest on bad input', () => {
  const folder = join(work, 'bad');
  const db = join(work, 'bad.db');
  const files: [string, string | Buffer][] = [
    [
      'good-en.txt',
      'Delegates meet in Geneva\n\nDelegates from forty countries met in Geneva on Monday to discuss rules for artificial intelligence, officials said.',
    ],
    [
      'latin1-fr.txt',
      Buffer.from(
        'Les délégués se réunissent\n\nLes délégués de quarante pays se sont réunis lundi à Genève, a indiqué le ministère des Affaires étrangères.',
        'latin1',
      ),
    ],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['empty.txt', ''],
    ['blank.txt', ' \n \n\t'],
    ['huge.txt', `Un très long article. ${'Une phrase de plus. '.repeat(400)}`],
    ['nav-only.html', '<html><body><nav><a href="/">Accueil</a></nav><footer>© 2025</footer></body></html>'],
    ['feed.jsonl', '{"text":"Đoàn Việt Nam tham dự hội nghị tại Genève vào thứ Hai, theo Bộ Ngoại giao."}\n{"text": "broken\n'],
  ];
  mkdirSync(folder, { recursive: true });
  for (const [name, content] of files) {
    writeFileSync(join(folder, name), content, { flag: 'w' });
  }
  symlinkSync(join(folder, 'nowhere.txt'), join(folder, 'dangling.txt'));

  it('stores the good inputs, names every bad one with its reason, and exits non-zero', () => {
    const run = runAccord(['ingest', folder, join(work, 'missing-folder'), '--db', db, '--max-bytes', '4000']);
    expect(run.status).toBe(1);
    const errors = run.stderr
      .split('\n')
      .filter((line) => line.startsWith('error:'))
      .map((line) =>
        line
          .replace(folder, '')
          .replace(work, '')
          .replace(/(malformed JSON):.*/, '$1'),
      );
    expect(errors.sort()).toEqual(
      [
        'error: /missing-folder: cannot read: no such file or directory',
        'error: /dangling.txt: cannot read: no such file or directory',
        'error: /binary.txt: binary content (PNG image), not text',
        'error: /empty.txt: empty: no text at all',
        'error: /blank.txt: empty: no text at all',
        'error: /huge.txt: too large: 8023 bytes, over the limit of 4000 bytes (raise it with --max-bytes)',
        'error: /nav-only.html: no article text found in the HTML',
        'error: /feed.jsonl:2: malformed JSON',
      ].sort(),
    );
    expect(run.stderr).toContain('3 new, 0 updated, 0 unchanged, 8 failed');
    const docs = JSON.parse(runAccord(['docs', '--db', db, '--json']).stdout) as { id: string; lang: string }[];
    expect(docs.map((d) => d.lang).sort()).toEqual(['en', 'fr', 'vi']);
    const french = JSON.parse(runAccord(['show', String(docs.find((d) => d.lang === 'fr')?.id), '--db', db, '--json']).stdout) as { text: string };
    expect(french.text).toContain('Les délégués de quarante pays se sont réunis lundi à Genève');
  });

  it('reads standard input and keeps an unknown language as und with a warning', () => {
    // Italian has no pack in data/lang/ (Spanish and German have since issue 14).
    const italian = 'I delegati di quaranta paesi si sono riuniti lunedì a Ginevra per discutere delle regole sull\'intelligenza artificiale.';
    const run = runAccord(['ingest', '-', '--db', db, '--json'], { input: italian });
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toMatchObject([{ source: 'stdin', status: 'new', lang: 'und', sentences: 1 }]);
    expect(run.stderr).toMatch(/^warning: stdin: language not recognised as de, en, es, fr, vi \(detector says it\); stored as und$/m);
  });

  it('keeps nearly valid UTF-8 as UTF-8 with a warning, honours --encoding and refuses an unknown label', () => {
    const file = join(work, 'one-bad-byte.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Les délégués réunis à Genève ont débattu, déjà, de sécurité. '), Buffer.from([0xff]), Buffer.from(' Fin.')]));
    const run = runAccord(['ingest', file, '--db', join(work, 'encoding.db')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^warning: .*one-bad-byte\.txt: 1 invalid UTF-8 byte sequence replaced by U\+FFFD/m);
    const forced = runAccord(['ingest', file, '--db', join(work, 'encoding-forced.db'), '--encoding', 'windows-1252', '--json']);
    expect(jsonLines(forced.stdout)).toMatchObject([{ status: 'new' }]);
    const unknown = runAccord(['ingest', file, '--db', join(work, 'encoding.db'), '--encoding', 'x-klingon']);
    expect([unknown.status, unknown.stderr.trim()]).toEqual([2, 'accord: unknown encoding "x-klingon": give a label such as utf-8, utf-16le, windows-1252 or iso-8859-15']);
  });

  it('reads the database from ACCORD_DB and refuses a missing one when reading', () => {
    expect(JSON.parse(runAccord(['docs', '--json'], { env: { ACCORD_DB: db } }).stdout)).toHaveLength(4);
    const missing = runAccord(['docs', '--db', join(work, 'nope.db')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.db: no database here/);
    const unknown = runAccord(['show', 'abcdef', '--db', db]);
    expect([unknown.status, unknown.stderr.trim()]).toEqual([1, 'accord: abcdef: no such document']);
  });
});

describe('samples in the CLI', () => {
  const db = join(work, 'marked.db');
  const news = join(work, 'news');
  mkdirSync(news, { recursive: true });
  writeFileSync(join(news, 'older.txt'), 'Delegates meet in Bern\n\nBERN, 3 March 2024 — Delegates from nine countries met in Bern on Sunday to discuss AI rules.');
  writeFileSync(join(news, 'newer.txt'), 'Ministers meet in Oslo\n\nOSLO, May 5, 2025 — Ministers from twelve countries met in Oslo on Monday to discuss AI rules.');
  writeFileSync(join(news, 'undated.txt'), 'Experts meet in Rome\n\nExperts from five countries met in Rome to discuss rules for artificial intelligence.');

  type Doc = { title: string; sample: boolean; published: string | null; origin: string };
  const docs = (...flags: string[]): Doc[] => JSON.parse(runAccord(['docs', '--db', db, '--json', ...flags]).stdout) as Doc[];

  it('marks a folder with samples.yaml and `ingest --sample` as samples, and lists news newest first', () => {
    expect(runAccord(['ingest', join(samples, 'en'), '--db', db]).status).toBe(0);
    expect(runAccord(['ingest', news, '--db', db]).status).toBe(0);
    const marked = join(work, 'marked.txt');
    writeFileSync(marked, 'A made-up piece\n\nNothing in this piece happened anywhere, and nobody said anything in it at all.');
    expect(jsonLines(runAccord(['ingest', marked, '--sample', '--db', db, '--json']).stdout).map((o) => o.sample)).toEqual([true]);
    const all = docs();
    // data/samples/en holds no samples.yaml of its own: its parent's marks it.
    expect(all.filter((d) => d.origin.includes('/data/samples/en/')).every((d) => d.sample)).toBe(true);
    expect(all.filter((d) => d.origin.startsWith(news)).map((d) => [d.title, d.sample, d.published])).toEqual([
      ['Ministers meet in Oslo', false, '2025-05-05'],
      ['Delegates meet in Bern', false, '2024-03-03'],
      ['Experts meet in Rome', false, null],
    ]);
    expect(all.find((d) => d.origin === marked)?.sample).toBe(true);
    expect(docs('--no-samples').every((d) => !d.sample)).toBe(true);
    expect(docs('--no-samples').length).toBe(all.filter((d) => !d.sample).length);
    expect(runAccord(['docs', '--db', db]).stdout).toContain('[sample] A made-up piece');
  });
});
