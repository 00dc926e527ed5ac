import { partialDate, readPartialDate, type DateReading } from '../model/index.js';

// A language's words for datelines (the `dateline:` block of data/lang/<code>.yaml): month
// names (lists of twelve), ordinal endings, the words before a day, a month, a year, and the
// order of a date written in figures.
export type DatelineWords = {
  months: string[][];
  ordinals: string[];
  dayWords: string[];
  monthWords: string[];
  yearWords: string[];
  numeric: string[];
};
// The date a dateline gives (at its own precision: 2025-02-11, or 2025-02), or why the date it
// writes is refused ("PARIS, 31 février 2025", "WASHINGTON, 10/11/2025" in a language that writes
// both orders), the date as written, the paragraph it opens and where the text after it starts.
export type Dateline = { date: string | null; refused?: string; written: string; paragraph: number; end: number };

// `read` gives null when the words are no date at all ("LONDON, Something 2025": no month).
type Form = { pattern: RegExp; read: (groups: string[], words: DatelineWords) => DateReading | null };

// A place before the date: "PARIS", "BLETCHLEY PARK, England", "Hà Nội": capitalised words,
// up to three parts separated by commas. A weekday in lower case may come before the date.
const place = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \u00a0][\p{L}\p{M}'’.\-]+){0,3}`;
const head = String.raw`^(?:${place})(?:,[ \u00a0]${place}){0,2},[ \u00a0]+(?:\p{Ll}+,?[ \u00a0]+)?`;
// After the date: a dash, a comma, a stop, a colon, or the end of the paragraph.
const tail = String.raw`(?=[ \u00a0]*(?:[—–\-,.:]|$))`;
const sp = String.raw`[ \u00a0]+`;

// Only paragraphs near the top carry a dateline (after a headline, a standfirst, a byline).
const searched = 4;

export function readDateline(paragraphs: string[], words: DatelineWords): Dateline | null {
  const forms = formsFor(words);
  for (const [index, paragraph] of paragraphs.slice(0, searched).entries()) {
    // Every form ends with a year in four figures: a paragraph without one is none (and its
    // words need not be tried as places, form after form).
    if (!/\d{4}/.test(paragraph)) continue;
    for (const form of forms) {
      const match = form.pattern.exec(paragraph);
      const reading = match ? form.read(match.slice(2), words) : null;
      if (!match || !reading) continue;
      const after = /^[ \u00a0]*[—–\-:]?[ \u00a0]*/.exec(paragraph.slice(match[0].length))?.[0] ?? '';
      const found = { written: match.groups?.date ?? '', paragraph: index, end: match[0].length + after.length };
      return 'date' in reading ? { ...found, date: reading.date } : { ...found, date: null, refused: reading.refused };
    }
  }
  return null;
}

const cache = new WeakMap<DatelineWords, Form[]>();

function formsFor(words: DatelineWords): Form[] {
  const found = cache.get(words);
  if (found) return found;
  const any = (list: string[]): string => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const dayWord = words.dayWords.length ? `(?:(?:${any(words.dayWords)})${sp})?` : '';
  const ordinal = words.ordinals.length ? `(?:${any(words.ordinals)})?` : '';
  const name = String.raw`(\p{L}{3,})\.?`;
  const re = (body: string): RegExp => new RegExp(`${head}(?<date>${body})${tail}`, 'iu');
  const forms: Form[] = [
    { pattern: re(String.raw`${dayWord}(\d{1,2})[/.](\d{1,2})[/.](\d{4})`), read: ([a, b, y], w) => readPartialDate(`${a}/${b}/${y}`, w.numeric) },
    { pattern: re(String.raw`${dayWord}(\d{1,2})${ordinal}\.?${sp}${name},?${sp}(\d{4})`), read: ([d, m, y], w) => ymd(y, month(m, w), d) },
    { pattern: re(String.raw`${name}${sp}(\d{1,2})${ordinal},?${sp}(\d{4})`), read: ([m, d, y], w) => ymd(y, month(m, w), d) },
    { pattern: re(String.raw`${name},?${sp}(\d{4})`), read: ([m, y], w) => ymd(y, month(m, w)) },
  ];
  if (words.monthWords.length && words.yearWords.length) {
    const [mw, yw] = [any(words.monthWords), any(words.yearWords)];
    forms.push(
      { pattern: re(String.raw`${dayWord}(\d{1,2})${sp}(?:${mw})${sp}(\d{1,2})${sp}(?:${yw})${sp}(\d{4})`), read: ([d, m, y]) => ymd(y, Number(m), d) },
      { pattern: re(String.raw`(?:${mw})${sp}(\d{1,2})(?:/|${sp}(?:${yw})${sp})(\d{4})`), read: ([m, y]) => ymd(y, Number(m)) },
    );
  }
  cache.set(words, forms);
  return forms;
}

// "Nov" -> 11: a month name, or the start of one (three letters at least), in any list given.
function month(word: string | undefined, words: DatelineWords): number {
  const key = fold(word ?? '');
  for (const names of words.months) {
    const index = names.findIndex((n) => fold(n) === key || (key.length >= 3 && fold(n).startsWith(key)));
    if (index !== -1) return index + 1;
  }
  return 0;
}

// A month name the language does not have makes no dateline; a day the month lacks is refused.
function ymd(year: string | undefined, monthNumber: number, day?: string): DateReading | null {
  return monthNumber < 1 ? null : partialDate(year, String(monthNumber), day);
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
