import type { Mention } from './gazetteer.js';
import { readNumber } from './numbers.js';
import type { Scene } from './pattern.js';
import { phraseAt, type Clause, type ClauseWords } from './stance-clauses.js';
import { isNoParty } from './stance-mentions.js';

export type Party = { code: string; mention: Mention };

// The parties a clause names: its country mentions, but not a venue ("in Paris", "tại Pháp"),
// an adjective ("the French presidency"), a contrast ("Unlike the US, ..."), a host or chair
// ("co-hosted by France and India") or a country only named beside the text ("without China").
export function partiesOf(clause: Clause, mentions: Mention[], scene: Scene, words: ClauseWords, quoted: Set<number>): Party[] {
  const excluded = excludedTokens(clause, scene, words);
  const parties: Party[] = [];
  for (const mention of mentions) {
    if (mention.first < clause.first || mention.last > clause.last || excluded.has(mention.first)) continue;
    const entry = mention.entries.find((e) => e.kind === 'country');
    if (!entry || entry.form === 'demonym' || isAfterLocative(mention, scene, words) || isNoParty(mention, scene, words, quoted)) continue;
    if (!parties.some((p) => p.code === entry.id)) parties.push({ code: entry.id, mention });
  }
  return parties;
}

// "in Paris", "à New Delhi", "au Japon": the locative may itself be a determiner word ("à", "au").
function isAfterLocative(mention: Mention, scene: Scene, words: ClauseWords): boolean {
  const endsAt = (at: number): boolean => words.locatives.some((phrase) => phrase.every((key, i) => scene.keys[at - phrase.length + 1 + i] === key));
  let at = mention.first - 1;
  if (endsAt(at)) return true;
  while (at >= 0 && scene.determiners.has(scene.keys[at] ?? '')) at -= 1;
  return endsAt(at);
}

// Tokens set apart by a contrast, up to the next comma ("Unlike the US and Britain, ...",
// "according to a statement of the UK government, ..."), and the list after a host phrase,
// past commas ("hosted by France, India and Kenya").
function excludedTokens(clause: Clause, scene: Scene, words: ClauseWords): Set<number> {
  const excluded = new Set<number>();
  for (let i = clause.first; i <= clause.last; i += 1) {
    const contrast = phraseAt(words.contrasts, scene.keys, i);
    const host = contrast > 0 ? 0 : phraseAt(words.hosts, scene.keys, i);
    let at = i + contrast + host;
    if (contrast > 0) while (at <= clause.last && scene.keys[at] !== ',') excluded.add(at++);
    else if (host > 0) while (at <= clause.last && isListToken(at, scene)) excluded.add(at++);
  }
  return excluded;
}

function isListToken(at: number, scene: Scene): boolean {
  const key = scene.keys[at] ?? '';
  if (scene.mentionsAt.has(at) || scene.determiners.has(key) || scene.conjunctions.has(key)) return true;
  if (key === ',') return scene.mentionsAt.has(at + 1) || scene.determiners.has(scene.keys[at + 1] ?? '');
  // Inside a name of several tokens: "the United Arab Emirates".
  return [...scene.mentionsAt.values()].some((list) => list.some((m) => m.first < at && m.last >= at));
}

// The exact count of parties a signing clause gives: "61 countries", "soixante et un pays",
// "88 bên"; not "nearly 60 nations", "plus de 60 pays", "khoảng 60 nước".
export function countOf(clause: Clause, scene: Scene, words: ClauseWords): { value: number; first: number; last: number } | null {
  for (let i = clause.first; i <= clause.last; i += 1) {
    const number = readNumber(scene.tokens, i, scene.numberWords);
    if (!number) continue;
    const after = i + number.length;
    const noun = phraseAt(words.party_nouns, scene.keys, after);
    const endsBefore = (list: string[][], reach: number): boolean =>
      list.some((p) => Array.from({ length: reach }, (_, back) => i - back - p.length).some((at) => p.every((key, j) => scene.keys[at + j] === key)));
    // "réunissant 118 nations" counts who came, not who signed.
    const isApproximate = endsBefore(words.approximations, 1) || endsBefore(words.attendance, 8);
    if (noun > 0 && !isApproximate && number.value >= 3 && number.value < 1000) return { value: number.value, first: i, last: after + noun - 1 };
    i = after - 1;
  }
  return null;
}
