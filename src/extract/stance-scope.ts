import { tokenize, type Token } from '../text/index.js';
import type { Match, WordClasses } from './pattern.js';

// The words that take a stance back, as keys of the pack (see data/rules/README.md): hedges
// ("could", "pourrait", "có thể"), the future ("will", "signera", "sẽ"), conditions ("if",
// "si", "nếu"), negators ("not", "pas", "không") and the words that end their reach ("but",
// "mais", "nhưng").
export type Scope = { hedges: string[][]; future: string[][]; conditions: string[][]; negators: string[][]; breaks: string[][] };

export function scopeOf(classes: WordClasses, keyOf: (t: Token) => string): Scope {
  const keysOf = (name: string): string[][] => (classes[name] ?? []).map((w) => tokenize(w).map(keyOf)).filter((k) => k.length > 0);
  return {
    hedges: keysOf('hedges'),
    future: keysOf('future'),
    conditions: keysOf('conditions'),
    negators: keysOf('negators'),
    breaks: keysOf('clause_breaks'),
  };
}

// Punctuation that closes a clause: what stood before it does not reach the stance.
const clauseMarks = new Set([',', ';', ':', '—', '–', '(', ')']);

// Is the stance a match states asserted, not hedged, conditional or (for `signed`) negated?
// "Diplomats said Britain could yet sign the text" states nothing; "It was not signed by
// Chile" is no signature; "Britain will not sign" is a refusal, "Britain will sign" no fact.
// A count is taken back like a signature, but not by a negation: "X is not among the 61 signatories".
export function isAsserted(match: Match, keys: string[], scope: Scope, stance: 'signed' | 'not_signed' | 'signatory_count'): boolean {
  const before = [startOfClause(match.first, keys, scope), match.first] as const;
  const inside = withoutAsides(keys, match.first, match.last + 1);
  if (holds(keys, scope.hedges, ...before) || holds(inside, scope.hedges, match.first, match.last + 1)) return false;
  if (holds(keys, scope.conditions, startOfSentencePart(match.first, keys), match.first)) return false;
  if (stance === 'not_signed') return true;
  if (holds(keys, scope.future, ...before) || holds(inside, scope.future, match.first, match.last + 1)) return false;
  if (stance === 'signatory_count') return true;
  // A negation counts in the clause of the first party only: "The text was not signed by
  // Chile" takes Chile's signature back; "Peru did not sign, but Chile did" and "Unlike Chile,
  // Peru did not sign" keep it.
  const party = match.captures[0] ?? { first: match.first, last: match.first };
  const end = Math.min(endOfClause(party.last, keys, scope), match.last + 1);
  return !holds(keys, scope.negators, startOfClause(party.first, keys, scope), end);
}

// The keys with the words between two commas blanked: "India, which will host the next
// summit, signed" holds no future of its own.
function withoutAsides(keys: string[], from: number, to: number): string[] {
  const blanked = [...keys];
  let open = -1;
  for (let i = from; i < to; i += 1) {
    if (keys[i] !== ',') continue;
    if (open < 0) open = i;
    else {
      for (let j = open + 1; j < i; j += 1) blanked[j] = '';
      open = -1;
    }
  }
  return blanked;
}

function startOfClause(first: number, keys: string[], scope: Scope): number {
  for (let i = first - 1; i >= 0; i -= 1) {
    if (clauseMarks.has(keys[i] ?? '')) return i + 1;
    if (scope.breaks.some((words) => endsAt(keys, words, i))) return i + 1;
  }
  return 0;
}

function endOfClause(last: number, keys: string[], scope: Scope): number {
  for (let i = last + 1; i < keys.length; i += 1) {
    if (clauseMarks.has(keys[i] ?? '') || scope.breaks.some((words) => words.every((w, j) => keys[i + j] === w))) return i;
  }
  return keys.length;
}

function startOfSentencePart(first: number, keys: string[]): number {
  for (let i = first - 1; i >= 0; i -= 1) if (keys[i] === ';') return i + 1;
  return 0;
}

// Does a run of words from the list stand wholly inside [from, to)?
function holds(keys: string[], list: string[][], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (list.some((words) => i + words.length <= to && words.every((w, j) => keys[i + j] === w))) return true;
  return false;
}

function endsAt(keys: string[], words: string[], last: number): boolean {
  return words.every((w, j) => keys[last - words.length + 1 + j] === w);
}
