// Where the quotations of a text are: «...», “...”, "..." (and ‹...›), and single-marked
// ‘...’ or '...' outside them. A quotation may run over several paragraphs, each new paragraph
// re-opening with the same mark and only the last one closing: the French and English
// convention for long quotes. Excerpts cut the last quotation short, and some copy forgets a
// closing mark: those spans end where the text or the introduced paragraph ends.
export type QuoteSpan = { start: number; end: number; text: string };

const defaultPairs: Record<string, string> = { '«': '»', '“': '”', '"': '"', '‹': '›' };
const defaultSingles: Record<string, string> = { '‘': '’', "'": "'" };
// Marks that double as apostrophes: a quote they open is read with more care (singleQuote).
const apostrophes = new Set(["'", '‘', '’', '‚', '‛']);

// The marks of a text: the pack's `quote_marks` ("„" closed by "“" in German, "»" by "«" in
// Danish-style copy) over the marks every language shares. A mark that closes an open quote is
// read as closing first, so "“" closes "„" and still opens a quote of its own elsewhere.
export type QuoteMarks = { pairs: Record<string, string>; singles: Record<string, string> };
const built = new WeakMap<readonly (readonly [string, string])[], QuoteMarks>();

export function quoteMarksOf(marks: readonly (readonly [string, string])[] = []): QuoteMarks {
  let found = built.get(marks);
  if (!found) {
    found = { pairs: { ...defaultPairs }, singles: { ...defaultSingles } };
    for (const [open, close] of marks) (apostrophes.has(open) ? found.singles : found.pairs)[open] = close;
    built.set(marks, found);
  }
  return found;
}

const singleReach = 1200;

// What String.trim() removes, told without making a string per character.
function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/u.test(char));
}

type Open = { mark: string; start: number; isIntroduced: boolean };

export function findQuoteSpans(text: string, marks: QuoteMarks = quoteMarksOf()): QuoteSpan[] {
  const { pairs, singles } = marks;
  const spans: QuoteSpan[] = [];
  const add = (open: Open, end: number, closed: boolean): void => {
    const inner = text.slice(open.start + 1, closed ? end - 1 : end);
    spans.push({ start: open.start, end, text: clean(inner, open.mark) });
  };
  const closes = closeFinder(text);
  // Only a closing mark may close a quote astray: most characters are none.
  const closers = new Set(Object.values(pairs));
  let open: Open | null = null;
  let [lineStart, lastContent] = [true, -1];
  const special = specialOf(marks);
  for (let i = 0; i < text.length; i += 1) {
    // Inside a line, a character that is no space and no mark only moves the last content on.
    if (!lineStart) {
      let next = i;
      while (next < text.length && special[text.charCodeAt(next)] === 0) next += 1;
      if (next > i) [lastContent, i] = [next - 1, next];
      if (i >= text.length) break;
    }
    const char = text[i] as string;
    if (char === '\n') {
      lineStart = true;
      continue;
    }
    const isBlank = isSpace(char);
    const isFirst = lineStart && !isBlank;
    if (!isBlank) lineStart = false;
    // A new paragraph either re-opens the quote (it goes on) or shows it was never closed:
    // kept up to the paragraph's end when a colon introduced it ("She said: “We will...").
    if (open && isFirst) {
      if (char === open.mark) continue;
      if (open.isIntroduced) add(open, lastContent + 1, false);
      open = null;
    } else if (open && (char === pairs[open.mark] || (closers.has(char) && isStrayClose(text, i, pairs, open.mark)))) {
      add(open, i + 1, true);
      [open, lastContent] = [null, i];
      continue;
    }
    if (!open && char in pairs) open = { mark: char, start: i, isIntroduced: /[:：]\s*$/.test(text.slice(Math.max(0, i - 3), i)) };
    else if (!open && char in singles) i = singleQuote(text, i, spans, closes, singles);
    if (!isBlank) lastContent = i;
  }
  if (open && lastContent > open.start) add(open, lastContent + 1, false);
  return spans;
}

let spaces: Uint8Array | undefined;
function spaceTable(): Uint8Array {
  if (!spaces) {
    spaces = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code += 1) if (/\s/.test(String.fromCharCode(code))) spaces[code] = 1;
  }
  return spaces;
}

// Spaces, line ends and every mark of `marks`, by UTF-16 code unit: where the scan must look.
const specials = new WeakMap<QuoteMarks, Uint8Array>();
function specialOf(marks: QuoteMarks): Uint8Array {
  let found = specials.get(marks);
  if (!found) {
    found = spaceTable().slice();
    for (const char of [...Object.entries(marks.pairs), ...Object.entries(marks.singles)].flat()) if (char.length === 1) found[char.charCodeAt(0)] = 1;
    specials.set(marks, found);
  }
  return found;
}

// "«Ya hemos cruzado los 70”, dijo": copy that closes a quote with another pair's closing mark
// (one that opens nothing), when the quote's own mark does not close it in its paragraph
// before the next quote opens.
function isStrayClose(text: string, at: number, pairs: Record<string, string>, mark: string): boolean {
  const char = text[at] as string;
  if (char in pairs || !Object.values(pairs).includes(char) || /\s/.test(text[at - 1] ?? ' ')) return false;
  const end = text.indexOf('\n', at);
  const rest = text.slice(at, end === -1 ? undefined : end);
  const [close, reopen] = [rest.indexOf(pairs[mark] as string), rest.indexOf(mark)];
  return close === -1 || (reopen !== -1 && reopen < close);
}

// ‘...’ or '...': opens before a word, after a space or line start; closes after a word or
// mark, before no letter ("it's", "UK’s" are apostrophes), within the paragraph and a bounded
// reach. Returns the index to go on from.
function singleQuote(text: string, at: number, spans: QuoteSpan[], closes: CloseFinder, singles: Record<string, string>): number {
  const mark = text[at] as string;
  const opens = /^[\s([—–-]?$/u.test(text.slice(Math.max(0, at - 1), at)) && /[\p{L}\p{N}]/u.test(text[at + 1] ?? '');
  if (!opens) return at;
  const close = closes(singles[mark] as string, at + 2);
  if (close >= text.length || text[close] === '\n' || close - at > singleReach) return at;
  spans.push({ start: at, end: close + 1, text: text.slice(at + 1, close).trim() });
  return close;
}

// The first closing single mark (or line end) at or after `from`. Whether a mark closes does
// not depend on where the quote opened, so the last answer serves every later question up to
// it: stray marks in a huge paragraph stay linear.
type CloseFinder = (mark: string, from: number) => number;

function closeFinder(text: string): CloseFinder {
  const last = new Map<string, { from: number; at: number }>();
  return (mark, from) => {
    const known = last.get(mark);
    if (known && known.from <= from && from <= known.at) return known.at;
    let i = from;
    while (i < text.length && text[i] !== '\n' && !(text[i] === mark && !/\s/.test(text[i - 1] as string) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ''))) i += 1;
    last.set(mark, { from, at: i });
    return i;
  };
}

// The words inside, without the marks that re-open each continued paragraph.
function clean(inner: string, mark: string): string {
  return inner.replace(new RegExp(`\\n+\\s*${mark}\\s*`, 'g'), '\n\n').trim();
}
