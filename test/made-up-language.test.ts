import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/extract/analyse.js';
import { loadExtractor } from '../src/extract/index.js';
import { applyRule } from '../src/extract/sentence-statements.js';
import { findDates } from '../src/extract/dates.js';
import { findsOf } from '../src/extract/yields.js';
import { detectLanguage, loadLangPacks, packFor, textDocument, tokenize } from '../src/text/index.js';
import { jsonLines, runAccord } from './run-accord.js';

// A language is added with data alone: test/fixtures/lang-xx holds a made-up language's pack,
// rules and names, and nothing under src/ knows of it.
const dataDir = join(import.meta.dirname, 'fixtures', 'lang-xx');

// Written in xx for this test: a headline, two stances, a count, a quote with its speaker.
const article = [
  'Na sumito di Frankoria',
  'Frankoria ek Dojlandia vashti sindra na tratto. Amerok nu vashti sindra na tratto.',
  'Venta po oka landi vashti sindra, porke na IA grana.',
  '«Na tratto bo grana moraki», zorvat Sor. Kelvo Marandi.',
].join('\n\n');

type Statement = { kind: string; subject: string; value: Record<string, unknown> };

describe('a made-up language, xx, from data alone', () => {
  it('is the one language of its data folder, known by the language it declares', () => {
    const packs = loadLangPacks(dataDir);
    expect(Object.keys(packs)).toEqual(['xx']);
    expect(detectLanguage(article, 'xx', Object.keys(packs)).lang).toBe('xx');
    expect(detectLanguage(article, null, Object.keys(packs)).lang).toBe('und');
  });

  it('tokenizes and reads dates by its pack', () => {
    const pack = packFor(loadLangPacks(dataDir), 'xx');
    expect(tokenize("k'Amerok").map((t) => t.text)).toEqual(["k'", 'Amerok']);
    expect(findDates('Na sumito, 12 sekundo 2027.', pack, new Date('2027-01-01')).map((d) => d.start)).toEqual(['2027-02-12']);
  });

  it('runs the examples of its rules', () => {
    const packs = loadLangPacks(dataDir);
    const extractor = loadExtractor(dataDir, packs);
    expect(extractor.rules.map((r) => r.id)).toHaveLength(3);
    for (const rule of extractor.rules) {
      for (const example of rule.examples) {
        const analysis = analyse(textDocument(example.text, 'xx', packFor(packs, 'xx')), extractor);
        expect([example.text, analysis.views.flatMap((view) => findsOf(applyRule(rule, view, analysis)))]).toEqual([example.text, example.finds]);
      }
    }
  });

  it('finds stances, a count and a quote through `accord extract` with ACCORD_DATA pointing at it', () => {
    const line = JSON.stringify({ text: article, lang: 'xx' });
    const run = runAccord(['extract', '-', '--format', 'json'], { input: `${line}\n`, env: { ACCORD_DATA: dataDir } });
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout) as { document: { lang: string }; statements: Statement[] };
    expect(output.document.lang).toBe('xx');
    const of = (kind: string): Statement[] => output.statements.filter((s) => s.kind === kind);
    expect(of('signed').map((s) => s.subject)).toEqual(['FR', 'DE']);
    expect(of('not_signed').map((s) => s.subject)).toEqual(['US']);
    expect(of('signatory_count').map((s) => s.value.count)).toEqual([21]);
    expect(of('quote').map((s) => [s.subject, s.value.text])).toEqual([['Kelvo Marandi', 'Na tratto bo grana moraki']]);
  });

  it('is stored, listed and named in its own language', () => {
    const env = { ACCORD_DATA: dataDir, ACCORD_DB: join(mkdtempSync(join(tmpdir(), 'accord-xx-')), 'xx.db') };
    const line = JSON.stringify({ text: article, lang: 'xx' });
    expect(jsonLines(runAccord(['ingest', '-', '--json'], { input: `${line}\n`, env }).stdout)).toMatchObject([{ status: 'new', lang: 'xx', statements: 6 }]);
    expect(JSON.parse(runAccord(['docs', '--lang', 'xx', '--json'], { env }).stdout)).toMatchObject([{ lang: 'xx', title: 'Na sumito di Frankoria' }]);
    expect(runAccord(['docs', '--lang', 'fr'], { env }).stderr).toContain('--lang fr: expected one of xx, und');
    const [view] = JSON.parse(runAccord(['entity', 'Frankoria', '--json'], { env }).stdout) as {
      entity: { id: string; label: string; names: Record<string, string[]> };
    }[];
    expect(view?.entity).toMatchObject({ id: 'country:FR', label: 'Frankoria', names: { xx: ['Frankoria'] } });
  }, 120_000);
});
