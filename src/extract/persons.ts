import type { LangPack, Token } from '../text/index.js';
import { foldKey, lowerKey } from '../text/index.js';
import type { Mention } from './gazetteer.js';

// A person named in a sentence, with what the words around the name say of them.
export type Person = {
  name: string;
  first: number;
  last: number;
  role: string | null;
  country: string | null;
  organization: string | null;
  evidence: 'honorific' | 'role' | 'apposition' | 'known';
};

// The pack's words about names: particles inside a name ("Ursula von der Leyen"), and the words
// after which a name is a portfolio or a workplace ("ministre de l'Information", "founder of").
type NameWords = {
  honorifics: Set<string>;
  notNames: Set<string>;
  notNameKey: (t: Token) => string;
  surnames: Set<string>;
  particles: Set<string>;
  links: Links;
  portfolios: string[][];
};
type Links = { workplace: Set<string>; determiners: Set<string> };
const packWords = new WeakMap<LangPack, NameWords>();

// Folded once per pack, not once per sentence.
function wordsOf(pack: LangPack): NameWords {
  let words = packWords.get(pack);
  if (!words) {
    // Never the first word of a name: courtesy titles and the words sentences open with ("Pour", "The").
    words = {
      honorifics: new Set(pack.honorifics.map(foldKey)),
      // With their accents where the language tells words apart by them: "Năm" opens
      // Vietnamese sentences, "Nam" closes names ("Trần Văn Nam").
      notNames: new Set([...pack.honorifics, ...pack.function_words].map(pack.match_accents ? lowerKey : foldKey)),
      notNameKey: pack.match_accents ? (t: Token): string => t.lower : (t: Token): string => t.norm,
      surnames: new Set(pack.surnames.map(foldKey)),
      particles: new Set(pack.name_particles.map(foldKey)),
      links: { workplace: new Set(pack.workplace_links.map(foldKey)), determiners: new Set(pack.workplace_determiners.map(foldKey)) },
      portfolios: pack.persons.portfolios.map((p) => foldKey(p).split(/\s+/)),
    };
    packWords.set(pack, words);
  }
  return words;
}

// A name run and what its context says; `evidence` is null until the document names it again.
export type Candidate = Omit<Person, 'evidence'> & { evidence: Person['evidence'] | null };

// Finds names by the company they keep: after a courtesy title ("M. Macron"), after a role
// ("le président français Emmanuel Macron", "Thứ trưởng Bùi Hoàng Phương"), before a role in
// apposition ("Linda Griffin, vice-présidente ..."). Names with none of these are kept as
// candidates: `acceptPersons` takes those the document names elsewhere with evidence.
export function findCandidates(tokens: Token[], mentions: Mention[], pack: LangPack, taken: Set<number> = new Set()): Candidate[] {
  const covered = new Map<number, Mention>();
  for (const m of mentions) for (let i = m.first; i <= m.last; i += 1) covered.set(i, m);
  const { honorifics, notNames, notNameKey, surnames, particles, links, portfolios } = wordsOf(pack);
  const candidates: Candidate[] = [];
  // People the gazetteer knows by name are persons wherever the text names them.
  for (const mention of mentions.filter((m) => m.entries.some((e) => e.kind === 'person'))) {
    const before = roleBefore(tokens, covered, mention.first, honorifics);
    const after = roleAfter(tokens, covered, mention.last);
    candidates.push({
      name: mention.text,
      first: mention.first,
      last: mention.last,
      role: before.role ?? after.role,
      country: before.country ?? after.country,
      organization: after.organization ?? before.organization,
      evidence: 'known',
    });
  }
  for (const run of nameRuns(tokens, covered, notNames, { keyOf: notNameKey, particles }).filter(([a, b]) => !rangeTouches(taken, a, b))) {
    const [first, last] = afterPortfolio(tokens, trimToSurname(tokens, run, surnames), portfolios, links);
    const name = tokens
      .slice(first, last + 1)
      .map((t) => t.text)
      .join(' ')
      .replace(/ - /g, '-');
    const before = roleBefore(tokens, covered, first, honorifics);
    const after = roleAfter(tokens, covered, last);
    const hasHonorific = honorifics.has(tokens[first - 1]?.norm ?? '') || (tokens[first - 1]?.text === '.' && honorifics.has(tokens[first - 2]?.norm ?? ''));
    const evidence = before.role ? 'role' : after.role ? 'apposition' : hasHonorific ? 'honorific' : null;
    if (evidence !== 'honorific' && isPortfolio(tokens, first, links)) continue;
    // One word is a name only right after its title: "le président Macron", "President Yoon".
    // Vietnamese copy names a person by the full name after a title; one word there is a portfolio ("Bộ trưởng Khoa học").
    const isLoneWord = last === first && evidence !== 'honorific' && !(before.role && before.distance <= 2 && pack.short_name === 'family');
    candidates.push({
      name,
      first,
      last,
      role: before.role ?? after.role,
      country: before.country ?? after.country,
      organization: after.organization ?? before.organization,
      evidence: isLoneWord ? null : evidence,
    });
  }
  return candidates.sort((a, b) => a.first - b.first);
}

// Full names given with evidence, and their first and last words: "Macron" is known after
// "Emmanuel Macron", "Park" after "Park Min-jae".
export type KnownNames = { full: Set<string>; ends: Set<string> };

export function knownNames(candidates: Candidate[]): KnownNames {
  const full = new Set(candidates.filter((c) => c.evidence).map((c) => foldKey(c.name)));
  const ends = new Set(
    [...full].flatMap((name) => {
      const words = name.split(' ');
      return words.length > 1 ? [words.slice(1).join(' '), words.slice(0, -1).join(' '), words.at(-1) as string, words[0] as string] : [];
    }),
  );
  return { full, ends };
}

