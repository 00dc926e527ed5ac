import { tokenize, type Token } from '../text/index.js';
import type { EntityKind, Mention } from './gazetteer.js';
import { readNumber, type NumberWords } from './numbers.js';

// The tiny pattern language of data/rules (see data/rules/README.md):
//   word            a literal word, matched without case or accents ("signé" = "signe")
//   (a|b c)         one of the alternatives, each a run of literal words
//   x?              the element before is optional
//   {kind}          one mention of a gazetteer kind: country, organization, event, declaration,
//                   initiative, role, city, person; {number} a number, in digits or words
//   {countries}     a list of country mentions joined by commas and conjunctions, each with its
//                   article: "la Chine, la France et l'Inde"; {persons} the same for persons
//   ...             up to eight tokens of anything
//   ..              up to four words, no punctuation: stays inside one clause
//   !(a|b c)        not right after these words: "!(nearly|about) {number} countries"
export type Element =
  | { type: 'words'; alternatives: string[][]; isOptional: boolean }
  | { type: 'not-after'; alternatives: string[][] }
  | { type: 'slot'; kind: SlotKind; isOptional: boolean }
  | { type: 'gap'; max: number; isClause: boolean };
export type SlotKind = EntityKind | 'number' | 'countries' | 'persons';
export type Pattern = Element[];

// Words a sentence must hold for a pattern to have a chance: one of each required group's
// first words. Checking them first skips most rules in most sentences.
export function requiredWords(pattern: Pattern): Set<string>[] {
  return pattern
    .filter((e): e is Extract<Element, { type: 'words' }> => e.type === 'words' && !e.isOptional)
    .map((e) => new Set(e.alternatives.map((alt) => alt[0] as string)));
}

const slotKinds = new Set<string>([
  'country',
  'organization',
  'event',
  'declaration',
  'initiative',
  'role',
  'city',
  'person',
  'number',
  'countries',
  'persons',
]);

export function compilePattern(source: string, matchAccents = false): Pattern {
  const elements: Element[] = [];
  for (const [, negated, group, slot, gap, word, optional] of source.matchAll(/(!)?\(([^)]*)\)|\{(\w+)\}|(\.\.\.?)(?=\s|$)|([^\s(){}?!]+)|(\?)/g)) {
    if (group !== undefined && /[{}]|\.\./.test(group)) throw new Error(`pattern "${source}": a group holds words only, not slots or gaps: (${group})`);
    if (optional) {
      const last = elements.at(-1);
      if (!last || last.type === 'gap' || last.type === 'not-after') throw new Error(`pattern "${source}": "?" must follow a word, a group or a slot`);
      last.isOptional = true;
    } else if (negated) elements.push({ type: 'not-after', alternatives: alternativesOf(group ?? '', source, matchAccents) });
    else if (gap) elements.push(gap === '...' ? { type: 'gap', max: 8, isClause: false } : { type: 'gap', max: 4, isClause: true });
    else if (slot !== undefined) {
      if (!slotKinds.has(slot)) throw new Error(`pattern "${source}": unknown slot {${slot}}`);
      elements.push({ type: 'slot', kind: slot as SlotKind, isOptional: false });
    } else {
      elements.push({ type: 'words', alternatives: alternativesOf(group ?? word ?? '', source, matchAccents), isOptional: false });
    }
  }
  if (elements.length === 0) throw new Error('empty pattern');
  return elements;
}

function alternativesOf(group: string, source: string, matchAccents: boolean): string[][] {
  const alternatives = group.split('|').map((alt) => tokenize(alt.trim()).map((t) => (matchAccents ? t.lower : t.norm)));
  if (alternatives.some((alt) => alt.length === 0)) throw new Error(`pattern "${source}": empty alternative`);
  return alternatives;
}

export type Capture = { kind: SlotKind; mentions: Mention[]; first: number; last: number; value?: number };
export type Match = { first: number; last: number; captures: Capture[] };
// What the matcher sees of a sentence: its tokens, the key of each token as the pack matches
// words (folded, or with accents), the mentions starting at each token, and the words that may
// stand before a name in a list ("la", "the", "nước").
export type Scene = {
  tokens: Token[];
  keys: string[];
  mentionsAt: Map<number, Mention[]>;
  determiners: Set<string>;
  conjunctions: Set<string>;
  numberWords: NumberWords;
};

// Every non-overlapping match, left to right.
export function findMatches(pattern: Pattern, scene: Scene): Match[] {
  const matches: Match[] = [];
  // The first element that consumes a token ("!(...)" consumes none).
  const head = pattern.find((e) => e.type !== 'not-after');
  // Most positions cannot start a match: a required first word that is not there.
  const firstWords = head?.type === 'words' && !head.isOptional ? new Set(head.alternatives.map((alt) => alt[0])) : null;
  // A pattern that opens with a name slot starts at a mention or at a word that may precede one;
  // one that opens with a number, at a digit or a number word.
  const opensWithName = head?.type === 'slot' && !head.isOptional && head.kind !== 'number';
  const opensWithNumber = head?.type === 'slot' && !head.isOptional && head.kind === 'number';
  for (let start = 0; start < scene.tokens.length; start += 1) {
    if (firstWords && !firstWords.has(scene.keys[start] as string)) continue;
    if (opensWithName && !scene.mentionsAt.has(start) && !scene.determiners.has(scene.keys[start] as string)) continue;
    if (opensWithNumber && !/^\d/.test(scene.tokens[start]?.text ?? '') && !scene.numberWords.has((scene.tokens[start]?.norm ?? '').split('-')[0] as string))
      continue;
    const captures: Capture[] = [];
    const last = matchFrom(pattern, 0, start, scene, captures);
    if (last !== null && last >= start) {
      matches.push({ first: start, last, captures: [...captures] });
      start = last;
    }
  }
  return matches;
}

