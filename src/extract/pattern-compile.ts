import { tokenize } from '../text/index.js';
import type { EntityKind } from './gazetteer.js';

// The tiny pattern language of data/rules (see data/rules/README.md):
//   word            a literal word, matched without case or accents ("signé" = "signe")
//   (a|b c)         one of the alternatives, each a run of literal words
//   x?              the element before is optional
//   {kind}          one mention of a gazetteer kind: country, organization, event, declaration,
//                   initiative, role, city, person; {number} a number, in digits or words
//   {countries}     a list of country mentions joined by commas and conjunctions, each with its
//                   article: "la Chine, la France et l'Inde"; {persons} the same for persons
//   @name           one of the words of a class of the language pack's `stances` block:
//                   "@auxiliaries? @sign_verbs" is "(has|have|had)? (signed|endorsed|...)"
//   {-countries}    a slot that must match but yields nothing: "unlike {countries} , {-countries} did not sign"
//   ...             up to eight tokens of anything
//   ....            up to sixteen tokens, not past a ";": stays inside one sentence part
//   ..              up to four words, no punctuation: stays inside one clause
//   !(a|b c)        not right after these words: "!(nearly|about) {number} countries"
export type Element =
  | { type: 'words'; alternatives: string[][]; isOptional: boolean; byFirst: Map<string, string[][]> }
  | { type: 'not-after'; alternatives: string[][] }
  | { type: 'slot'; kind: SlotKind; isOptional: boolean; isSilent?: boolean }
  | { type: 'gap'; max: number; isClause: boolean; isLong?: boolean };
export type SlotKind = EntityKind | 'number' | 'countries' | 'persons';
export type Pattern = Element[];

// Words a sentence must hold for a pattern to have a chance: one of each required group's
// first words. Checking them first skips most rules in most sentences.
export function requiredWords(pattern: Pattern): Set<string>[] {
  return pattern
    .filter((e): e is Extract<Element, { type: 'words' }> => e.type === 'words' && !e.isOptional)
    .map((e) => new Set(e.alternatives.map((alt) => alt[0] as string)));
}

// The kinds of mention a sentence must hold for the pattern to match: one per slot it cannot
// skip ({countries} and {persons} read mentions of a country, of a person; a number is no mention).
export function requiredKinds(pattern: Pattern): string[] {
  const kinds = pattern.flatMap((e) => (e.type === 'slot' && !e.isOptional && e.kind !== 'number' ? [e.kind] : []));
  return [...new Set(kinds.map((kind) => (kind === 'countries' ? 'country' : kind === 'persons' ? 'person' : kind)))];
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

// Word classes by name, as the language pack lists them: { sign_verbs: ['signed', ...] }.
export type WordClasses = Partial<Record<string, string[]>>;

export function compilePattern(source: string, matchAccents = false, classes: WordClasses = {}): Pattern {
  const elements: Element[] = [];
  const expanded = expandClasses(source, classes);
  for (const [, negated, group, slot, gap, word, optional] of expanded.matchAll(/(!)?\(([^)]*)\)|\{(-?\w+)\}|(\.{2,4})(?=\s|$)|([^\s(){}?!]+)|(\?)/g)) {
    if (group !== undefined && /[{}]|\.\./.test(group)) throw new Error(`pattern "${source}": a group holds words only, not slots or gaps: (${group})`);
    if (optional) {
      const last = elements.at(-1);
      if (!last || last.type === 'gap' || last.type === 'not-after') throw new Error(`pattern "${source}": "?" must follow a word, a group or a slot`);
      last.isOptional = true;
    } else if (negated) elements.push({ type: 'not-after', alternatives: alternativesOf(group ?? '', source, matchAccents) });
    else if (gap) elements.push(gapOf(gap));
    else if (slot !== undefined) {
      const kind = slot.replace(/^-/, '');
      if (!slotKinds.has(kind)) throw new Error(`pattern "${source}": unknown slot {${slot}}`);
      elements.push({ type: 'slot', kind: kind as SlotKind, isOptional: false, isSilent: slot.startsWith('-') });
    } else {
      const alternatives = alternativesOf(group ?? word ?? '', source, matchAccents);
      elements.push({ type: 'words', alternatives, isOptional: false, byFirst: byFirstWord(alternatives) });
    }
  }
  if (elements.length === 0) throw new Error('empty pattern');
  return elements;
}

// "@agents {number}" -> "(by|jointly by) {number}"; inside a group each alternative runs over
// every combination: "(@sign_passive @agents|backing of)" -> "(signed by|backed by|...|backing of)".
function expandClasses(source: string, classes: WordClasses): string {
  const inGroups = source.replace(/\(([^()]*@[^()]*)\)/g, (_, group: string) => {
    const alternatives = group.split('|').flatMap((alt) =>
      alt
        .trim()
        .split(/\s+/)
        .reduce<string[]>(
          (runs, word) => {
            const words = word.startsWith('@') ? wordsOf(classes, word.slice(1), source) : [word];
            return runs.flatMap((run) => words.map((w) => (run ? `${run} ${w}` : w)));
          },
          [''],
        ),
    );
    return `(${alternatives.join('|')})`;
  });
  return inGroups.replace(/@(\w+)/g, (_, name: string) => `(${wordsOf(classes, name, source).join('|')})`);
}

// A class expands to hundreds of alternatives: look up only those that start with the word at hand.
function byFirstWord(alternatives: string[][]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const alt of alternatives) index.set(alt[0] as string, [...(index.get(alt[0] as string) ?? []), alt]);
  return index;
}

function wordsOf(classes: WordClasses, name: string, source: string): string[] {
  const words = classes[name];
  if (!words || words.length === 0) throw new Error(`pattern "${source}": no words in class @${name}`);
  if (words.some((w) => /[(){}|?!@]/.test(w))) throw new Error(`pattern "${source}": class @${name} holds a character of the pattern language`);
  return words;
}

function gapOf(gap: string): Element {
  if (gap === '....') return { type: 'gap', max: 16, isClause: false, isLong: true };
  return gap === '...' ? { type: 'gap', max: 8, isClause: false } : { type: 'gap', max: 4, isClause: true };
}

function alternativesOf(group: string, source: string, matchAccents: boolean): string[][] {
  const alternatives = group.split('|').map((alt) => tokenize(alt.trim()).map((t) => (matchAccents ? t.lower : t.norm)));
  if (alternatives.some((alt) => alt.length === 0)) throw new Error(`pattern "${source}": empty alternative`);
  return alternatives;
}
