import { foldKey, tokenize, type LangPack, type Token } from '../text/index.js';
import type { Mention } from './gazetteer.js';

export type NamedOrganization = { name: string; first: number; last: number };
type Words = {
  heads: Map<string, string[][]>;
  links: Set<string>;
  stops: Set<string>;
  leftStops: Set<string>;
  adjective: RegExp | null;
  lowercase: LangPack['organization_lowercase'];
  key: 'norm' | 'lower';
};

// Organisations the gazetteers do not know, named the way organisations name themselves: a
// head word and what follows ("Centre for Digital Statecraft", "l'Institut européen d'études
// numériques", "Viện Quan sát Công nghệ và Xã hội") or, in English, before ("Harcourt Lane Partners").
export function findOrganizations(tokens: Token[], mentions: Mention[], pack: LangPack): NamedOrganization[] {
  const words = wordsOf(pack);
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.first; i <= m.last; i += 1) covered.add(i);
  const found: NamedOrganization[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!(tokens[i] as Token).isUpper || covered.has(i)) continue;
    const head = headAt(tokens, i, words);
    if (head === 0) continue;
    const first = words.lowercase === false ? extendLeft(tokens, i, covered, words.leftStops) : i;
    const last = extendRight(tokens, i + head - 1, covered, words);
    if (last - first + 1 < 2 || (last === i + head - 1 && first === i)) continue;
    found.push({
      name: tokens
        .slice(first, last + 1)
        .map((t) => t.text)
        .join(' ')
        .replace(/ ([’'-]) /g, '$1')
        .replace(/(\p{L}['’]) /gu, '$1'),
      first,
      last,
    });
    i = last;
  }
  return found;
}

const packWords = new WeakMap<LangPack, Words>();

function wordsOf(pack: LangPack): Words {
  let words = packWords.get(pack);
  if (!words) {
    const key = pack.match_accents ? 'lower' : 'norm';
    words = {
      heads: byFirst(pack.organization_heads.map((h) => tokenize(h).map((t) => t[key]))),
      links: new Set(pack.organization_links.map(foldKey)),
      stops: new Set(pack.organization_stops.map(foldKey)),
      leftStops: new Set(pack.organization_left_stops.map(foldKey)),
      adjective: pack.organization_adjective ? new RegExp(pack.organization_adjective, 'u') : null,
      lowercase: pack.organization_lowercase,
      key,
    };
    packWords.set(pack, words);
  }
  return words;
}

// Heads by their first word, in pack order: most words open none.
function byFirst(heads: string[][]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const head of heads) index.set(head[0] ?? '', [...(index.get(head[0] ?? '') ?? []), head]);
  return index;
}

function headAt(tokens: Token[], at: number, words: Words): number {
  const candidates = words.heads.get(tokens[at]?.[words.key] ?? '') ?? [];
  const head = candidates.find((h) => h.every((key, j) => tokens[at + j]?.[words.key] === key));
  return head?.length ?? 0;
}

// English names put the kind last: "Civic Code Alliance", "Fair Digital Futures"; they stop at
// a word of `organization_left_stops` ("the").
function extendLeft(tokens: Token[], at: number, covered: Set<number>, leftStops: Set<string>): number {
  let first = at;
  while (first > 0) {
    const previous = tokens[first - 1] as Token;
    if (!previous.isUpper || !/^\p{L}/u.test(previous.text) || covered.has(first - 1) || first - 1 === 0 || leftStops.has(previous.norm)) break;
    first -= 1;
  }
  return first;
}

// Lowercase words go on only where the language allows: after a link ("des communs"), or as
// an adjective ("Institut européen"); in French a capitalised word goes on only after a capital
// or a link ("du Conseil italien Giorgia Meloni" stops before the person), while Vietnamese
// names alternate ("Viện Chính sách Số Öresund").
function extendRight(tokens: Token[], at: number, covered: Set<number>, words: Words): number {
  let last = at;
  for (let i = at + 1; i < tokens.length && i - at <= 10; i += 1) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1] as Token;
    if (!/^[\p{L}\d]/u.test(token.text) || covered.has(i) || words.stops.has(token.norm)) break;
    const isLink = words.links.has(token.norm);
    const afterLink = words.links.has(previous.norm);
    const isLowerName =
      !token.isUpper &&
      !isLink &&
      ((words.lowercase === true && (afterLink || words.adjective?.test(token.text) === true || words.adjective === null)) ||
        (words.lowercase === 'after-capital' && previous.isUpper));
    const isCapitalName = token.isUpper && (words.lowercase !== true || previous.isUpper || afterLink || i === at + 1);
    if (!isLink && !isLowerName && !isCapitalName) break;
    if (isLowerName || isCapitalName) last = i;
  }
  return last;
}
