import type { LangPack } from '../text/index.js';
import type { Mention } from './gazetteer.js';
import type { Scene } from './pattern.js';
import { cuesOf, mayStateStance, phraseAt, splitClauses, stanceOf, wordsOf } from './stance-clauses.js';
import { quotedTokens } from './stance-mentions.js';
import { partiesOf } from './stance-parties.js';
import type { Found } from './yields.js';

// A stance a sentence states of a party noun alone and leaves for the next one to name:
// "Forty nations backed the text. Among them were Chile, Peru and Ghana."
export type OpenStance = 'signed' | 'not_signed' | null;

// The stance of a sentence's last stance clause when that clause names a party noun
// ("nations", "pays", "nước") and no party of its own; else null.
export function openStance(scene: Scene, mentions: Mention[], pack: LangPack): OpenStance {
  const words = wordsOf(pack);
  if (!mayStateStance(scene.keys, words)) return null;
  const hasDeclaration = mentions.some((m) => m.entries.some((e) => e.kind === 'declaration'));
  const quoted = quotedTokens(scene, pack.quote_marks);
  let open: OpenStance = null;
  for (const clause of splitClauses(scene.keys, words)) {
    const stance = stanceOf(clause, scene.keys, words, cuesOf(clause, scene.keys, words, hasDeclaration));
    if (!stance) continue;
    let hasNoun = false;
    for (let i = clause.first; i <= clause.last && !hasNoun; i += 1) hasNoun = phraseAt(words.party_nouns, scene.keys, i) > 0;
    open = hasNoun && partiesOf(clause, mentions, scene, words, quoted).length === 0 ? stance : null;
  }
  return open;
}

// The parties a sentence opening with a continuation ("This includes", "Parmi eux", "Trong đó
// có") names, with the stance the sentence before left open. A sentence with a signing,
// refusal, negating or hedging word of its own is read by itself, not here.
export function continuedStances(scene: Scene, mentions: Mention[], pack: LangPack, open: OpenStance): Found[] {
  const words = wordsOf(pack);
  const opening = open ? phraseAt(words.continuations, scene.keys, 0) : 0;
  if (!open || opening === 0) return [];
  const whole = { first: 0, last: scene.keys.length - 1 };
  const cues = cuesOf(whole, scene.keys, words, false);
  if (cues.sign >= 0 || cues.refusal >= 0 || cues.negator >= 0 || cues.hedge >= 0) return [];
  const quoted = quotedTokens(scene, pack.quote_marks);
  const start = scene.tokens[0]?.start ?? 0;
  return splitClauses(scene.keys, words)
    .flatMap((clause) => partiesOf(clause, mentions, scene, words, quoted))
    .map((party) => ({ kind: open, subject: party.code, value: {}, start, end: party.mention.end }));
}
