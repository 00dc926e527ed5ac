import type { LangPack } from '../text/index.js';
import type { Mention } from './gazetteer.js';
import type { Scene } from './pattern.js';
import { cuesOf, phraseAt, splitClauses, wordsOf } from './stance-clauses.js';
import type { OpenStance } from './stance-find.js';
import { quotedTokens } from './stance-mentions.js';
import { partiesOf } from './stance-parties.js';
import type { Found } from './yields.js';

// "Forty nations backed the text. Among them were Chile, Peru and Ghana." The parties a sentence
// opening with a continuation ("This includes", "Parmi eux", "Trong đó có") names, with the
// stance the sentence before left open (findClauseStances gives it). A sentence with a signing,
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
