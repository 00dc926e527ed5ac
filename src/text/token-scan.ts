// The tokenizer's scanner: where each token of a text starts and ends, read character by
// character. It finds exactly what this pattern finds, in this order at each position (the
// pattern is kept in tokens.test.ts, which checks the two agree):
//   (?<!\p{L})ELISION['’](?=\p{L}|$) | (?:\p{L}\.){2,} | \p{L}[\p{L}\p{M}\p{N}]*(?:[-‐‑&][\p{L}\p{M}\p{N}]+)* | \d+(?:[.,]\d+)* | \S
// A regular expression with Unicode classes allocates a match per token and dominated the time
// of tokenizing; a table of character classes, filled as characters are met, does not.

const letter = 1;
const mark = 2;
const numeral = 4;
const space = 8;
const known = 128;
const wordPart = letter | mark | numeral;

const units = new Uint8Array(65536);
const astral = new Map<number, number>();

function compute(char: string): number {
  return known | (/\p{L}/u.test(char) ? letter : 0) | (/\p{M}/u.test(char) ? mark : 0) | (/\p{N}/u.test(char) ? numeral : 0) | (/\s/u.test(char) ? space : 0);
}

function classOf(code: number): number {
  if (code < 65536) {
    const found = units[code] as number;
    if (found !== 0) return found;
    const value = compute(String.fromCharCode(code));
    units[code] = value;
    return value;
  }
  let value = astral.get(code);
  if (value === undefined) astral.set(code, (value = compute(String.fromCodePoint(code))));
  return value;
}

// The code point at `i` as the pattern sees it in text cut at `end`: a pair cut by `end` is
// two lone halves.
function codeAt(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= end) return code;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00) : code;
}

const width = (code: number): number => (code > 0xffff ? 2 : 1);

// The class of the code point that ends just before `i`, seen no further back than `start`.
function classBefore(text: string, i: number, start: number): number {
  if (i <= start) return 0;
  const code = text.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff && i - 2 >= start) {
    const lead = text.charCodeAt(i - 2);
    if (lead >= 0xd800 && lead <= 0xdbff) return classOf(0x10000 + ((lead - 0xd800) << 10) + (code - 0xdc00));
  }
  return classOf(code);
}

type Elision = { firsts: string; rest: string };
let elisions: Elision[] = [];

// Words that elide before a vowel, as loadLangPacks gives them (shortest first: the pattern's order).
export function setScanElisions(forms: string[]): void {
  elisions = forms.map((w) => ({ firsts: `${w[0]?.toLowerCase()}${w[0]?.toUpperCase()}`, rest: w.slice(1) }));
}

function elisionEnd(text: string, i: number, start: number, end: number): number {
  if (elisions.length === 0 || classBefore(text, i, start) & letter) return -1;
  for (const { firsts, rest } of elisions) {
    const mark = i + 1 + rest.length;
    if (mark >= end || !firsts.includes(text[i] as string) || !text.startsWith(rest, i + 1)) continue;
    const apostrophe = text.charCodeAt(mark);
    if (apostrophe !== 39 && apostrophe !== 0x2019) continue;
    if (mark + 1 === end || classOf(codeAt(text, mark + 1, end)) & letter) return mark + 1;
  }
  return -1;
}

// "U.S.", "J.D.": two or more letters each followed by a dot.
function initialsEnd(text: string, i: number, end: number): number {
  let j = i;
  let pairs = 0;
  for (;;) {
    const code = j < end ? codeAt(text, j, end) : -1;
    const dot = j + (code < 0 ? 0 : width(code));
    if (code < 0 || !(classOf(code) & letter) || dot >= end || text.charCodeAt(dot) !== 46) break;
    j = dot + 1;
    pairs += 1;
  }
  return pairs >= 2 ? j : -1;
}

function partsEnd(text: string, j: number, end: number): number {
  while (j < end) {
    const code = codeAt(text, j, end);
    if (!(classOf(code) & wordPart)) break;
    j += width(code);
  }
  return j;
}

const isJoiner = (code: number): boolean => code === 45 || code === 0x2010 || code === 0x2011 || code === 38;

function wordEnd(text: string, i: number, end: number): number {
  let j = partsEnd(text, i + width(codeAt(text, i, end)), end);
  while (j + 1 < end && isJoiner(text.charCodeAt(j)) && classOf(codeAt(text, j + 1, end)) & wordPart) j = partsEnd(text, j + 1, end);
  return j;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

function digitsEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j += 1;
  while (j + 1 < end && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44) && isDigit(text.charCodeAt(j + 1))) {
    j += 1;
    while (j < end && isDigit(text.charCodeAt(j))) j += 1;
  }
  return j;
}

// Calls `found` with each token's start and end, left to right.
export function scanTokens(text: string, start: number, end: number, found: (at: number, to: number) => void): void {
  let i = start;
  while (i < end) {
    const code = codeAt(text, i, end);
    const kind = classOf(code);
    if (kind & space) {
      i += width(code);
      continue;
    }
    let to = kind & letter ? elisionEnd(text, i, start, end) : -1;
    if (to < 0 && kind & letter) to = initialsEnd(text, i, end);
    if (to < 0 && kind & letter) to = wordEnd(text, i, end);
    if (to < 0 && isDigit(code)) to = digitsEnd(text, i, end);
    if (to < 0) to = i + width(code);
    found(i, to);
    i = to;
  }
}
