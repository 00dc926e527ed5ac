import type { LangPack, Token } from '../text/index.js';
import { tokenize } from '../text/index.js';
import type { Mention } from './gazetteer.js';
import type { Candidate } from './persons.js';
import type { Scene } from './pattern.js';
import { phraseAt } from './stance-clauses.js';
import type { Found } from './yields.js';

// The delegation construction, for what the literal rules of data/rules/*/delegations.yaml
// miss: a leading cue, the delegation noun near it, the country that noun belongs to, and the
// person the cue names, however long the title between them ("a delegation led by the minister
// in charge of the digital transition and of the reform of the administration, Jane Doe").
// `led_by` cues name the head after them, `leads` cues before them ("Jane Doe led the Ruritanian
// delegation", "do bà X dẫn đầu"), `represented` cues after a country ("Ruritania was
// represented by Jane Doe"). Every word comes from the `delegations:` block of data/lang/*.yaml.
type Phrases = string[][];
type Words = { nouns: Phrases; led_by: Phrases; leads: Phrases; represented: Phrases; starts: Set<string> };
const compiled = new WeakMap<LangPack, Words>();

// How far a head may stand from its cue: past a long title after, an apposition before.
const reachAfter = 32;
const reachBefore = 16;
// How far the delegation noun may stand from the cue, and its country from the noun.
const nounReach = 14;
const countryReach = 5;
// How many words may stand inside a cue, before its agent word.
const agentReach = 5;

function wordsOf(pack: LangPack): Words {
  let words = compiled.get(pack);
  if (!words) {
    const keyOf = (t: Token): string => (pack.match_accents ? t.lower : t.norm);
    const phrases = (list: string[]): Phrases => list.map((p) => tokenize(p).map(keyOf)).filter((p) => p.length > 0);
    const { nouns, led_by, leads, represented } = pack.delegations;
    const lists = { nouns: phrases(nouns), led_by: phrases(led_by), leads: phrases(leads), represented: phrases(represented) };
    words = { ...lists, starts: new Set([...lists.led_by, ...lists.leads, ...lists.represented].map((p) => p[0] ?? '')) };
    compiled.set(pack, words);
  }
  return words;
}

// What the construction reads in a sentence: its scene, and the capitalised runs that may be
// names (a delegation's head is a person, whether or not the text gives a title).
export type DelegationView = { scene: Scene; unconfirmed: Candidate[] };

// The delegations one sentence states, at most one per cue.
export function findDelegations({ scene, unconfirmed }: DelegationView, pack: LangPack, resolve: (name: string) => string): Found[] {
  const words = wordsOf(pack);
  const found: Found[] = [];
  for (let at = 0; at < scene.keys.length; at += 1) {
    if (!words.starts.has(scene.keys[at] ?? '')) continue;
    const represented = cueAt(words.represented, scene.keys, at);
    const after = represented || cueAt(words.led_by, scene.keys, at);
    const before = after > 0 ? 0 : phraseAt(words.leads, scene.keys, at);
    if (after === 0 && before === 0) continue;
    const head = after > 0 ? personAfter(scene, unconfirmed, after) : (personBefore(scene, unconfirmed, at) ?? personAfter(scene, unconfirmed, at + before));
    const noun = nounNear(scene, words.nouns, at);
    if (!head || (noun === null && represented === 0)) continue;
    const country = (noun === null ? null : countryOfNoun(scene, noun)) ?? countryBefore(scene, at);
    if (!country) continue;
    const first = Math.min(head.first, country.first, at);
    const last = Math.max(head.last, country.last, at);
    const statement = { kind: 'delegation' as const, subject: country.code, value: { head: resolve(head.name) }, start: tokenStart(scene, first), end: tokenEnd(scene, last) };
    if (!found.some((f) => f.subject === statement.subject && f.value.head === statement.value.head)) found.push(statement);
    at = Math.max(at, head.last);
  }
  return found;
}

