import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { numberWordsOf, readNumber } from './numbers.js';

const fr = numberWordsOf(
  { un: 1, deux: 2, huit: 8, dix: 10, douze: 12, vingt: 20, soixante: 60, quatrevingt: 80, cent: 100, mille: 1000 },
  { number_connectors: ['et'], number_compounds: ['quatre-vingt'] },
);
const en = numberWordsOf({ one: 1, eight: 8, sixteen: 16, twenty: 20, hundred: 100 }, { number_connectors: ['and'] });
const vi = numberWordsOf({ hai: 2, tám: 8, mươi: 10 }, { number_multipliers: ['mươi'] });

describe('readNumber', () => {
  it.each<[string, ReturnType<typeof numberWordsOf>, number | null]>([
    ['61 pays', fr, 61],
    ['1.000 délégués', fr, 1000],
    ['Vingt-huit pays', fr, 28],
    ['soixante et un pays', fr, 61],
    ['soixante-douze pays', fr, 72],
    ['quatre-vingt-huit signataires', numberWordsOf({ huit: 8, quatrevingt: 80 }, { number_compounds: ['quatre-vingt'] }), 88],
    ['deux cent vingt pays', fr, 220],
    ['twenty-eight countries', en, 28],
    ['Sixteen firms', en, 16],
    ['one hundred and one nations', en, 101],
    ['hai mươi tám quốc gia', vi, 28],
    ['et puis', fr, null],
    // Without the pack's multiplier, mươi adds: 2 + 10 + 8.
    ['hai mươi tám quốc gia', numberWordsOf({ hai: 2, tám: 8, mươi: 10 }), 20],
    ['pays', fr, null],
  ])('%s', (text, words, value) => {
    expect(readNumber(tokenize(text), 0, words)?.value ?? null).toBe(value);
  });
});
