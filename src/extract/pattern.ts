import type { Token } from '../text/index.js';
import type { Mention } from './gazetteer.js';
import { readNumber } from './numbers.js';
import { listAt, type Scene } from './party-lists.js';
import { nameStarts, wordStarts } from './pattern-starts.js';
import type { Element, Pattern, SlotKind } from './pattern-compile.js';

export type { Scene } from './party-lists.js';
export { compilePattern, requiredKinds, requiredWords, type Element, type Pattern, type SlotKind, type WordClasses } from './pattern-compile.js';

// Matching a compiled pattern (pattern-compile.ts) against the tokens of one sentence.
export type Capture = { kind: SlotKind; mentions: Mention[]; first: number; last: number; value?: number };
export type Match = { first: number; last: number; captures: Capture[] };
// Every non-overlapping match, left to right.
export function findMatches(pattern: Pattern, scene: Scene): Match[] {
  const matches: Match[] = [];
  // The first element that consumes a token ("!(...)" consumes none).
  const head = pattern.find((e) => e.type !== 'not-after');
  // Most positions cannot start a match: a required first word that is not there.
  const firstWords = head?.type === 'words' && !head.isOptional ? head.byFirst : null;
  // A pattern that opens with a name slot starts at a mention or at a word that may precede one;
  // one that opens with a number, at a digit or a number word.
  const opensWithName = head?.type === 'slot' && !head.isOptional && head.kind !== 'number';
  const opensWithNumber = head?.type === 'slot' && !head.isOptional && head.kind === 'number';
  // One capture list for every start, emptied before each: copied only when a match holds.
  const captures: Capture[] = [];
  startMemo(pattern.length, scene.tokens.length);
  const starts = firstWords ? wordStarts(firstWords, scene) : opensWithName ? nameStarts(scene) : null;
  let after = 0;
  for (let n = 0, end = starts ? starts.length : scene.tokens.length; n < end; n += 1) {
    const start = starts ? (starts[n] as number) : n;
    if (start < after) continue;
    if (opensWithName && head.kind === 'countries' && isInsideList(start, scene)) continue;
    if (opensWithNumber && !mayOpenNumber(scene.tokens[start] as Token, scene)) continue;
    captures.length = 0;
    const last = matchFrom(pattern, 0, start, scene, captures);
    if (last !== null && last >= start) {
      matches.push({ first: start, last, captures: [...captures] });
      after = last + 1;
    }
  }
  return matches;
}

// A list of parties has both its boundaries: a match never opens on its second item
// ("on note l'absence du Chili et du Pérou parmi les signataires" is no signature of either).
function isInsideList(start: number, scene: Scene): boolean {
  let at = start - 1;
  while (at >= 0 && scene.determiners.has(scene.keys[at] ?? '')) at -= 1;
  if (at < 1 || !(scene.keys[at] === ',' || scene.conjunctions.has(scene.keys[at] ?? ''))) return false;
  // "À Pékin, la France et la Chine ont signé": a place before the comma opens no list.
  const before = countryStarts(scene).get(at - 1);
  if (before === undefined) return false;
  let word = before - 1;
  while (word >= 0 && scene.determiners.has(scene.keys[word] ?? '')) word -= 1;
  return !scene.locatives?.has(scene.keys[word] ?? '');
}

// Where each country mention starts, by the token it ends at.
const startsOf = new WeakMap<Scene, Map<number, number>>();
function countryStarts(scene: Scene): Map<number, number> {
  let starts = startsOf.get(scene);
  if (!starts) {
    const countries = [...scene.mentionsAt.values()].flat().filter((m) => m.entries.some((e) => e.kind === 'country'));
    starts = new Map(countries.map((m) => [m.last, m.first]));
    startsOf.set(scene, starts);
  }
  return starts;
}

// A digit, or a number word (its first part: "twenty-eight").
function mayOpenNumber(token: Token, scene: Scene): boolean {
  const code = token.text.charCodeAt(0);
  if (code >= 48 && code <= 57) return true;
  const dash = token.norm.indexOf('-');
  return scene.numberWords.has(dash === -1 ? token.norm : token.norm.slice(0, dash));
}

// Whether the rest of a pattern from an element at a position has failed already: it fails
// again, whatever came before (captures are undone on failure), so gaps and optional words do
// not try the same rest twice. One buffer, cleared for each pattern and sentence.
let failed = new Uint8Array(1024);
let width = 0;

function startMemo(elements: number, tokens: number): void {
  width = tokens + 2;
  const size = (elements + 1) * width;
  if (failed.length < size) failed = new Uint8Array(size * 2);
  else failed.fill(0, 0, size);
}

