import type { Sentence } from '../model/index.js';
import type { Token } from '../text/index.js';
import type { Mention } from './gazetteer.js';
import type { Person } from './persons.js';
import type { QuoteSpan } from './quote-spans.js';
import { byPosition, speakerBefore, type Speakers } from './quote-speakers.js';
import { introVerb, type QuoteWords } from './quote-words.js';
import type { Found } from './quotes.js';

export type SentenceView = { sentence: Sentence; tokens: Token[]; persons: Person[]; mentions: Mention[]; organizations?: { first: number; last: number }[] };

// How far back a pronoun looks for the person it stands for, in sentences.
const reach = 6;

// Who the document has named, for pronouns and titles: "he said" speaks for the first person
// (outside quotes) of the nearest sentence naming one; "the President said" for the last
// person named with that title before the quote.
export function documentSpeakers(text: string, views: SentenceView[], spans: QuoteSpan[], words: QuoteWords, resolve: (name: string) => string): Speakers {
  const inQuote = (offset: number): boolean => {
    const span = spans[lastIndexBefore(spans, offset + 1, (s) => s.start)];
    return span !== undefined && offset < span.end;
  };
  const startOf = (view: SentenceView, p: Person): number => (view.tokens[p.first] as Token).start;
  const subjects = (view: SentenceView, limit = Infinity): Person[] =>
    byPosition(view).filter((p) => !inQuote(startOf(view, p)) && (view.tokens[p.last] as Token).end <= limit);
  const lastSubject = (offset: number): string | null => {
    const at = lastIndexBefore(views, offset + 1, (v) => v.sentence.start);
    for (let k = at; k >= Math.max(0, at - reach); k -= 1) {
      const first = subjects(views[k] as SentenceView, offset)[0];
      if (first) return first.name;
    }
    return null;
  };
  const titled = views.flatMap((v) => subjects(v).flatMap((p) => (p.role ? [{ name: p.name, role: p.role, at: startOf(v, p) }] : [])));
  const withRole = (role: string, offset: number): string | null => titled.filter((p) => p.role === role && p.at < offset).at(-1)?.name ?? null;
  return { views, fullName: namedInFull(text, views, words, resolve), words, subjects, lastSubject, withRole };
}

function namedInFull(text: string, views: SentenceView[], words: QuoteWords, resolve: (name: string) => string): (token: Token) => string | null {
  const memo = new Map<string, string | null>();
  return (token) => {
    const word = token.text;
    if (!token.isUpper || !/^\p{L}/u.test(word) || words.notNames.has(words.keyOf(token)) || words.pronouns.has(token.norm)) return null;
    const view = viewAt(views, token.start);
    if (view?.mentions.some((m) => m.start <= token.start && token.end <= m.end && m.entries.every((e) => e.kind !== 'person'))) return null;
    if (!memo.has(word)) memo.set(word, fullNameOf(word, text, words, resolve));
    return memo.get(word) ?? null;
  };
}

// The full name a document writes for one of its words: the resolver's, else the one run of
// capitalised words (not function words) the word ends, else the word when several do.
function fullNameOf(word: string, text: string, words: QuoteWords, resolve: (name: string) => string): string | null {
  if (resolve(word) !== word) return resolve(word);
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?:\\p{Lu}[\\p{L}'’-]*[ \\u00a0]){1,3}${escaped}(?![\\p{L}]|[ \\u00a0]\\p{Lu})`, 'gu');
  const runs = [...text.matchAll(pattern)].map((m) => {
    const parts = m[0].split(/\s/);
    const first = parts.findIndex((w) => !words.notNames.has(words.wordKey(w)));
    return first === -1 || first === parts.length - 1 ? null : parts.slice(first).join(' ');
  });
  const names = [...new Set(runs.filter((r): r is string => r !== null))];
  return names.length === 1 ? (names[0] as string) : names.length > 1 ? word : null;
}

// A quote alone in its sentence goes on from the quote before it (same paragraph, or a run
// of quoted paragraphs), speaks for whoever the sentence before introduced ("She also said:"),
// or for that sentence's subject: "Mme Haddad a pris la parole. « ... »"; "Il a proposé ...".
export function carriedSpeaker(view: SentenceView, speakers: Speakers, found: Found[]): string | null {
  const previous = speakers.views[view.sentence.index - 1];
  if (!previous || view.sentence.paragraph - previous.sentence.paragraph > 1) return null;
  const last = found.at(-1);
  const isSameParagraph = previous.sentence.paragraph === view.sentence.paragraph;
  if (last?.speaker && !last.isFragment && last.until === previous.sentence.index && (last.alone || isSameParagraph)) return last.speaker;
  const { tokens } = previous;
  if (/^[:：]$/.test(tokens.at(-1)?.text ?? '')) {
    const verb = introVerb(tokens, speakers.words);
    return speakerBefore(tokens.slice(0, verb ? verb.index : -1), previous, speakers);
  }
  return speakerBefore(tokens, previous, speakers);
}

// "« Le test ? », s'interroge Mme Roy.": when a sentence ends right after a quote and the
// next one, in the same paragraph, opens in lower case, the two read as one for attribution.
export function withAttribution(views: SentenceView[], view: SentenceView, text: string, quoteEnd: number): SentenceView {
  const next = views[view.sentence.index + 1];
  const rest = text.slice(quoteEnd, view.sentence.end).trim();
  if (!next || next.sentence.paragraph !== view.sentence.paragraph || !/^[,—–-]?$/.test(rest) || !/^\p{Ll}/u.test(next.tokens[0]?.text ?? '')) return view;
  const shift = view.tokens.length;
  const moved = <T extends { first: number; last: number }>(items: T[]): T[] => items.map((x) => ({ ...x, first: x.first + shift, last: x.last + shift }));
  return {
    sentence: { ...view.sentence, end: next.sentence.end },
    tokens: [...view.tokens, ...next.tokens],
    persons: [...view.persons, ...moved(next.persons)],
    mentions: [...view.mentions, ...moved(next.mentions)],
    organizations: [...(view.organizations ?? []), ...moved(next.organizations ?? [])],
  };
}

// The sentence holding `offset`, by binary search: documents may hold thousands of sentences.
export function viewAt<T extends { sentence: Sentence }>(views: T[], offset: number): T | undefined {
  const view = views[lastIndexBefore(views, offset + 1, (v) => v.sentence.start)];
  return view && offset < view.sentence.end ? view : undefined;
}

// The last index whose position is below `limit` in a list sorted by position, else -1.
export function lastIndexBefore<T>(items: T[], limit: number, position: (item: T) => number): number {
  let [low, high] = [0, items.length - 1];
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (position(items[middle] as T) < limit) [found, low] = [middle, middle + 1];
    else high = middle - 1;
  }
  return found;
}
