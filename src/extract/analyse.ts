import type { Document } from '../model/index.js';
import { packFor, tokenize, type LangPack, type Token } from '../text/index.js';
import type { Extractor } from './extract.js';
import type { Mention } from './gazetteer.js';
import { numberWordsOf } from './numbers.js';
import { resolveRegimes } from './regimes.js';
import { findOrganizations, type NamedOrganization } from './organizations.js';
import type { Scene } from './pattern.js';
import { nameResolver } from './people.js';
import { acceptPersons, findCandidates, knownNames, type Candidate, type Person } from './persons.js';
import type { SentenceView } from './quotes.js';

// A sentence as the rules see it: its tokens, mentions and persons, and the scene built once.
// `unconfirmed`: capitalised runs that may be names but that nothing in the text confirms; a
// construction that expects a person in their place (the head of a delegation) may take them.
// `found`: the gazetteer's own mentions, before names and regimes are settled (the focus pass reads them).
export type View = SentenceView & { scene: Scene; keys: Set<string>; kinds: Set<string>; organizations: NamedOrganization[]; unconfirmed: Candidate[]; found: Mention[] };
export type Analysis = { views: View[]; pack: LangPack; resolve: (name: string) => string; cityName: (id: string) => string; countryOf: (key: string) => string | null };

// Tokens, gazetteer mentions and persons of every sentence, and the document's name resolver.
export function analyse(document: Document, extractor: Extractor): Analysis {
  const pack = packFor(extractor.packs, document.lang);
  const read = document.sentences.map((sentence) => {
    const tokens = tokenize(document.text, sentence.start, sentence.end);
    const found = extractor.lexicon.gazetteer.findMentions(tokens, document.text);
    return { sentence, tokens, found, mentions: withoutNameHeads(tokens, found) };
  });
  const resolved = resolveRegimes(read.map((s) => s.mentions));
  const sentences = read.map((s, i) => ({ sentence: s.sentence, tokens: s.tokens, found: s.found, mentions: resolved[i] ?? [] }));
  // Organisations first: "Viện Quan sát Công nghệ" and "Carewell Labs" are not persons.
  const organizations = sentences.map((s) => findOrganizations(s.tokens, s.mentions, pack));
  const candidates = sentences.map((s, i) => findCandidates(s.tokens, s.mentions, pack, tokenSet(organizations[i] ?? [])));
  const known = knownNames(candidates.flat());
  const keyOf = (t: Token): string => (pack.match_accents ? t.lower : t.norm);
  const listWords = listWordsOf(pack, keyOf);
  const views = sentences.map((s, i) => {
    const persons = acceptPersons(candidates[i] ?? [], known);
    const keys = s.tokens.map(keyOf);
    const unconfirmed = (candidates[i] ?? []).filter((c) => !persons.some((p) => p.first === c.first));
    const scene = sceneOf(s.tokens, keys, s.mentions, persons, listWords);
    const view: View = { sentence: s.sentence, tokens: s.tokens, found: s.found, mentions: s.mentions, persons, unconfirmed, organizations: organizations[i] ?? [], scene, keys: new Set(keys), kinds: kindsOf(scene) };
    return view;
  });
  const cityName = (id: string): string => extractor.lexicon.labels.get(`city:${id}`)?.name ?? id;
  return {
    views,
    pack,
    resolve: nameResolver(
      views.flatMap((v) => v.persons),
      pack,
    ),
    cityName,
    countryOf: (key: string): string | null => extractor.lexicon.labels.get(key)?.country ?? null,
  };
}

// The kinds of mention a sentence holds, as its scene has them (persons as the analysis named them).
function kindsOf(scene: Scene): Set<string> {
  const kinds = new Set<string>();
  for (const mentions of scene.mentionsAt.values()) for (const m of mentions) for (const e of m.entries) kinds.add(e.kind);
  return kinds;
}

function sceneOf(tokens: Token[], keys: string[], mentions: Mention[], persons: Person[], words: ListWords): Scene {
  const mentionsAt = new Map<number, Mention[]>();
  const add = (m: Mention): void => {
    mentionsAt.set(m.first, [...(mentionsAt.get(m.first) ?? []), m]);
  };
  // Persons enter as the analysis named them (with their written name), not as gazetteer ids.
  mentions.filter((m) => !m.entries.every((e) => e.kind === 'person')).forEach(add);
  for (const p of persons) {
    const [first, last] = [tokens[p.first], tokens[p.last]];
    add({
      entries: [{ kind: 'person', id: p.name, form: 'name', lang: null }],
      first: p.first,
      last: p.last,
      start: first?.start ?? 0,
      end: last?.end ?? 0,
      text: p.name,
    });
  }
  return { tokens, keys, mentionsAt, ...words };
}

// "Sofia Lindahl", "Paris Hilton": a city or capital followed by a capitalised word that no
// gazetteer knows opens a name, and is no place. "Phạm Đức Long": one country word between two
// such words is inside a name ("Đức" is Germany, and a common middle name).
function withoutNameHeads(tokens: Token[], mentions: Mention[]): Mention[] {
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.first; i <= m.last; i += 1) covered.add(i);
  const isNameWord = (i: number): boolean => {
    const token = tokens[i];
    return token !== undefined && token.isUpper && /^\p{L}/u.test(token.text) && !covered.has(i);
  };
  return mentions.filter((m) => {
    const isPlace = m.entries.every((e) => e.kind === 'city' || (e.kind === 'country' && e.form === 'metonym'));
    // An adjective is no part of a name: "Die kenianische Delegation" (German capitalises nouns).
    const isCountry = m.entries.every((e) => e.kind === 'city' || (e.kind === 'country' && e.form !== 'demonym'));
    if (isPlace && isNameWord(m.last + 1)) return false;
    return !(isCountry && m.first === m.last && isNameWord(m.first - 1) && isNameWord(m.last + 1));
  });
}

type ListWords = Pick<Scene, 'determiners' | 'conjunctions' | 'numberWords' | 'locatives'>;
const packListWords = new WeakMap<LangPack, ListWords>();

function listWordsOf(pack: LangPack, keyOf: (t: Token) => string): ListWords {
  let words = packListWords.get(pack);
  if (!words) {
    const keysOf = (list: string[]): Set<string> => new Set(list.flatMap((w) => tokenize(w).map(keyOf)));
    words = {
      determiners: keysOf(pack.determiners),
      conjunctions: keysOf([...pack.conjunctions, ...pack.stances.list_joiners]),
      numberWords: numberWordsOf(pack.number_words, pack),
      locatives: keysOf(pack.stances.locatives),
    };
    packListWords.set(pack, words);
  }
  return words;
}

function tokenSet(organizations: NamedOrganization[]): Set<number> {
  const taken = new Set<number>();
  for (const org of organizations) for (let i = org.first; i <= org.last; i += 1) taken.add(i);
  return taken;
}
