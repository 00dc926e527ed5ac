import type { Sentence } from '../model/index.js';
import { foldKey, tokenize, type LangPack, type Token } from '../text/index.js';
import type { Mention } from './gazetteer.js';
import type { Person } from './persons.js';
import { findQuoteSpans } from './quote-spans.js';

export type SentenceView = { sentence: Sentence; tokens: Token[]; persons: Person[]; mentions: Mention[] };
export type Quote = { start: number; end: number; text: string; speaker: string | null; isFragment: boolean; sentence: number; how: string };

type Verb = { index: number; length: number };
type SpeechWords = Pick<Context, 'verbs' | 'according' | 'pronouns' | 'honorifics'>;
const packWords = new WeakMap<LangPack, SpeechWords>();

// Tokenised once per pack, not once per document.
function wordsOf(pack: LangPack): SpeechWords {
  let words = packWords.get(pack);
  if (!words) {
    words = {
      verbs: pack.speech_verbs.map((v) => tokenize(v).map((t) => t.norm)),
      according: ['selon', "d'après", 'according to', 'theo'].map((v) => tokenize(v).map((t) => t.norm)),
      pronouns: new Set(['il', 'elle', 'he', 'she', 'ong', 'ba', 'ong ay', 'ba ay']),
      honorifics: new Set(pack.honorifics.map(foldKey)),
    };
    packWords.set(pack, words);
  }
  return words;
}
type Context = {
  views: SentenceView[];
  verbs: string[][];
  according: string[][];
  pronouns: Set<string>;
  honorifics: Set<string>;
  lastPerson: (offset: number) => string | null;
};

// Direct quotations with their speaker, in the patterns of ../shared/eval/README.md: a speech
// verb after the quote ("», a déclaré X"; "”, X, an analyst, said"), a colon introduction
// ("X a affirmé : « »"), "selon X", and the subject of the sentence before when the quote
// stands alone. A quotation woven into the reporter's own sentence is a fragment. When none
// of these holds, the speaker stays empty: a wrong name is worse than none.
export function findQuotes(text: string, views: SentenceView[], pack: LangPack, resolve: (name: string) => string): Quote[] {
  const people = views.flatMap((v) => v.persons.map((p) => ({ name: p.name, at: (v.tokens[p.first] as Token).start })));
  const lastPerson = (offset: number): string | null => people[lastIndexBefore(people, offset, (p) => p.at)]?.name ?? null;
  const context: Context = { views, ...wordsOf(pack), lastPerson };
  const quotes: Quote[] = [];
  for (const span of findQuoteSpans(text)) {
    const view = viewAt(views, span.start);
    if (!view || span.text.length === 0) continue;
    const before = text.slice(view.sentence.start, span.start).trim();
    const after = text.slice(span.end, Math.max(span.end, view.sentence.end)).trim();
    const afterTokens = view.tokens.filter((t) => t.start >= span.end);
    const beforeTokens = view.tokens.filter((t) => t.end <= span.start);
    const isReported = /^[,—–-]/.test(after) || /[,!?…]$/.test(span.text);
    const verb = isReported ? verbIn(afterTokens, context.verbs, 0, afterTokens.length) : null;
    const isColon = /[:：]$/.test(before);
    // "Theo PGS.TS Trịnh Văn Khải, Trưởng phòng ..., “...”", "Selon M. Dupont, « ... »"
    const isAccording = /,$/.test(before) && context.according.some((words) => words.every((word, i) => beforeTokens[i]?.norm === word));
    const isFragment = !(before === '' || isColon || isAccording || verb !== null);
    const [speaker, how] =
      verb !== null
        ? [speakerAfter(afterTokens, verb, view, context, span.start), 'verb-after']
        : isColon || isAccording
          ? [subjectOf(beforeTokens, view, context), isColon ? 'colon' : 'according']
          : before === '' && (after === '' || /^[.!?]/.test(after))
            ? [carriedSpeaker(view, context), 'carried']
            : isFragment
              ? [subjectOf(beforeTokens, view, context), 'fragment']
              : [null, 'none'];
    quotes.push({
      start: span.start,
      end: span.end,
      text: span.text,
      speaker: speaker ? resolve(speaker) : null,
      isFragment,
      sentence: view.sentence.index,
      how: speaker ? how : 'none',
    });
  }
  return quotes;
}

// The first speech verb in tokens[from, to), e.g. "a déclaré", "said", "according to", "cho biết".
function verbIn(tokens: Token[], verbs: string[][], from: number, to: number): Verb | null {
  for (let i = from; i < Math.min(tokens.length, to); i += 1) {
    const verb = verbs.find((words) => words.every((word, j) => tokens[i + j]?.norm === word));
    if (verb) return { index: i, length: verb.length };
  }
  return null;
}

