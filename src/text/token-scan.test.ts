import { describe, expect, it } from 'vitest';
import { scanTokens, setScanElisions } from './token-scan.js';

// The pattern the scanner stands for, as a regular expression: the two must find the same
// tokens on any text, cut anywhere.
function reference(forms: string[]): RegExp {
  const elision = forms.map((w) => `[${w[0]?.toLowerCase()}${w[0]?.toUpperCase()}]${w.slice(1)}`).join('|');
  const others = String.raw`(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-‐‑&][\p{L}\p{M}\p{N}]+)*|\d+(?:[.,]\d+)*|\S`;
  return new RegExp(forms.length > 0 ? String.raw`(?<!\p{L})(?:${elision})['’](?=\p{L}|$)|${others}` : others, 'gu');
}

function scanned(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  scanTokens(text, start, end, (at, to) => spans.push([at, to]));
  return spans;
}

function matched(pattern: RegExp, text: string, start: number, end: number): [number, number][] {
  return [...text.slice(start, end).matchAll(pattern)].map((m) => [start + m.index, start + m.index + m[0].length]);
}

// Letters with and without accents, combining marks, digits of two scripts, the joiners and
// apostrophes the pattern cares about, spaces of several kinds, letters and a symbol outside the
// basic plane, and halves of a surrogate pair on their own.
const pieces = ['a', 'B', 'é', 'Ư', 'ß', 'ǅ', '\u0301', '7', '٣', '²', '.', ',', '-', '‐', '‑', '&', "'", '’', ' ', '\u00a0', '\u202f', '\n', '𝒜', '😀', '\ud835', '\udc9c', '"', 'l', 'L', 'qu', 'Qu', 'st', 'U.', 'S.'];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += pieces[Math.floor(random() * pieces.length)];
  return text;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('scanTokens', () => {
  it.each<[string, string[]]>([
    ['no elisions', []],
    ['elisions of one letter and of several', ['l', 'qu', 'st', 'quoiqu']],
    ['an elision whose capital is two letters', ['ßa']],
  ])('finds what the reference pattern finds: %s', (_name, forms) => {
    setScanElisions(forms);
    const pattern = reference(forms);
    const random = seeded(forms.length + 11);
    for (let round = 0; round < 3000; round += 1) {
      const text = randomText(random, 1 + Math.floor(random() * 24));
      const start = Math.floor(random() * 3);
      const end = text.length - Math.floor(random() * 3);
      expect(scanned(text, start, Math.max(start, end)), JSON.stringify([text, start, end])).toEqual(matched(pattern, text, start, Math.max(start, end)));
    }
  });

  it('reads a sentence as words, initials, numbers and marks', () => {
    setScanElisions(['l']);
    const text = "L’ONU et les U.S.A. ont signé 1.000,5 fois : vice‑présidente d’État!";
    expect(scanned(text, 0, text.length).map(([a, b]) => text.slice(a, b))).toEqual(
      ['L’', 'ONU', 'et', 'les', 'U.S.A.', 'ont', 'signé', '1.000,5', 'fois', ':', 'vice‑présidente', 'd', '’', 'État', '!'],
    );
  });
});