// Where a cue standing at `at` ends, or 0. Its last word (the agent: "par", "by", "von") may
// stand a few words after the others: "emmenée cette fois par", "represented at the talks by".
function cueAt(phrases: Phrases, keys: string[], at: number): number {
  for (const phrase of phrases) {
    const head = phrase.slice(0, -1);
    if (phrase[0] !== keys[at] || !head.every((key, i) => keys[at + i] === key)) continue;
    if (phrase.length === 1) return at + 1;
    for (let end = at + head.length; end <= at + head.length + agentReach && end < keys.length && keys[end] !== ';'; end += 1)
      if (keys[end] === phrase.at(-1)) return end + 1;
  }
  return 0;
}

type Named = { first: number; last: number; name: string };
type Country = { first: number; last: number; code: string };

function entryAt(scene: Scene, at: number, kind: string): Mention | undefined {
  return scene.mentionsAt.get(at)?.find((m) => m.entries.some((e) => e.kind === kind));
}

// A person at `at`: one the analysis named, else a run that may be a name.
function personAt(scene: Scene, unconfirmed: Candidate[], at: number): Named | null {
  const person = entryAt(scene, at, 'person');
  if (person) return { first: person.first, last: person.last, name: person.entries[0]?.id ?? person.text };
  const run = unconfirmed.find((c) => c.first === at);
  return run ? { first: run.first, last: run.last, name: run.name } : null;
}

// The first person after the cue, before any clause break.
function personAfter(scene: Scene, unconfirmed: Candidate[], from: number): Named | null {
  for (let at = from; at < Math.min(scene.keys.length, from + reachAfter); at += 1) {
    if (scene.keys[at] === ';') return null;
    const person = personAt(scene, unconfirmed, at);
    if (person) return person;
  }
  return null;
}

// The nearest person before the cue: "Jane Doe, the minister of Y, led ...".
function personBefore(scene: Scene, unconfirmed: Candidate[], cue: number): Named | null {
  for (let at = cue - 1; at >= Math.max(0, cue - reachBefore); at -= 1) {
    if (scene.keys[at] === ';') return null;
    const person = personAt(scene, unconfirmed, at);
    if (person && person.last < cue) return person;
  }
  return null;
}

// The delegation noun nearest the cue, on either side.
function nounNear(scene: Scene, nouns: Phrases, cue: number): number | null {
  for (let distance = 1; distance <= nounReach; distance += 1) {
    for (const at of [cue - distance, cue + distance]) if (at >= 0 && phraseAt(nouns, scene.keys, at) > 0) return at;
  }
  return null;
}

// The country a delegation noun belongs to: "the Ruritanian delegation", "la délégation du
// Maroc", "đoàn đại biểu Việt Nam", "Morocco's delegation": after it first, then before it.
function countryOfNoun(scene: Scene, noun: number): Country | null {
  for (let at = noun + 1; at <= noun + countryReach; at += 1) {
    const country = countryAt(scene, at);
    if (country) return country;
  }
  for (let at = noun - 1; at >= Math.max(0, noun - 3); at -= 1) {
    const country = countryAt(scene, at);
    if (country && country.last < noun) return country;
  }
  return null;
}

// "Le Maroc est représenté ... par": the nearest country before the cue that names no venue.
function countryBefore(scene: Scene, cue: number): Country | null {
  for (let at = cue - 1; at >= 0; at -= 1) {
    const country = countryAt(scene, at);
    if (country && country.last < cue && !isAfterLocative(scene, country.first)) return country;
  }
  return null;
}

function countryAt(scene: Scene, at: number): Country | null {
  const mention = entryAt(scene, at, 'country');
  const code = mention?.entries.find((e) => e.kind === 'country')?.id;
  return mention && code ? { first: mention.first, last: mention.last, code } : null;
}

function isAfterLocative(scene: Scene, first: number): boolean {
  let at = first - 1;
  while (at >= 0 && scene.determiners.has(scene.keys[at] ?? '') && !scene.locatives?.has(scene.keys[at] ?? '')) at -= 1;
  return scene.locatives?.has(scene.keys[at] ?? '') ?? false;
}

function tokenStart(scene: Scene, at: number): number {
  return scene.tokens[at]?.start ?? 0;
}

function tokenEnd(scene: Scene, at: number): number {
  return scene.tokens[at]?.end ?? 0;
}
