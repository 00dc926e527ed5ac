import type { Token } from '../text/index.js';
import type { SentenceView } from './quote-context.js';
import type { QuoteWords, Verb } from './quote-words.js';

// Where a language may leave the subject of a speech verb unstated, or state it after an
// adjunct: «…», insistió durante el foro (the speaker is the person named before); «…», contó
// en la radio la jueza de Paz, Ana Ruiz (the speaker comes after the adjunct). The
// words are the pack's `quotes.adjuncts`, `adverbs` and `articles`; a pack without them is untouched.

const clauseEnd = /^[.;!?,:]$/;

const opensAdjunct = (token: Token, words: QuoteWords): boolean => words.adjuncts.has(token.norm) || words.adverbs.has(token.norm);

// The first article in tokens[from, to) that opens a stated subject: one right after the verb,
// or after a word that is no preposition ("en la radio la jueza": the second "la").
export function statedSubject(tokens: Token[], from: number, to: number, words: QuoteWords): number {
  for (let k = from; k < to; k += 1) {
    const isArticle = words.articles.has((tokens[k] as Token).norm);
    if (isArticle && (k === from || !words.adjuncts.has(tokens[k - 1]?.norm ?? ''))) return k;
  }
  return -1;
}

// "», contó en la radio la jueza de Paz, Ana Ruiz": the person named
// after an adjunct, in apposition to a title or with one, when the title opens a stated subject
// (not "con el presidente, Pedro Gómez", inside the adjunct).
export function subjectAfterAdjuncts(tokens: Token[], from: number, view: SentenceView, words: QuoteWords): string | null {
  if (words.articles.size === 0) return null;
  for (let i = from + 1; i < Math.min(tokens.length, from + 18); i += 1) {
    const token = tokens[i] as Token;
    if (/^[.;!?]$/.test(token.text) || words.complementizers.has(token.norm)) return null;
    const person = view.persons.find((p) => (view.tokens[p.first] as Token).start === token.start);
    if (!person) continue;
    const before = tokens[i - 1] as Token;
    const isTitled = before.text === ',' || words.honorifics.has(before.norm) || person.role !== null;
    return isTitled && statedSubject(tokens, from, i, words) !== -1 ? person.name : null;
  }
  return null;
}

// "», agregó.", "», insistió durante el foro, que…", "», contó hoy a un diario": nothing after
// the verb, up to the clause's end, but adjuncts; no person, no title, no stated subject.
export function isSubjectDropped(tokens: Token[], from: number, view: SentenceView, words: QuoteWords): boolean {
  if (words.adjuncts.size === 0) return false;
  let to = from;
  while (to < tokens.length && !clauseEnd.test((tokens[to] as Token).text)) to += 1;
  if (to === from) return true;
  if (!opensAdjunct(tokens[from] as Token, words) || statedSubject(tokens, from, to, words) !== -1) return false;
  const [start, end] = [(tokens[from] as Token).start, (tokens[to - 1] as Token).end];
  const inClause = (at: number): boolean => at >= start && at < end;
  const hasPerson = view.persons.some((p) => inClause((view.tokens[p.first] as Token).start));
  const hasTitle = view.mentions.some((m) => inClause(m.start) && m.entries.some((e) => e.kind === 'role'));
  return !hasPerson && !hasTitle;
}

// Before the quote: "Esos tres pilares, sostuvo, «…»" (the verb between commas), "Luego añadió:
// «…»" (the verb opens the sentence, after adjuncts at most), with nothing after the verb.
export function isDroppedBefore(tokens: Token[], verb: Verb, view: SentenceView, words: QuoteWords): boolean {
  const end = verb.index + verb.length;
  if (end !== tokens.length - 1 || !isSubjectDropped(tokens, end, view, words)) return false;
  const opens = tokens.slice(0, verb.index).every((t) => opensAdjunct(t, words));
  return opens || (tokens[verb.index - 1]?.text === ',' && tokens.at(-1)?.text === ',');
}
