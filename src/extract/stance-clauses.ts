import type { LangPack, Token } from '../text/index.js';
import { tokenize } from '../text/index.js';

// The stance construction, for what the literal rules of data/rules miss: a clause that holds a
// signing cue ("endorsed", "signataires", "ký") and the parties it names, whatever stands
// between them: "Japan, Canada and Kenya were also on the list released on Monday". A negator or
// a refusal in the clause makes the parties not signed; a hedge before the cue makes it no fact.
// Every word comes from the `clauses:` block of data/lang/<lang>.yaml.
type Phrases = string[][];
export type Clause = { first: number; last: number };
export type Cues = { sign: number; refusal: number; negator: number; hedge: number; trailing: number; text: boolean };
// The clause construction shares the approximations of the stance rules (`stances:` block):
// "nearly", "près de", "khoảng".
export type ClauseWords = Record<keyof LangPack['clauses'] | 'approximations', Phrases>;
const compiled = new WeakMap<LangPack, ClauseWords>();

export function wordsOf(pack: LangPack): ClauseWords {
  let words = compiled.get(pack);
  if (!words) {
    const keyOf = (t: Token): string => (pack.match_accents ? t.lower : t.norm);
    const lists = { ...pack.clauses, approximations: pack.stances.approximations };
    const entries = Object.entries(lists).map(([name, list]) => [name, list.map((p) => tokenize(p).map(keyOf))]);
    words = Object.fromEntries(entries) as ClauseWords;
    compiled.set(pack, words);
  }
  return words;
}

// Most sentences hold no signing or refusal word at all, and so state no stance: a stance needs
// the first word of one of them.
export function mayStateStance(keys: string[], words: ClauseWords): boolean {
  const starts = firstWords(words, 'stance', ['sign', 'support', 'refusals']);
  return keys.some((key) => starts.has(key));
}

// The first words of the phrases of some of a pack's lists, kept per pack and purpose.
const starts = new WeakMap<ClauseWords, Map<string, Set<string>>>();
function firstWords(words: ClauseWords, purpose: string, lists: (keyof ClauseWords)[]): Set<string> {
  let byPurpose = starts.get(words);
  if (!byPurpose) starts.set(words, (byPurpose = new Map()));
  let found = byPurpose.get(purpose);
  if (!found) byPurpose.set(purpose, (found = new Set(lists.flatMap((list) => words[list]).map((phrase) => phrase[0] ?? ''))));
  return found;
}

// The length of the longest phrase of `phrases` that stands at `at`, or 0. Phrases are looked
// up by their first word: most tokens start none.
export function phraseAt(phrases: Phrases, keys: string[], at: number): number {
  const candidates = byFirstWord(phrases).get(keys[at] ?? '');
  let best = 0;
  if (!candidates) return 0;
  for (const phrase of candidates) if (phrase.length > best && standsAt(phrase, keys, at)) best = phrase.length;
  return best;
}

function standsAt(phrase: readonly string[], keys: string[], at: number): boolean {
  for (let i = 0; i < phrase.length; i += 1) if (keys[at + i] !== phrase[i]) return false;
  return true;
}

const indexes = new WeakMap<Phrases, Map<string, Phrases>>();
function byFirstWord(phrases: Phrases): Map<string, Phrases> {
  let index = indexes.get(phrases);
  if (!index) {
    index = new Map();
    for (const phrase of phrases) index.set(phrase[0] ?? '', [...(index.get(phrase[0] ?? '') ?? []), phrase]);
    indexes.set(phrases, index);
  }
  return index;
}

// Clauses of a sentence: cut at ";", at a break word ("but", "mais", "nhưng") and at a comma
// before a relative word (", which"); a comma inside a list or before "including" cuts nothing.
export function splitClauses(keys: string[], words: ClauseWords): Clause[] {
  const clauses: Clause[] = [];
  let first = 0;
  for (let i = 0; i < keys.length; i += 1) {
    const isCut = keys[i] === ';' || (i > first && phraseAt(words.breaks, keys, i) > 0) || (keys[i - 1] === ',' && phraseAt(words.relatives, keys, i) > 0);
    if (isCut && i > first) {
      clauses.push({ first, last: i - 1 });
      first = i;
    }
  }
  if (first < keys.length) clauses.push({ first, last: keys.length - 1 });
  return clauses;
}

export function cuesOf(clause: Clause, keys: string[], words: ClauseWords, hasDeclaration: boolean): Cues {
  const cues: Cues = { sign: -1, refusal: -1, negator: -1, hedge: -1, trailing: -1, text: hasDeclaration };
  const cueStarts = firstWords(words, 'cues', ['compounds', 'sign', 'support', 'refusals', 'negators', 'hedges', 'trailing_negators', 'texts']);
  for (let i = clause.first; i <= clause.last; i += 1) {
    // Most words open no cue phrase at all: one look-up tells.
    if (!cueStarts.has(keys[i] ?? '')) continue;
    // "Tổng Thư ký" (secretary-general) holds "ký" (sign): a compound word is no cue.
    const compound = phraseAt(words.compounds, keys, i);
    if (compound > 0) {
      i += compound - 1;
      continue;
    }
    if (cues.sign < 0 && (phraseAt(words.sign, keys, i) > 0 || phraseAt(words.support, keys, i) > 0)) cues.sign = i;
    if (cues.refusal < 0 && phraseAt(words.refusals, keys, i) > 0) cues.refusal = i;
    if (cues.negator < 0 && phraseAt(words.negators, keys, i) > 0) cues.negator = i;
    if (cues.hedge < 0 && phraseAt(words.hedges, keys, i) > 0) cues.hedge = i;
    if (phraseAt(words.trailing_negators, keys, i) > 0) cues.trailing = i;
    if (phraseAt(words.texts, keys, i) > 0) cues.text = true;
  }
  return cues;
}

// Is the signing cue a strong one, or a weak verb ("backed", "adopté") with a text to back?
function hasStrongCue(clause: Clause, keys: string[], words: ClauseWords, cues: Cues): boolean {
  if (cues.text) return true;
  for (let i = clause.first; i <= clause.last; i += 1) if (phraseAt(words.sign, keys, i) > 0) return true;
  return false;
}

// The stance a clause states of its parties, or null when it states none.
export function stanceOf(clause: Clause, keys: string[], words: ClauseWords, cues: Cues): 'signed' | 'not_signed' | null {
  const anchor = cues.sign >= 0 ? cues.sign : cues.refusal;
  if (anchor < 0 || (cues.hedge >= 0 && cues.hedge <= anchor)) return null;
  if (hasOtherObject(clause, keys, words)) return null;
  if (cues.refusal >= 0 && (cues.sign >= 0 || cues.text)) return 'not_signed';
  if (cues.sign < 0 || !hasStrongCue(clause, keys, words, cues)) return null;
  // "USA und Großbritannien unterzeichnen Abschlusserklärung nicht": a language whose negator
  // may close the clause after its verb lists it in `trailing_negators`.
  if (cues.trailing > cues.sign) return 'not_signed';
  return cues.negator >= 0 && cues.negator < cues.sign ? 'not_signed' : 'signed';
}

// "signed a memorandum", "l'accord signé en 2016 par le Canada": not the text of a summit.
function hasOtherObject(clause: Clause, keys: string[], words: ClauseWords): boolean {
  for (let i = clause.first; i <= clause.last; i += 1) if (phraseAt(words.others, keys, i) > 0) return true;
  return false;
}
