import type { Lang, Sentence } from '../model/index.js';
import type { LangPack } from './lang-pack.js';

type Span = { start: number; end: number };
// A fix-up pass sees one paragraph's spans and returns better ones.
type Pass = (spans: Span[], paragraph: string, pack: LangPack) => Span[];

const segmenters = new Map<string, Intl.Segmenter>();

// ICU's sentence rules are the same for every locale it has (a pack code it does not know, or
// `und`, gets the root rules), so the document's code is the locale.
function segmenterFor(locale: Lang): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

// Splits every paragraph (text between newlines) into sentences with [start, end) offsets
// into `text`. ICU finds candidate breaks; the passes below undo the wrong ones.
export function splitSentences(text: string, lang: Lang, pack: LangPack): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraphIndex = 0;
  for (const match of text.matchAll(/[^\n]+/g)) {
    const paragraph = match[0];
    const offset = match.index;
    let spans = icuSpans(paragraph, lang);
    for (const pass of passes) spans = pass(spans, paragraph, pack);
    for (const span of spans) {
      sentences.push({
        index: sentences.length,
        paragraph: paragraphIndex,
        start: offset + span.start,
        end: offset + span.end,
      });
    }
    paragraphIndex += 1;
  }
  return sentences;
}

function icuSpans(paragraph: string, lang: Lang): Span[] {
  const spans: Span[] = [];
  for (const chunk of chunksOf(paragraph)) {
    for (const { segment, index } of segmenterFor(lang).segment(paragraph.slice(chunk.start, chunk.end))) {
      const span = trimSpan(paragraph, { start: chunk.start + index, end: chunk.start + index + segment.length });
      if (span.end > span.start) spans.push(span);
    }
  }
  return spans;
}

// ICU's sentence iterator in V8 slows down quadratically on long strings (8,000 sentences
// in one paragraph take seconds), so long paragraphs go to it in pieces cut where a
// sentence most likely ends: after `.`, `!`, `?` or `…` (and any closing mark) and a space.
const chunkSize = 1500;

function chunksOf(paragraph: string): Span[] {
  const chunks: Span[] = [];
  let start = 0;
  while (paragraph.length - start > chunkSize) {
    const window = paragraph.slice(start, start + chunkSize);
    let cut = -1;
    for (const match of window.matchAll(/[.!?…]["»”’)\]]*\s+/g)) cut = match.index + match[0].length;
    if (cut < chunkSize / 3) cut = window.lastIndexOf(' ') + 1;
    if (cut <= 0) cut = chunkSize;
    chunks.push({ start, end: start + cut });
    start += cut;
  }
  chunks.push({ start, end: paragraph.length });
  return chunks;
}

function trimSpan(paragraph: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(paragraph[start] ?? '')) start += 1;
  while (end > start && /\s/.test(paragraph[end - 1] ?? '')) end -= 1;
  return { start, end };
}

// `« Nous vivons une révolution. » Il a dit` splits before `»`: give the closer back.
const attachLeadingClosers: Pass = (spans, paragraph) => {
  const out: Span[] = [];
  for (const span of spans) {
    const previous = out.at(-1);
    const text = paragraph.slice(span.start, span.end);
    const closer = /^[»”’)\]]+[.,;:!?]*/.exec(text)?.[0] ?? straightCloser(previous, paragraph, text);
    if (!previous || !closer) {
      out.push(span);
      continue;
    }
    previous.end = span.start + closer.length;
    const rest = trimSpan(paragraph, { start: previous.end, end: span.end });
    if (rest.end > rest.start) out.push(rest);
  }
  return out;
};

// A leading `"` closes the previous span's quote when that span holds an odd number of them.
function straightCloser(previous: Span | undefined, paragraph: string, text: string): string | undefined {
  if (!previous || !text.startsWith('"')) return undefined;
  const count = paragraph.slice(previous.start, previous.end).split('"').length - 1;
  return count % 2 === 1 ? /^"[.,;:!?]*/.exec(text)?.[0] : undefined;
}

