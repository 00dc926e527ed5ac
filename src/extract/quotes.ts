import type { Sentence } from '../model/index.js';
import { foldKey, type LangPack, type Token } from '../text/index.js';
import type { Person } from './persons.js';

export type SentenceView = { sentence: Sentence; tokens: Token[]; persons: Person[] };
export type Quote = { start: number; end: number; text: string; speaker: string | null; isFragment: boolean; sentence: number; how: string };

// «...», “...” and "..." inside one paragraph.
const quotePattern = /«([^«»\n]*)»|“([^“”\n]*)”|"([^"\n]*)"/g;
const pronouns = new Set(['il', 'elle', 'he', 'she', 'ong', 'ba', 'ong ta', 'ba ta']);

// Direct quotations with their speaker: a speech verb after the quote ("», a déclaré X"),
// before it ("X a affirmé : « »"), "selon X", or the speaker of the sentence before when the
// quote stands alone. A quotation woven into the reporter's sentence is a fragment.
export function findQuotes(text: string, views: SentenceView[], pack: LangPack, resolve: (name: string) => string): Quote[] {
  const verbs = pack.speech_verbs.map((v) => v.split(/\s+/).map(foldKey));
  const quotes: Quote[] = [];
  let lastSpeaker: string | null = null;
  for (const match of text.matchAll(quotePattern)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? '';
    const start = match.index;
    const end = start + match[0].length;
    const view = views.find((v) => v.sentence.start <= start && start < v.sentence.end);
    if (!view || inner.trim().length === 0) continue;
    const before = text.slice(view.sentence.start, start).trim();
    const after = text.slice(end, view.sentence.end).trim();
    const afterTokens = view.tokens.filter((t) => t.start >= end);
    const beforeTokens = view.tokens.filter((t) => t.end <= start);
    const saidAfter = /^[,—–-]/.test(after) || /[,!?…]\s*$/.test(inner) ? verbAt(afterTokens, verbs) : -1;
    const isFragment = !(before === '' || /[:：]$/.test(before) || saidAfter !== -1 || /^[,—–-]/.test(after));
    let speaker: string | null = null;
    let how = 'none';
    if (saidAfter !== -1) [speaker, how] = [speakerAfter(afterTokens, saidAfter, view, lastSpeaker), 'verb-after'];
    if (!speaker && /[:：]$/.test(before)) [speaker, how] = [speakerBefore(beforeTokens, view, verbs, lastSpeaker), 'colon'];
    if (!speaker && isFragment) [speaker, how] = [speakerBefore(beforeTokens, view, verbs, null), 'fragment'];
    if (!speaker && before === '' && after === '') [speaker, how] = [carriedSpeaker(views, view, verbs, lastSpeaker), 'carried'];
    const resolved: string | null = speaker ? resolve(speaker) : null;
    if (resolved && !isFragment) lastSpeaker = resolved;
    quotes.push({ start, end, text: inner.trim(), speaker: resolved, isFragment, sentence: view.sentence.index, how: resolved ? how : 'none' });
  }
  return quotes;
}

// Index in `tokens` where a speech verb starts within the first five tokens, else -1.
function verbAt(tokens: Token[], verbs: string[][], within = 5): number {
  for (let i = 0; i < Math.min(tokens.length, within); i += 1) {
    if (verbs.some((verb) => verb.every((word, j) => tokens[i + j]?.norm === word))) return i;
  }
  return -1;
}

function personAt(view: SentenceView, tokenStart: number, tokenEnd: number): Person | undefined {
  return view.persons.find((p) => {
    const first = view.tokens[p.first] as Token;
    return first.start >= tokenStart && first.start <= tokenEnd;
  });
}

// "», a déclaré Linda Griffin, ..." / "”, Smith said." / "», a-t-il dit" / "», a déclaré le président français"
function speakerAfter(tokens: Token[], verbIndex: number, view: SentenceView, lastSpeaker: string | null): string | null {
  const window = tokens.slice(0, verbIndex + 8);
  const from = window[0]?.start ?? 0;
  const to = window.at(-1)?.end ?? 0;
  const person = personAt(view, from, to);
  if (person) return person.name;
  const verbTokens = tokens.slice(verbIndex, verbIndex + 4).map((t) => t.norm).join(' ');
  if (/-t-(il|elle)|\b(he|she) (said|added)|^(il|elle) /.test(verbTokens) || pronouns.has(tokens[verbIndex - 1]?.norm ?? '')) return lastSpeaker;
  return nameRun(tokens, verbIndex + 1);
}

// The capitalised words right after a verb: "a déclaré Thomas Bellec".
function nameRun(tokens: Token[], from: number): string | null {
  const words: string[] = [];
  for (let i = from; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (!token.isUpper || !/^\p{L}/u.test(token.text)) break;
    words.push(token.text);
  }
  return words.length >= 2 ? words.join(' ') : null;
}

// "M. Vance a affirmé : « ... »" / "According to Dr. Lee: “...”"
function speakerBefore(tokens: Token[], view: SentenceView, verbs: string[][], lastSpeaker: string | null): string | null {
  const hasVerb = tokens.some((_, i) => verbAt(tokens.slice(i), verbs, 1) === 0);
  if (!hasVerb) return null;
  const candidates = view.persons.filter((p) => (view.tokens[p.last] as Token).end <= (tokens.at(-1)?.end ?? 0));
  if (candidates.length > 0) return (candidates.at(-1) as Person).name;
  return pronouns.has(tokens[0]?.norm ?? '') ? lastSpeaker : null;
}

// A quote alone in its sentence speaks for the person the previous sentence introduced:
// "Mme Haddad a pris la parole. « ... »"
function carriedSpeaker(views: SentenceView[], view: SentenceView, verbs: string[][], lastSpeaker: string | null): string | null {
  const previous = views[view.sentence.index - 1];
  if (!previous) return null;
  const persons = previous.persons;
  if (persons.length === 1) return (persons[0] as Person).name;
  const text = previous.tokens.map((t) => t.norm);
  if (persons.length === 0 && lastSpeaker && verbs.some((v) => text.includes(v[0] as string))) return lastSpeaker;
  return null;
}