// After the quote: "”, Daniel Osei, policy director at ..., said." / "», a déclaré Linda Griffin"
// / "», a-t-il dit" / "”, she said" / "», a déclaré le président français".
function speakerAfter(tokens: Token[], verb: Verb, view: SentenceView, context: Context, quoteStart: number): string | null {
  const lead = tokens.findIndex((t) => !/^[,—–-]$/.test(t.text));
  const named = nameAt(tokens, lead, view);
  if (named && lead < verb.index) return named;
  // "”, Shetty said": one capitalised word right before the verb, a name the document gave in full.
  const single = tokens[lead];
  if (single && lead + 1 === verb.index && single.isUpper && /^\p{L}/u.test(single.text) && !context.pronouns.has(single.norm)) return single.text;
  const afterVerb = tokens.findIndex((t, i) => i >= verb.index + verb.length && !/^[,—–-]$/.test(t.text));
  const nameAfter = verb.index <= 4 ? nameAt(tokens, skipHonorifics(tokens, afterVerb, context), view) : null;
  if (nameAfter) return nameAfter;
  const words = tokens
    .slice(verb.index, verb.index + verb.length + 2)
    .map((t) => t.norm)
    .join(' ');
  if (/-t-(il|elle)\b/.test(words) || context.pronouns.has(tokens[verb.index - 1]?.norm ?? '') || context.pronouns.has(tokens[afterVerb]?.norm ?? ''))
    return context.lastPerson(quoteStart);
  return verb.index <= 4 ? described(tokens, afterVerb, view, context, quoteStart) : null;
}

// "a déclaré M. Dupont", "said Mr. Lee", "theo ông Marchetti": the name after the courtesy title.
function skipHonorifics(tokens: Token[], index: number, context: Context): number {
  let i = index;
  while (context.honorifics.has(tokens[i]?.norm ?? '') || tokens[i]?.text === '.') i += 1;
  return i;
}

// A person the analysis found at tokens[index], else two or more capitalised words there.
function nameAt(tokens: Token[], index: number, view: SentenceView): string | null {
  const token = tokens[index];
  if (!token) return null;
  const person = view.persons.find(
    (p) =>
      (view.tokens[p.first] as Token).start >= token.start && (view.tokens[p.first] as Token).start <= token.start + 40 && isWithinTitle(view, token.start, p),
  );
  if (person) return person.name;
  const covered = (t: Token): boolean => view.mentions.some((m) => m.start <= t.start && t.end <= m.end && m.entries.some((e) => e.kind !== 'role'));
  const words: string[] = [];
  for (let i = index; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (!t.isUpper || !/^\p{L}/u.test(t.text) || covered(t)) break;
    words.push(t.text);
  }
  return words.length >= 2 && words.length <= 4 ? words.join(' ') : null;
}

// Only titles, honorifics and determiners may stand between `from` and the person.
function isWithinTitle(view: SentenceView, from: number, person: Person): boolean {
  const between = view.tokens.filter((t) => t.start >= from && t.end <= (view.tokens[person.first] as Token).start);
  return between.every((t) => t.isUpper || view.mentions.some((m) => m.start <= t.start && t.end <= m.end) || t.text === '.' || t.norm.length <= 3);
}

// "», a déclaré le président français": the person this document gave that title.
function described(tokens: Token[], index: number, view: SentenceView, context: Context, quoteStart: number): string | null {
  const start = tokens[index]?.start ?? -1;
  const role = view.mentions.find((m) => m.start >= start && m.start <= start + 12 && m.entries.some((e) => e.kind === 'role'));
  return role ? context.lastPerson(quoteStart) : null;
}

// Who speaks in "X, chercheur à Y, a affirmé : « »": the first person of the clause.
function subjectOf(tokens: Token[], view: SentenceView, context: Context): string | null {
  const end = tokens.at(-1)?.end ?? 0;
  const first = view.persons.find((p) => (view.tokens[p.last] as Token).end <= end);
  if (first) return first.name;
  for (let i = 0; i < Math.min(tokens.length, 6); i += 1) {
    const name = nameAt(tokens, i, view);
    if (name) return name;
  }
  return context.pronouns.has(tokens[0]?.norm ?? '') ? context.lastPerson(tokens[0]?.start ?? 0) : null;
}

// A quote alone in its sentence speaks for the subject of the sentence before:
// "Mme Haddad a pris la parole. « ... »"; "“...,” Hana Cho said. “...”".
function carriedSpeaker(view: SentenceView, context: Context): string | null {
  const previous = context.views[view.sentence.index - 1];
  if (!previous || view.sentence.paragraph - previous.sentence.paragraph > 1) return null;
  const subject = previous.persons[0];
  if (subject) return subject.name;
  return nameAt(previous.tokens, 0, previous);
}

// The sentence holding `offset`, by binary search: documents may hold thousands of sentences.
export function viewAt<T extends { sentence: Sentence }>(views: T[], offset: number): T | undefined {
  const view = views[lastIndexBefore(views, offset + 1, (v) => v.sentence.start)];
  return view && offset < view.sentence.end ? view : undefined;
}

// The last index whose position is below `limit` in a list sorted by position, else -1.
function lastIndexBefore<T>(items: T[], limit: number, position: (item: T) => number): number {
  let [low, high] = [0, items.length - 1];
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (position(items[middle] as T) < limit) [found, low] = [middle, middle + 1];
    else high = middle - 1;
  }
  return found;
}
