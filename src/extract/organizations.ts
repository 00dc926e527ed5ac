import { foldKey, tokenize, type LangPack, type Token } from '../text/index.js';
import type { Mention } from './gazetteer.js';

export type NamedOrganization = { name: string; first: number; last: number };
type Words = { heads: string[][]; links: Set<string>; lowercase: LangPack['organization_lowercase'] };

// Organisations the gazetteers do not know, named the way organisations name themselves: a
// head word and what follows ("Centre for Digital Statecraft", "l'Institut européen d'études
// numériques", "Viện Quan sát Công nghệ và Xã hội") or, in English, before ("Harcourt Lane Partners").
export function findOrganizations(tokens: Token[], mentions: Mention[], pack: LangPack): NamedOrganization[] {
  const words = wordsOf(pack);
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.first; i <= m.last; i += 1) covered.add(i);
  const found: NamedOrganization[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const head = headAt(tokens, i, words);
    if (head === 0 || covered.has(i) || !(tokens[i] as Token).isUpper) continue;
    const first = words.lowercase === false ? extendLeft(tokens, i, covered) : i;
    const last = extendRight(tokens, i + head - 1, covered, words);
    if (last - first + 1 < 2 || (last === i + head - 1 && first === i)) continue;
    found.push({ name: tokens.slice(first, last + 1).map((t) => t.text).join(' ').replace(/ ([’'-]) /g, '$1').replace(/(\p{L}['’]) /gu, '$1'), first, last });
    i = last;
  }
  return found;
}

const packWords = new WeakMap<LangPack, Words>();

function wordsOf(pack: LangPack): Words {
  let words = packWords.get(pack);
  if (!words) {
    words = { heads: pack.organization_heads.map((h) => tokenize(h).map((t) => t.norm)), links: new Set(pack.organization_links.map(foldKey)), lowercase: pack.organization_lowercase };
    packWords.set(pack, words);
  }
  return words;
}

function headAt(tokens: Token[], at: number, words: Words): number {
  const head = words.heads.find((h) => h.every((key, j) => tokens[at + j]?.norm === key));
  return head?.length ?? 0;
}

// English names put the kind last: "Civic Code Alliance", "Fair Digital Futures".
function extendLeft(tokens: Token[], at: number, covered: Set<number>): number {
  let first = at;
  while (first > 0) {
    const previous = tokens[first - 1] as Token;
    if (!previous.isUpper || !/^\p{L}/u.test(previous.text) || covered.has(first - 1) || first - 1 === 0 || previous.norm === 'the') break;
    first -= 1;
  }
  return first;
}

function extendRight(tokens: Token[], at: number, covered: Set<number>, words: Words): number {
  let last = at;
  for (let i = at + 1; i < tokens.length && i - at <= 10; i += 1) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1] as Token;
    if (!/^[\p{L}\d]/u.test(token.text) || covered.has(i)) break;
    const isLink = words.links.has(token.norm);
    const isName = token.isUpper || (words.lowercase === true && !isLink) || (words.lowercase === 'after-capital' && previous.isUpper && !isLink);
    if (!isLink && !isName) break;
    if (isName) last = i;
  }
  return last;
}