// Candidates with evidence, and those whose name (or its last or first word) the document
// gave with evidence elsewhere: "Macron" after "le président Emmanuel Macron".
export function acceptPersons(candidates: Candidate[], known: KnownNames): Person[] {
  return candidates.flatMap((c) => {
    if (c.evidence) return [{ ...c, evidence: c.evidence }];
    const key = foldKey(c.name);
    const isKnown = known.full.has(key) || known.ends.has(key);
    return isKnown ? [{ ...c, evidence: 'known' as const }] : [];
  });
}

// "le vice-ministre de l'Information", "chercheuse à l'Observatoire", "founder of Carewell
// Labs", "Minister for Science": after these words stands a portfolio or a workplace, not a person.
function isPortfolio(tokens: Token[], first: number, links: Links): boolean {
  const previous = tokens[first - 1]?.norm ?? '';
  if (links.workplace.has(previous)) return true;
  return links.determiners.has(previous) && links.workplace.has(tokens[first - 2]?.norm ?? '');
}

// "el ministro de Industria Jordi Hereu", "la titular de Asuntos Exteriores Ana Gil": after a
// workplace link, the pack's portfolio words open the run and the name follows them; the name
// stays a person only with the title before it (see `evidence`).
function afterPortfolio(tokens: Token[], [first, last]: [number, number], portfolios: string[][], links: Links): [number, number] {
  if (!isPortfolio(tokens, first, links)) return [first, last];
  const phrase = portfolios.find((words) => words.every((word, j) => tokens[first + j]?.norm === word));
  const start = first + (phrase?.length ?? 0);
  return phrase && last - start >= 1 ? [start, last] : [first, last];
}

// Runs of capitalised words (with initials and name particles inside), cut at gazetteer mentions.
function nameRuns(
  tokens: Token[],
  covered: Map<number, Mention>,
  honorifics: Set<string>,
  { keyOf, particles }: { keyOf: (t: Token) => string; particles: Set<string> },
): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  // "JD" and "J.D." are initials; "PARIS" (a dateline) and "AFP" are not names.
  const isNameWord = (t: Token, i: number): boolean =>
    !covered.has(i) &&
    !honorifics.has(keyOf(t)) &&
    (/^(?:\p{Lu}\.)+$/u.test(t.text) || (t.isUpper && /^\p{L}/u.test(t.text) && !(t.text.length > 2 && t.text === t.text.toUpperCase())));
  for (let i = 0; i <= tokens.length; i += 1) {
    const token = tokens[i];
    const inside =
      token !== undefined &&
      (isNameWord(token, i) || (start !== -1 && particles.has(token.norm) && tokens[i + 1] !== undefined && isNameWord(tokens[i + 1] as Token, i + 1)));
    if (inside && start === -1) start = i;
    if (!inside && start !== -1) {
      runs.push([start, i - 1]);
      start = -1;
    }
  }
  return runs.filter(([a, b]) => b - a < 5);
}

// "Communications Bui Hoang Phuong": a full Vietnamese name opens with its family name.
function trimToSurname(tokens: Token[], [first, last]: [number, number], surnames: Set<string>): [number, number] {
  if (surnames.has((tokens[first] as Token).norm)) return [first, last];
  for (let i = first + 1; i < last; i += 1) if (surnames.has((tokens[i] as Token).norm)) return [i, last];
  return [first, last];
}

type Context = { role: string | null; country: string | null; organization: string | null; distance: number };

// Looks back over at most eight tokens for a role, collecting a demonym or a country on the way.
// One comma right before the name is crossed: "L'entraîneur de l'Entente, Didier Stassart, ...".
function roleBefore(tokens: Token[], covered: Map<number, Mention>, first: number, honorifics: Set<string>): Context {
  const context: Context = { role: null, country: null, organization: null, distance: 0 };
  for (let i = first - 1; i >= Math.max(0, first - 9); i -= 1) {
    const token = tokens[i] as Token;
    if (i === first - 1 && token.text === ',') continue;
    if (/^[,;:«»“”"()]$/.test(token.text) || honorifics.has(token.norm)) break;
    const mention = covered.get(i);
    if (!mention) continue;
    for (const entry of mention.entries) {
      if (entry.kind === 'role' && !context.role) [context.role, context.distance] = [entry.id, first - mention.last];
      if (entry.kind === 'country' && !context.country) context.country = entry.id;
      if (entry.kind === 'organization' && !context.organization && entry.tag !== 'media') context.organization = entry.id;
    }
    if (context.role) break;
    i = mention.first;
  }
  return context;
}

// "Linda Griffin, vice-présidente des politiques publiques chez Mozilla"
function roleAfter(tokens: Token[], covered: Map<number, Mention>, last: number): Context {
  const context: Context = { role: null, country: null, organization: null, distance: 0 };
  if (tokens[last + 1]?.text !== ',') return context;
  for (let i = last + 2; i < Math.min(tokens.length, last + 14); i += 1) {
    const token = tokens[i] as Token;
    if (/^[;:«»“”"()]$/.test(token.text) || (token.text === ',' && context.role)) break;
    const mention = covered.get(i);
    if (!mention) continue;
    for (const entry of mention.entries) {
      if (entry.kind === 'role' && !context.role && i <= last + 5) context.role = entry.id;
      if (entry.kind === 'country' && !context.country) context.country = entry.id;
      if (entry.kind === 'organization' && !context.organization && entry.tag !== 'media') context.organization = entry.id;
    }
  }
  return context.role ? context : { role: null, country: null, organization: null, distance: 0 };
}

function rangeTouches(taken: Set<number>, first: number, last: number): boolean {
  for (let i = first; i <= last; i += 1) if (taken.has(i)) return true;
  return false;
}
