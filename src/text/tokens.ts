// Tokens with offsets into the document text, and the folded form used for matching.

// `norm` folds accents (for names: "Phuong" finds "Phương"); `lower` keeps them (for words of
// languages whose accents tell words apart: Vietnamese "ký" sign, "kỳ" edition).
export type Token = { text: string; norm: string; lower: string; start: number; end: number; isUpper: boolean };

// In order: elisions of the loaded packs (`l’Inde`, `qu’OpenAI`, never the English `China’s`),
// initials and dotted abbreviations (`J.D.`, `U.S.`), words with inner hyphens or ampersands
// (`vice-président`, `TT&TT`), numbers (`1.000`, `2,5`), any other single non-space character.
const otherTokens = String.raw`(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-‐‑&][\p{L}\p{M}\p{N}]+)*|\d+(?:[.,]\d+)*|\S`;
let tokenPattern = new RegExp(otherTokens, 'gu');

// Set by loadLangPacks from every pack's `elisions`: ["l", "qu"] makes `l’` and `Qu’` tokens of
// their own. A word elides at the start of a word only, its first letter in either case.
export function setElisions(words: string[]): void {
  const forms = [...new Set(words)]
    .filter((w) => /^\p{L}+$/u.test(w))
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .map((w) => `[${w[0]?.toLowerCase()}${w[0]?.toUpperCase()}]${w.slice(1)}`);
  const elision = forms.length > 0 ? String.raw`(?<!\p{L})(?:${forms.join('|')})['’](?=\p{L}|$)|` : '';
  tokenPattern = new RegExp(elision + otherTokens, 'gu');
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  // One pattern, its position reset: no copy of it per call, as matchAll would make.
  const pattern = tokenPattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
    const value = match[0];
    const { norm, lower, isUpper } = wordOf(value);
    const at = start + match.index;
    tokens.push({ text: value, norm, lower, start: at, end: at + value.length, isUpper });
  }
  return tokens;
}

// What a token's keys are depends on its text alone, and words repeat: one memo for the three.
type Word = { norm: string; lower: string; isUpper: boolean };
const words = new Map<string, Word>();

function wordOf(value: string): Word {
  let word = words.get(value);
  if (word === undefined) {
    if (words.size > 200_000) words.clear();
    word = { norm: foldKey(value), lower: lowerKey(value), isUpper: /^[\p{Lu}\d]/u.test(value) };
    words.set(value, word);
  }
  return word;
}

// The matching key of a word: no diacritics, `đ` -> `d`, lower case, one apostrophe, no dots.
// "Phương" -> "phuong", "États-Unis" -> "etats-unis", "l’" -> "l'", "J.D." -> "jd".
export function foldKey(word: string): string {
  // Most words are plain ASCII letters; the rest repeat enough that a memo pays.
  if (/^[A-Za-z0-9]+$/.test(word)) return word.toLowerCase();
  let key = folded.get(word);
  if (key === undefined) {
    if (folded.size > 200_000) folded.clear();
    key = fold(word);
    folded.set(word, key);
  }
  return key;
}

const folded = new Map<string, string>();

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[‐‑]/g, '-')
    .replace(/\.(?=.)/g, '')
    .replace(/\.$/, '');
}

// Lower case and one apostrophe, accents kept: "Ký" -> "ký", "l’" -> "l'"; a word ending in a
// form of the packs' `final_spellings` ends in its one chosen form ("hoà" -> "hòa").
export function lowerKey(word: string): string {
  // Words repeat: a memo, emptied when the packs' final spellings change.
  let key = lowered.get(word);
  if (key === undefined) {
    if (lowered.size > 200_000) lowered.clear();
    key = lower(word);
    lowered.set(word, key);
  }
  return key;
}

const lowered = new Map<string, string>();

function lower(word: string): string {
  const lower = word.toLowerCase().replace(/[’‘ʼ]/g, "'").replace(/[‐‑]/g, '-');
  if (!finalSpellings) return lower;
  const { pattern, forms } = finalSpellings;
  return lower.replace(pattern, (whole) => forms.get(whole) ?? whole);
}

let finalSpellings: { pattern: RegExp; forms: Map<string, string> } | null = null;

// Set by loadLangPacks from every pack's `final_spellings`: { "oà": "òa" } makes "hoà" and
// "hòa" one key (Vietnamese writes the tone of a final "oa" on either vowel).
export function setFinalSpellings(forms: Record<string, string>): void {
  const entries = Object.entries(forms).map(([from, to]) => [from.toLowerCase(), to.toLowerCase()] as const);
  const escaped = entries.map(([from]) => from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  lowered.clear();
  words.clear();
  finalSpellings = entries.length > 0 ? { pattern: new RegExp(`(?:${escaped.join('|')})$`, 'u'), forms: new Map(entries) } : null;
}
