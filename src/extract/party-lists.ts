import type { Token } from '../text/index.js';
import type { Mention } from './gazetteer.js';
import type { NumberWords } from './numbers.js';

// What the matcher sees of a sentence: its tokens, the key of each token as the pack matches
// words (folded, or with accents), the mentions starting at each token, the words that may
// stand before a name in a list ("la", "the", "nước"), join one ("et", "as well as", "qu'")
// or make a capital a place ("in", "à", "tại").
export type Scene = {
  tokens: Token[];
  keys: string[];
  mentionsAt: Map<number, Mention[]>;
  determiners: Set<string>;
  conjunctions: Set<string>;
  numberWords: NumberWords;
  locatives?: Set<string>;
};

// One name of a list, and where the list goes on after it (past a parenthesis: "the UK (Britain)").
export type ListItem = { mention: Mention; next: number };

// "la Chine, la France et l’Inde", "Andorra, Georgia, and the United Kingdom", "Kenya (KE)
// and the Republic of Korea (ROK)": mentions of one kind, each after optional
// determiners, joined by commas and conjunctions. A single mention when `isList` is false.
// The lists a pattern may take here, longest first: shorter ones let a following "or" or "et"
// match as a word.
export function listAt(at: number, kind: string, scene: Scene, isList: boolean): ListItem[][] {
  // Every rule that opens with {countries} reads the same lists: read each once per sentence.
  let lists = listCache.get(scene);
  if (!lists) listCache.set(scene, (lists = new Map()));
  const key = `${at}:${kind}:${isList}`;
  let found = lists.get(key);
  if (!found) lists.set(key, (found = readList(at, kind, scene, isList)));
  return found;
}

const listCache = new WeakMap<Scene, Map<string, ListItem[][]>>();

function readList(at: number, kind: string, scene: Scene, isList: boolean): ListItem[][] {
  const items: ListItem[] = [];
  let position = at;
  let hasConjunction = false;
  for (;;) {
    const found = itemAt(position, kind, scene) ?? (isList ? unknownThenItem(position, kind, scene) : null);
    if (!found) break;
    const next = afterAside(found.mention, scene);
    items.push({ mention: found.mention, next });
    if (!isList) break;
    let after = next;
    while (scene.tokens[after]?.text === ',' || scene.conjunctions.has(scene.keys[after] ?? '')) {
      hasConjunction ||= scene.tokens[after]?.text !== ',';
      after += 1;
    }
    if (after === next) break;
    position = after;
  }
  // "Unlike the US, Britain did not sign": two names and a comma are no list, the last is the
  // subject; except opening a headline, where commas stand for "and": "US, China sign ...".
  return items.length === 2 && !hasConjunction && at > 0 ? [items.slice(1), items.slice(0, 1)] : items.map((_, n) => items.slice(0, items.length - n));
}

function itemAt(position: number, kind: string, scene: Scene): { mention: Mention } | null {
  // A name may itself begin with a determiner word: "Các Tiểu vương quốc Ả-rập Thống nhất".
  const own = scene.mentionsAt.get(position)?.find((m) => m.entries.some((e) => e.kind === kind));
  const cursor = own ? position : kind === 'person' ? skipTitle(position, scene) : skipDeterminers(position, scene);
  const mention = own ?? scene.mentionsAt.get(cursor)?.find((m) => m.entries.some((e) => e.kind === kind));
  if (!mention || isPlace(mention, cursor, kind, scene)) return null;
  return { mention };
}

// Names no gazetteer knows (a misspelling, a region) inside a list of known ones do not end
// it: "including Ruritania, Chile and Peru", "leaders from Africa, the Middle East and the EU"
// go on with the known names. At most three such names, of one to three capitalised words.
function unknownThenItem(position: number, kind: string, scene: Scene): { mention: Mention } | null {
  if (kind !== 'country') return null;
  let cursor = position;
  for (let unknown = 0; unknown < 3; unknown += 1) {
    const after = afterUnknownName(cursor, scene);
    if (after === null) return null;
    let next = after;
    while (scene.tokens[next]?.text === ',' || scene.conjunctions.has(scene.keys[next] ?? '')) next += 1;
    if (next === after) return null;
    const found = itemAt(next, kind, scene);
    if (found) return found;
    cursor = next;
  }
  return null;
}

function afterUnknownName(position: number, scene: Scene): number | null {
  const start = skipDeterminers(position, scene);
  let cursor = start;
  while (cursor - start < 3 && isUnknownName(cursor, scene)) cursor += 1;
  return cursor > start ? cursor : null;
}

function isUnknownName(at: number, scene: Scene): boolean {
  const token = scene.tokens[at];
  return token !== undefined && token.isUpper && /^\p{L}{3,}$/u.test(token.text) && !scene.mentionsAt.has(at);
}

// "the United Kingdom (UK)", "la Lituanie (Vilnius)": a short parenthesis after a name, or the
// same name again before a stray ")", belongs to it.
function afterAside(mention: Mention, scene: Scene): number {
  const after = mention.last + 1;
  if (scene.tokens[after]?.text === '(') {
    for (let i = after + 1; i <= after + 6; i += 1) if (scene.tokens[i]?.text === ')') return i + 1;
    return after;
  }
  const again = scene.mentionsAt.get(after)?.find((m) => sameEntity(m, mention));
  return again && scene.tokens[again.last + 1]?.text === ')' ? again.last + 2 : after;
}

function sameEntity(a: Mention, b: Mention): boolean {
  return a.entries.some((e) => b.entries.some((f) => f.kind === e.kind && f.id === e.id));
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

// "A year ago in Paris, the U.S. ...": a capital after a locative ("in", "à", "tại": the
// pack's words) is the city, not its government.
function isPlace(mention: Mention, cursor: number, kind: string, scene: Scene): boolean {
  if (kind !== 'country' || !mention.entries.every((e) => e.kind !== 'country' || e.form === 'metonym')) return false;
  return scene.locatives?.has(scene.keys[cursor - 1] ?? '') ?? false;
}