// Returns the index of the last token consumed (start - 1 when nothing was), or null.
function matchFrom(pattern: Pattern, index: number, at: number, scene: Scene, captures: Capture[]): number | null {
  const element = pattern[index];
  if (!element) return at - 1;
  if (element.type === 'not-after') {
    const isAfter = element.alternatives.some((alt) => alt.every((key, i) => scene.keys[at - alt.length + i] === key));
    return isAfter ? null : matchFrom(pattern, index + 1, at, scene, captures);
  }
  if (element.type === 'gap') {
    for (let skip = 0; skip <= element.max && at + skip <= scene.tokens.length; skip += 1) {
      if (element.isClause && skip > 0 && !/^[\p{L}\p{N}]/u.test(scene.tokens[at + skip - 1]?.text ?? '')) break;
      const end = matchFrom(pattern, index + 1, at + skip, scene, captures);
      if (end !== null) return end;
    }
    return null;
  }
  for (const next of stepsOf(element, at, scene)) {
    const mark = captures.length;
    if (next.capture) captures.push(next.capture);
    const end = matchFrom(pattern, index + 1, next.at, scene, captures);
    if (end !== null) return end;
    captures.length = mark;
  }
  return element.isOptional ? matchFrom(pattern, index + 1, at, scene, captures) : null;
}

type Step = { at: number; capture?: Capture };
// Shared and never written to: most positions match no word.
const noSteps: Step[] = [];

function stepsOf(element: Extract<Element, { type: 'words' | 'slot' }>, at: number, scene: Scene): Step[] {
  if (element.type === 'words') {
    let steps: Step[] = noSteps;
    for (const alt of element.alternatives) {
      let isMatch = true;
      for (let i = 0; i < alt.length && isMatch; i += 1) isMatch = scene.keys[at + i] === alt[i];
      if (isMatch) steps = [...steps, { at: at + alt.length }];
    }
    return steps;
  }
  if (element.kind === 'number') {
    const number = readNumber(scene.tokens, at, scene.numberWords);
    return number ? [{ at: at + number.length, capture: { kind: 'number', mentions: [], first: at, last: at + number.length - 1, value: number.value } }] : [];
  }
  const isList = element.kind === 'countries' || element.kind === 'persons';
  const kind = element.kind === 'countries' ? 'country' : element.kind === 'persons' ? 'person' : element.kind;
  const items = listAt(at, kind, scene, isList);
  // Longest list first; shorter ones let a following "or" or "et" match as a word.
  return items
    .map((_, n) => items.slice(0, items.length - n))
    .map((list) => {
      const lastMention = list.at(-1) as Mention;
      return { at: lastMention.last + 1, capture: { kind: element.kind, mentions: list, first: at, last: lastMention.last } };
    });
}

function skipDeterminers(at: number, scene: Scene): number {
  let cursor = at;
  while (scene.determiners.has(scene.keys[cursor] ?? '')) cursor += 1;
  return cursor;
}

// Before a person in a list stand their title and nationality: "le Premier ministre indien
// Narendra Modi", "Thứ trưởng Bộ TT&TT Bùi Hoàng Phương". At most eight tokens of
// determiners, roles, demonyms, countries and organisations.
function skipTitle(at: number, scene: Scene): number {
  let cursor = skipDeterminers(at, scene);
  while (cursor - at <= 8) {
    const title = scene.mentionsAt.get(cursor)?.find((m) => m.entries.some((e) => e.kind === 'role' || e.kind === 'country' || e.kind === 'organization'));
    if (!title || scene.mentionsAt.get(cursor)?.some((m) => m.entries.some((e) => e.kind === 'person'))) break;
    cursor = skipDeterminers(title.last + 1, scene);
  }
  return cursor;
}

// "la Chine, la France et l’Inde": mentions of one kind, each after optional determiners,
// joined by commas and conjunctions. A single mention when `isList` is false.
function listAt(at: number, kind: string, scene: Scene, isList: boolean): Mention[] {
  const items: Mention[] = [];
  let position = at;
  let hasConjunction = false;
  for (;;) {
    // A name may itself begin with a determiner word: "Các Tiểu vương quốc Ả-rập Thống nhất".
    const own = scene.mentionsAt.get(position)?.find((m) => m.entries.some((e) => e.kind === kind));
    const cursor = own ? position : kind === 'person' ? skipTitle(position, scene) : skipDeterminers(position, scene);
    const mention = own ?? scene.mentionsAt.get(cursor)?.find((m) => m.entries.some((e) => e.kind === kind));
    if (!mention || isPlace(mention, cursor, kind, scene)) break;
    items.push(mention);
    if (!isList) break;
    let after = mention.last + 1;
    while (scene.tokens[after]?.text === ',' || scene.conjunctions.has(scene.keys[after] ?? '')) {
      hasConjunction ||= scene.tokens[after]?.text !== ',';
      after += 1;
    }
    if (after === mention.last + 1) break;
    position = after;
  }
  // "Unlike the US, Britain did not sign": two names and a comma are no list, the last is the
  // subject; except opening a headline, where commas stand for "and": "US, China sign ...".
  return items.length === 2 && !hasConjunction && at > 0 ? items.slice(1) : items;
}

const locatives = new Set(['in', 'at', 'a', 'dans', 'tai', 'o']);

// "A year ago in Paris, the U.S. ...": a capital after "in" is the city, not its government.
function isPlace(mention: Mention, cursor: number, kind: string, scene: Scene): boolean {
  if (kind !== 'country' || !mention.entries.every((e) => e.kind !== 'country' || e.form === 'metonym')) return false;
  return locatives.has(scene.tokens[cursor - 1]?.norm ?? '');
}
