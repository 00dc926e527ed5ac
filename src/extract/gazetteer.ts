import { tokenize, type Token } from '../text/index.js';

export type EntityKind = 'country' | 'organization' | 'event' | 'declaration' | 'initiative' | 'role' | 'city' | 'person';
// How a name refers: its own name, an adjective ("français"), a seat of power ("Pékin"), or the
// noun of its form of state ("le Royaume"), which names whichever such state the text names.
export type NameForm = 'name' | 'demonym' | 'metonym' | 'regime';

// `tag` refines the kind where data gives it: an organisation's `media`, `company`, ...
export type Entry = { kind: EntityKind; id: string; form: NameForm; lang: string | null; tag?: string; isAcronym?: boolean };
export type Mention = { entries: Entry[]; first: number; last: number; start: number; end: number; text: string };

type TrieNode = { children: Map<string, TrieNode>; entries: Entry[] };

// Two token tries: names folded ("Royaume-Uni", "royaume-uni" and "Royaume‑Uni" share a path;
// "Bui Hoang Phuong" finds "Bùi Hoàng Phương"), and names of the languages whose pack says
// `match_accents` with their accents, since folding them merges words ("Viên", Vienna, would
// find "Viện", institute).
export class Gazetteer {
  private readonly folded: TrieNode = { children: new Map(), entries: [] };
  private readonly accented: TrieNode = { children: new Map(), entries: [] };

  // Names wait here until the first search: tokenizing every name of the gazetteers takes a
  // good part of a second, which commands that only resolve names (signatories, entity) skip.
  private pending: [string, Entry][] = [];
  // The first words of names, with where they lead in each trie (built with the tries).
  private firsts = new Map<string, { folded?: TrieNode; accented?: TrieNode }>();

  constructor(private readonly accentedLangs: ReadonlySet<string> = new Set()) {}

  add(name: string, entry: Entry): void {
    this.pending.push([name, entry]);
  }

  // In the order added, so that the tries are the same as if built at once.
  private flush(): void {
    if (this.pending.length === 0) return;
    for (const [name, entry] of this.pending) this.insert(name, entry);
    this.pending = [];
    this.firsts = new Map();
    for (const [word, node] of this.folded.children) this.firsts.set(word, { folded: node });
    for (const [word, node] of this.accented.children) this.firsts.set(word, { ...this.firsts.get(word), accented: node });
  }

  private insert(name: string, entry: Entry): void {
    const isAccented = entry.lang !== null && this.accentedLangs.has(entry.lang);
    const keys = tokenize(name).map((t) => (isAccented ? t.lower : t.norm));
    if (keys.length === 0) return;
    let node = isAccented ? this.accented : this.folded;
    for (const key of keys) {
      let next = node.children.get(key);
      if (!next) {
        next = { children: new Map(), entries: [] };
        node.children.set(key, next);
      }
      node = next;
    }
    // "UN", "WHO", "IEA" name bodies only in capitals: "Un" opens a French sentence, "Who" asks.
    const isAcronym = /^[\p{Lu}\d&]{2,6}$/u.test(name.trim());
    if (!node.entries.some((e) => e.kind === entry.kind && e.id === entry.id && e.form === entry.form))
      node.entries.push(isAcronym ? { ...entry, isAcronym } : entry);
  }

  // Longest matches, left to right, never overlapping. Proper names must start with a capital
  // in the text ("Chine", not "chine"); demonyms and roles may not ("le président français").
  findMentions(tokens: Token[], text: string): Mention[] {
    this.flush();
    const mentions: Mention[] = [];
    let i = 0;
    while (i < tokens.length) {
      // One look-up finds where a token opens names in both tries when its keys are the same.
      const token = tokens[i] as Token;
      const firsts = this.firsts.get(token.norm);
      const accented = token.lower === token.norm ? firsts?.accented : this.firsts.get(token.lower)?.accented;
      const found =
        firsts?.folded || accented
          ? longer(this.longestAt(this.folded, firsts?.folded, tokens, i, 'norm'), this.longestAt(this.accented, accented, tokens, i, 'lower'))
          : null;
      if (found) {
        const first = tokens[i] as Token;
        const last = tokens[found.last] as Token;
        mentions.push({ entries: found.entries, first: i, last: found.last, start: first.start, end: last.end, text: text.slice(first.start, last.end) });
        i = found.last + 1;
      } else {
        i += 1;
      }
    }
    return mentions;
  }

  private startsPlace(root: TrieNode, tokens: Token[], from: number, key: 'norm' | 'lower'): boolean {
    let node: TrieNode | undefined = root;
    for (let i = from; i < tokens.length && node; i += 1) {
      node = node.children.get((tokens[i] as Token)[key]);
      if (node?.entries.some((e) => e.kind === 'city' || e.kind === 'country')) return true;
    }
    return false;
  }

  // From the node the token at `from` leads to from the root (`first`), if any.
  private longestAt(root: TrieNode, first: TrieNode | undefined, tokens: Token[], from: number, key: 'norm' | 'lower'): Found | null {
    let node: TrieNode | undefined = first;
    let best: Found | null = null;
    const isCapital = (tokens[from] as Token).isUpper;
    // An event's name may open in lowercase when a capitalised word that is no place follows:
    // "un sommet des BRICS"; "le sommet de Séoul" stays a city the rules read.
    let hasCapital = isCapital;
    for (let i = from; i < tokens.length && node; i += 1) {
      if (i > from) node = node.children.get((tokens[i] as Token)[key]);
      // Most tokens start no name: the capital test waits for a path that goes on.
      if (!node) break;
      hasCapital ||= (tokens[i] as Token).isUpper && /^\p{L}/u.test((tokens[i] as Token).text) && !this.startsPlace(root, tokens, i, key);
      if (node.entries.length === 0) continue;
      const isCapitals = (tokens[i] as Token).text === (tokens[i] as Token).text.toUpperCase();
      // A long initiative name may open in lower case ("une coalition pour une IA durable").
      const isLong = i - from >= 2;
      const entries = node.entries.filter(
        (e) =>
          (isCapital || e.form === 'demonym' || e.kind === 'role' || (e.kind === 'initiative' && isLong) || (e.kind === 'event' && hasCapital)) &&
          (!e.isAcronym || (i === from && isCapitals)),
      );
      if (entries.length > 0) best = { last: i, entries };
    }
    return best;
  }
}

type Found = { last: number; entries: Entry[] };

function longer(a: Found | null, b: Found | null): Found | null {
  if (!a || !b) return a ?? b;
  if (a.last !== b.last) return a.last > b.last ? a : b;
  return { last: a.last, entries: [...a.entries, ...b.entries.filter((e) => !a.entries.some((x) => x.kind === e.kind && x.id === e.id))] };
}