// `M. Macron`, `J.D. Vance`, `TS. Nguyễn`, `the U.S. delegation`: not sentence ends.
const joinAfterAbbreviation: Pass = (spans, paragraph, pack) => {
  const words = abbreviationsOf(pack);
  const out: Span[] = [];
  for (const span of spans) {
    const previous = out.at(-1);
    if (previous && isFalseBreak(paragraph, previous, span, words)) previous.end = span.end;
    else out.push({ ...span });
  }
  return out;
};

type Abbreviations = { always: Set<string>; ambiguous: Set<string>; openers: Set<string> };

// A pack's abbreviations and sentence openers as sets, made once per pack.
const abbreviationSets = new WeakMap<LangPack, Abbreviations>();
function abbreviationsOf(pack: LangPack): Abbreviations {
  let words = abbreviationSets.get(pack);
  if (!words) {
    words = { always: new Set(pack.abbreviations), ambiguous: new Set(pack.ambiguous), openers: new Set(pack.function_words.map((w) => w.toLowerCase())) };
    abbreviationSets.set(pack, words);
  }
  return words;
}

function isFalseBreak(paragraph: string, previous: Span, next: Span, { always, ambiguous, openers }: Abbreviations): boolean {
  const lastSpace = paragraph.lastIndexOf(' ', previous.end - 1);
  const lastToken = paragraph.slice(Math.max(previous.start, lastSpace + 1), previous.end).replace(/^[(«“"‘[]+/, '');
  const nextText = paragraph.slice(next.start, next.end);
  const startsLower = /^[\p{Ll}\d]/u.test(nextText);
  // "the U.S. Vice President" goes on; "talks with the U.S. The summit" ends: a sentence opens
  // with a word such as "The", "He", "Mais".
  if (ambiguous.has(lastToken)) return startsLower || !openers.has((/^\p{L}+/u.exec(nextText)?.[0] ?? '').toLowerCase());
  if (always.has(lastToken)) return true;
  // Initials: `J.`, `J.D.`, `J.-C.`
  if (/^\p{Lu}\.(?:-?\p{Lu}\.)*$/u.test(lastToken)) return true;
  // A sentence does not start with a lowercase letter: `10 km. à l'est` is one sentence.
  return startsLower && /[.]$/.test(lastToken);
}

// A quotation of several sentences stays one sentence with its attribution:
// `« Nous y sommes. Voilà », a-t-il dit.` Unclosed quotes are left as ICU split them.
// The look-ahead is bounded so that a stray mark in a huge paragraph stays linear.
const maxQuotedSentences = 12;
const joinInsideQuotes: Pass = (spans, paragraph, pack) => {
  const pairs = pack.quote_marks.filter(([, close]) => close !== '’');
  const out: Span[] = [];
  let index = 0;
  while (index < spans.length) {
    const first = spans[index] as Span;
    let last = index;
    let depth = quoteDepth(paragraph.slice(first.start, first.end), pairs);
    while (depth > 0 && last + 1 < spans.length && last - index < maxQuotedSentences) {
      last += 1;
      depth = quoteDepth(paragraph.slice(first.start, (spans[last] as Span).end), pairs);
    }
    if (depth === 0 && last > index) {
      out.push({ start: first.start, end: (spans[last] as Span).end });
      index = last + 1;
    } else {
      out.push(first);
      index += 1;
    }
  }
  return out;
};

// How many quotations are open at the end of `text`, over all pairs of marks.
function quoteDepth(text: string, pairs: [string, string][]): number {
  let open = 0;
  for (const [opener, closer] of pairs) {
    if (opener === closer) {
      open += (text.split(opener).length - 1) % 2;
      continue;
    }
    open += Math.max(0, text.split(opener).length - text.split(closer).length);
  }
  return open;
}

// Listed once, run in order.
const passes: Pass[] = [attachLeadingClosers, joinAfterAbbreviation, joinInsideQuotes];
