import type { Rule } from './rules.js';

// Rules by one word each must find in a sentence (its required group with the longest words,
// a fair guess at the rarest): a sentence only meets the rules its own words can start. Every
// required group of the pack has a number; a sentence marks the groups its words belong to,
// and a rule is worth trying when all its groups are marked. One lookup per word of a sentence.
type Indexed = { rule: Rule; order: number; groups: number[] };
type ByWord = { groups: number[]; rules: Indexed[] };
export type RuleIndex = { always: Indexed[]; byWord: Map<string, ByWord>; marks: Int32Array; seen: Int32Array; stamp: number };

export function indexRules(rules: Rule[]): RuleIndex {
  const ids = new Map<string, number>();
  const index: RuleIndex = { always: [], byWord: new Map(), marks: new Int32Array(0), seen: new Int32Array(rules.length), stamp: 0 };
  const entryOf = (word: string): ByWord => {
    let entry = index.byWord.get(word);
    if (!entry) index.byWord.set(word, (entry = { groups: [], rules: [] }));
    return entry;
  };
  rules.forEach((rule, order) => {
    const indexed = { rule, order, groups: rule.required.map((words) => groupId(words, ids, entryOf)) };
    const anchor = [...rule.required].sort((a, b) => averageLength(b) - averageLength(a))[0];
    if (!anchor) index.always.push(indexed);
    else for (const word of anchor) entryOf(word).rules.push(indexed);
  });
  index.marks = new Int32Array(ids.size);
  return index;
}

// Groups with the same words share a number.
function groupId(words: Set<string>, ids: Map<string, number>, entryOf: (word: string) => ByWord): number {
  const key = [...words].sort().join('\u0000');
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
    for (const word of words) entryOf(word).groups.push(id);
  }
  return id;
}

// The rules worth trying on a sentence with these words: those it always meets, then by the
// sentence's words in order, each once.
export function candidateRules(index: RuleIndex, keys: Set<string>): Rule[] {
  const stamp = (index.stamp = (index.stamp + 1) | 0 || 1);
  const { marks, seen } = index;
  const entries: ByWord[] = [];
  for (const word of keys) {
    const entry = index.byWord.get(word);
    if (!entry) continue;
    entries.push(entry);
    for (const id of entry.groups) marks[id] = stamp;
  }
  const found: Rule[] = [];
  const take = (indexed: Indexed): void => {
    if (seen[indexed.order] === stamp) return;
    seen[indexed.order] = stamp;
    for (const id of indexed.groups) if (marks[id] !== stamp) return;
    found.push(indexed.rule);
  };
  for (const indexed of index.always) take(indexed);
  for (const entry of entries) for (const indexed of entry.rules) take(indexed);
  return found;
}

function averageLength(words: Set<string>): number {
  return [...words].reduce((sum, w) => sum + w.length, 0) / Math.max(1, words.size);
}
