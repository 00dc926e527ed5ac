import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractStatements, loadExtractor } from '../src/extract/index.js';
import { detectLanguage, loadLangPacks, packFor, textDocument } from '../src/text/index.js';
import { StatementSink } from '../src/extract/statement-sink.js';

const dataDir = join(import.meta.dirname, '..', 'data');
const packs = loadLangPacks(dataDir);
const extractor = loadExtractor(dataDir, packs);
const corpus = join(import.meta.dirname, 'corpus');
// Sentences of our own articles, to be cut, shuffled and glued into new texts.
const pieces = readdirSync(corpus)
  .filter((n) => n.endsWith('.txt'))
  .flatMap((n) => readFileSync(join(corpus, n), 'utf8').split(/(?<=[.!?»”"])\s+|\n+/))
  .filter((p) => p.trim().length > 0);

// For every kind of statement, whatever the text: its span lies in the text, is not empty,
// its words are the text's words there, and its sentence holds where it starts.
describe('every statement points at the words that state it', () => {
  it('holds on texts glued from pieces of our corpus, cut anywhere', () => {
    const piece = fc.integer({ min: 0, max: pieces.length - 1 }).map((i) => pieces[i] as string);
    const cut = fc.tuple(piece, fc.nat(), fc.nat()).map(([p, a, b]) => p.slice(Math.min(a, b) % (p.length + 1), Math.max(a, b) % (p.length + 1) || p.length));
    const text = fc.array(fc.oneof(piece, cut, fc.constantFrom('', ' ', '\n\n', '«', '”', '—', ',')), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (raw) => {
        const lang = detectLanguage(raw, null, Object.keys(packs)).lang;
        const document = textDocument(raw, lang, packFor(packs, lang));
        for (const s of extractStatements(document, extractor)) {
          expect(s.start, s.kind).toBeGreaterThanOrEqual(0);
          expect(s.end, s.kind).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(document.text.length);
          expect(s.words).toBe(document.text.slice(s.start, s.end));
          expect(s.words.trim(), s.kind).not.toBe('');
          const sentence = document.sentences[s.sentence];
          expect(sentence && sentence.start <= s.start && s.start < sentence.end, `${s.kind} ${s.rule} sentence`).toBe(true);
        }
      }),
      { seed: 9, numRuns: 150 },
    );
  });
});

describe('the statement sink', () => {
  const document = textDocument('Kenya signed. Peru did too.', 'en', packFor(packs, 'en'));
  it.each([
    ['an empty span', 0, 0, 0, null],
    ['a span past the text', 20, 40, 1, null],
    ['blank words', 13, 14, 0, null],
    ['a sentence index that does not hold the words', 14, 18, 0, 1],
    ['a good span', 0, 5, 0, 0],
  ])('%s', (_name, start, end, sentence, stored) => {
    const sink = new StatementSink(document);
    sink.add('signed', 'KE', {}, start, end, sentence, 'test.rule', 1);
    expect(sink.statements.map((s) => s.sentence)).toEqual(stored === null ? [] : [stored]);
  });
});
