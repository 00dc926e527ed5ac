import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document, Lang } from '../model/index.js';
import { loadLangPacks, packFor, textDocument } from '../text/index.js';
import { extractStatements, loadExtractor } from './index.js';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const packs = loadLangPacks(dataDir);
const extractor = loadExtractor(dataDir, packs);

function documentOf(text: string, lang: Lang): Document {
  return textDocument(text, lang, packFor(packs, lang));
}

// Pieces that stress the extractor: marks, names, titles, list words, numbers, odd spaces.
const pieces = [
  '«',
  '»',
  '“',
  '”',
  '"',
  '«\u00a0',
  ' ',
  '\n\n',
  '.',
  ',',
  ':',
  'M.',
  'J.D.',
  'TS.',
  'la Chine',
  'les États-Unis',
  'Trung Quốc',
  'Mỹ',
  'et',
  'and',
  'và',
  'a déclaré',
  'said',
  'cho biết',
  "n'ont pas signé",
  'did not sign',
  'không ký',
  'signed',
  'ont signé',
  'Emmanuel Macron',
  'ông Phương',
  '61',
  'pays',
  'countries',
  '\u0000',
  '\ud83d\ude00',
  'e\u0301',
  'ꙮ',
];
const tokenSoup = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 80 })
  .map((parts) => parts.join(' '));

describe('extractStatements never crashes and stays inside the text', () => {
  it('on random Unicode and token soup, in every language', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), tokenSoup), fc.constantFrom<Lang>('fr', 'en', 'vi', 'und'), (text, lang) => {
        const document = documentOf(text, lang);
        for (const s of extractStatements(document, extractor)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.words).toBe(text.slice(s.start, s.end));
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each<[string, string]>([
    ['empty text', ''],
    ['only quote marks', '« « « » » “ ” " " "'],
    ['an unclosed quote in a huge paragraph', `« ${'La Chine a signé la déclaration, a déclaré M. Dupont. '.repeat(3000)}`],
    ['a list of a thousand countries', `${'la Chine, la France, '.repeat(500)}et l'Inde ont signé la déclaration.`],
  ])('on %s', (_name, text) => {
    const statements = extractStatements(documentOf(text, 'fr'), extractor);
    for (const s of statements) expect(s.words).toBe(text.slice(s.start, s.end));
  });
});

describe('what extraction states', () => {
  it.each<[string, Lang, string, string | null]>([
    [
      "Les États-Unis et le Royaume-Uni n'ont pas signé la déclaration finale du sommet, invoquant des intérêts nationaux, ont indiqué des sources.",
      'fr',
      'US',
      'des intérêts nationaux',
    ],
    ['The United States and Britain declined to sign the closing statement, citing national security concerns.', 'en', 'US', 'national security concerns'],
    ['Mỹ và Anh không ký tuyên bố, viện dẫn lợi ích quốc gia.', 'vi', 'US', 'lợi ích quốc gia'],
    ["Les États-Unis n'ont pas signé la déclaration.", 'fr', 'US', null],
  ])('the reason a party gives for not signing: %s', (text, lang, party, reason) => {
    const stance = extractStatements(documentOf(text, lang), extractor).find((s) => s.kind === 'not_signed' && s.subject === party);
    expect(stance?.value.reason ?? null).toBe(reason);
  });
});
