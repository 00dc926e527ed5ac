import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLangPacks } from '../text/index.js';
import { loadExtractor } from './index.js';

const fixture = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'lang-xx');

// A copy of the made-up language's data folder, with `files` written over it.
function dataWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'accord-data-'));
  cpSync(fixture, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

// Data for a language with no pack is a mistake, said with the file that holds it.
describe('loadExtractor', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    ['rules for a language with no pack', { 'rules/zz/stances.yaml': '[]' }, /rules[\\/]zz: rules for zz, which has no pack/],
    [
      'names in a language with no pack',
      { 'gazetteers/countries.yaml': 'FR:\n  names: { zz: [Fransa] }\n' },
      /countries\.yaml: names in zz, which has no pack/,
    ],
    ['a label language with no pack', { 'settings.yaml': 'label_language: zz\n' }, /settings\.yaml: label_language zz has no pack/],
  ])('refuses %s', (_what, files, message) => {
    const dir = dataWith(files);
    expect(() => loadExtractor(dir, loadLangPacks(dir))).toThrow(message);
  });

  it('loads the made-up language as it is', () => {
    const extractor = loadExtractor(fixture, loadLangPacks(fixture));
    expect([extractor.rules.length, extractor.lexicon.labelLang, extractor.lexicon.entities.get('country:US')?.names]).toEqual([3, 'xx', { xx: ['Amerok'] }]);
  });
});
