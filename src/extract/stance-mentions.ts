import type { Mention } from './gazetteer.js';
import type { Scene } from './pattern.js';
import { phraseAt, type ClauseWords } from './stance-clauses.js';

// A country mention that names no party, whatever the clause says:
//   "PARIS, Feb 11 — ...", "New Delhi: ..."          a dateline
//   "Mistral AI (France)", "Vilnius (Lituanie)"       a label in brackets
//   "UK's tech secretary", "Thủ tướng Anh Rishi Sunak" part of a person's title
//   "the Paris statement", "tuyên bố Paris"           part of a text's or summit's name
//   "US companies", "nhà khoa học Canada"            a word that makes it an adjective
//   "“... with China on board,” he said"              a speaker's words, not the report's
export function isNoParty(mention: Mention, scene: Scene, words: ClauseWords, quoted: Set<number>): boolean {
  return (
    quoted.has(mention.first) ||
    isDateline(mention, scene) ||
    isBracketLabel(mention, scene) ||
    isInTitle(mention, scene) ||
    phraseAt(words.not_party_after, scene.keys, mention.last + 1) > 0 ||
    words.not_party_before.some((p) => p.every((key, i) => scene.keys[mention.first - p.length + i] === key)) ||
    isInName(mention, scene, words)
  );
}

// Only names and commas before it: "NEW DELHI, India, June 4 — ...".
function isDateline(mention: Mention, scene: Scene): boolean {
  if (mention.first > 4 || scene.tokens.slice(0, mention.first).some((t) => t.text !== ',' && !t.isUpper)) return false;
  const next = scene.tokens[mention.last + 1]?.text ?? '';
  if (next === ':' || next === '—' || next === '–') return true;
  return next === ',' && scene.tokens.slice(mention.last + 2, mention.last + 7).some((t) => t.text === '—' || t.text === '–');
}

function isBracketLabel(mention: Mention, scene: Scene): boolean {
  const open = mention.first - 1;
  if (scene.tokens[open]?.text !== '(' || scene.tokens[mention.last + 1]?.text !== ')') return false;
  // "Vilnius (Lituanie)", "Zhipu.ai (Trung Quốc)": a name labelled with its country; not "the
  // Emirates (UAE)", the same country by its name twice.
  const code = mention.entries.find((e) => e.kind === 'country')?.id;
  const isAlias = [...scene.mentionsAt.values()]
    .flat()
    .some((m) => m.last === open - 1 && m.entries.some((e) => e.kind === 'country' && e.id === code && e.form === 'name'));
  return /^[\p{L}\p{N}]/u.test(scene.tokens[open - 1]?.text ?? '') && !isAlias;
}

function isInTitle(mention: Mention, scene: Scene): boolean {
  const next = mention.last + 1;
  if (scene.mentionsAt.get(next)?.some((m) => m.entries.some((e) => e.kind === 'person'))) return true;
  const isPossessive = /^['’]$/.test(scene.tokens[next]?.text ?? '') && scene.keys[next + 1] === 's';
  if (!isPossessive) return false;
  for (let at = next + 2; at <= next + 4; at += 1) if (scene.mentionsAt.get(at)?.some((m) => m.entries.some((e) => e.kind === 'role'))) return true;
  return false;
}

// Only capitals and cities stand in a name this way; "the UK declaration" is rare.
function isInName(mention: Mention, scene: Scene, words: ClauseWords): boolean {
  if (!mention.entries.every((e) => e.kind !== 'country' || e.form === 'metonym')) return false;
  const after = mention.last + 1;
  if (phraseAt(words.texts, scene.keys, after) > 0 || phraseAt(words.summits, scene.keys, after) > 0) return true;
  // Back past links, determiners and a list of other places: "the declarations of Bletchley and
  // Seoul", "die Deklarationen von Bletchley und Seoul".
  for (let at = mention.first - 1; at >= Math.max(0, mention.first - 6); at -= 1) {
    const isNoun = (list: string[][]): boolean => list.some((p) => p.every((key, i) => scene.keys[at - p.length + 1 + i] === key));
    if (isNoun(words.texts) || isNoun(words.summits)) return true;
    const key = scene.keys[at] ?? '';
    const isLink = words.links.some((p) => p.length === 1 && p[0] === key) || scene.determiners.has(key) || scene.conjunctions.has(key) || key === ',';
    if (!isLink && !isPlaceToken(at, scene)) break;
  }
  return false;
}

function isPlaceToken(at: number, scene: Scene): boolean {
  return [...scene.mentionsAt.values()].some((list) => list.some((m) => m.first <= at && at <= m.last && m.entries.some((e) => e.kind === 'city' || e.form === 'metonym')));
}

// Tokens between quote marks: "“... with China on board,” he said".
export function quotedTokens(scene: Scene, marks: [string, string][]): Set<number> {
  const quoted = new Set<number>();
  let close: string | null = null;
  scene.tokens.forEach((token, i) => {
    if (close !== null && token.text === close) close = null;
    else if (close === null) close = marks.find(([open]) => open === token.text)?.[1] ?? null;
    else quoted.add(i);
  });
  return quoted;
}