// Returns the index of the last token consumed (start - 1 when nothing was), or null.
function matchFrom(pattern: Pattern, index: number, at: number, scene: Scene, captures: Capture[]): number | null {
  const slot = index * width + at;
  if (failed[slot] === 1) return null;
  const end = matchRest(pattern, index, at, scene, captures);
  if (end === null) failed[slot] = 1;
  return end;
}

function matchRest(pattern: Pattern, index: number, at: number, scene: Scene, captures: Capture[]): number | null {
  const element = pattern[index];
  if (!element) return at - 1;
  if (element.type === 'not-after') {
    // Before a name, the words are looked for past its determiners: "l'absence des États-Unis".
    let before = at;
    while (before > 0 && scene.determiners.has(scene.keys[before - 1] ?? '')) before -= 1;
    const endsAt = (end: number): boolean => element.alternatives.some((alt) => alt.every((key, i) => scene.keys[end - alt.length + i] === key));
    const isAfter = endsAt(at) || (before !== at && endsAt(before));
    return isAfter ? null : matchFrom(pattern, index + 1, at, scene, captures);
  }
  if (element.type === 'gap') {
    for (let skip = 0; skip <= element.max && at + skip <= scene.tokens.length; skip += 1) {
      const skipped = scene.tokens[at + skip - 1]?.text ?? '';
      if (skip > 0 && ((element.isClause && !/^[\p{L}\p{N}]/u.test(skipped)) || (element.isLong && skipped === ';'))) break;
      const end = matchFrom(pattern, index + 1, at + skip, scene, captures);
      if (end !== null) return end;
    }
    return null;
  }
  for (const next of stepsOf(element, at, scene)) {
    const mark = captures.length;
    if (next.capture && !(element.type === 'slot' && element.isSilent)) captures.push(next.capture);
    const end = matchFrom(pattern, index + 1, next.at, scene, captures);
    if (end !== null) return end;
    captures.length = mark;
  }
  return element.isOptional ? matchFrom(pattern, index + 1, at, scene, captures) : null;
}

type Step = { at: number; capture?: Capture };
// Shared and never written to: most positions match no word.
const noSteps: Step[] = [];
const noAlternatives: string[][] = [];

function stepsOf(element: Extract<Element, { type: 'words' | 'slot' }>, at: number, scene: Scene): Step[] {
  if (element.type === 'words') {
    let steps: Step[] = noSteps;
    // A few alternatives are compared in place; many are looked up by the word at hand.
    const key = scene.keys[at] ?? '';
    const alternatives = element.alternatives.length <= 6 ? element.alternatives : (element.byFirst.get(key) ?? noAlternatives);
    for (const alt of alternatives) {
      if (alt[0] !== key) continue;
      let isMatch = true;
      for (let i = 0; i < alt.length && isMatch; i += 1) isMatch = scene.keys[at + i] === alt[i];
      if (isMatch) (steps === noSteps ? (steps = []) : steps).push({ at: at + alt.length });
    }
    return steps;
  }
  if (element.kind === 'number') {
    const number = readNumber(scene.tokens, at, scene.numberWords);
    return number ? [{ at: at + number.length, capture: { kind: 'number', mentions: [], first: at, last: at + number.length - 1, value: number.value } }] : [];
  }
  // Many rules open with the same slot: its steps at a position are built once per sentence.
  if (scene !== stepsScene) [stepsScene, slotSteps] = [scene, new Map()];
  let byPosition = slotSteps.get(element.kind);
  if (!byPosition) slotSteps.set(element.kind, (byPosition = []));
  let steps = byPosition[at];
  if (!steps) byPosition[at] = steps = slotStepsAt(element.kind, at, scene);
  return steps;
}

// The steps of each slot at each position, for the sentence being matched (rules are matched
// one sentence at a time: a new sentence starts a new memo).
let stepsScene: Scene | null = null;
let slotSteps = new Map<SlotKind, Step[][]>();

function slotStepsAt(slot: SlotKind, at: number, scene: Scene): Step[] {
  const isList = slot === 'countries' || slot === 'persons';
  const kind = slot === 'countries' ? 'country' : slot === 'persons' ? 'person' : slot;
  const lists = listAt(at, kind, scene, isList);
  if (lists.length === 0) return noSteps;
  return lists.map((list) => {
    const lastItem = list.at(-1) as (typeof list)[number];
    const mentions: Mention[] = list.map((item) => item.mention);
    return { at: lastItem.next, capture: { kind: slot, mentions, first: at, last: lastItem.next - 1 } };
  });
}
