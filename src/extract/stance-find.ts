import type { LangPack } from '../text/index.js';
import type { Mention } from './gazetteer.js';
import type { Scene } from './pattern.js';
import { cuesOf, mayStateStance, phraseAt, splitClauses, stanceOf, wordsOf } from './stance-clauses.js';
import { quotedTokens } from './stance-mentions.js';
import { countOf, partiesOf, type Party } from './stance-parties.js';
import type { Found } from './yields.js';

// Stances and counts that one sentence states by the clause construction (stance-clauses.ts).
// A clause with a stance and no party of its own takes the parties that open the sentence
// before it: "Britain, which signed the first text, declined to sign this one".
// `open`: the stance its last stance clause states of a party noun alone ("Forty nations backed
// the text"), for the next sentence to name the parties of (stance-continue.ts); else null.
export type OpenStance = 'signed' | 'not_signed' | null;

export function findClauseStances(scene: Scene, mentions: Mention[], pack: LangPack): { found: Found[]; open: OpenStance } {
  const words = wordsOf(pack);
  if (!mayStateStance(scene.keys, words)) return { found: [], open: null };
  const hasDeclaration = mentions.some((m) => m.entries.some((e) => e.kind === 'declaration'));
  const quoted = quotedTokens(scene, pack.quote_marks);
  const found: Found[] = [];
  let open: OpenStance = null;
  let before: Party[] = [];
  for (const clause of splitClauses(scene.keys, words)) {
    const cues = cuesOf(clause, scene.keys, words, hasDeclaration);
    const stance = stanceOf(clause, scene.keys, words, cues);
    const own = partiesOf(clause, mentions, scene, words, quoted);
    const parties = own.length > 0 || clause.first === 0 ? own : before;
    before = own.length > 0 && stance === null ? own : [];
    if (!stance) continue;
    open = own.length === 0 && hasPartyNoun(clause, scene.keys, words.party_nouns) ? stance : null;
    const anchor = scene.tokens[cues.sign >= 0 ? cues.sign : cues.refusal];
    for (const party of parties) {
      const start = Math.min(party.mention.start, anchor?.start ?? party.mention.start);
      const end = Math.max(party.mention.end, anchor?.end ?? party.mention.end);
      found.push({ kind: stance, subject: party.code, value: {}, start, end });
    }
    const count = stance === 'signed' ? countOf(clause, scene, words) : null;
    const [first, last] = [scene.tokens[count?.first ?? 0], scene.tokens[count?.last ?? 0]];
    if (count && first && last) found.push({ kind: 'signatory_count', subject: 'count', value: { count: count.value }, start: first.start, end: last.end });
  }
  return { found, open };
}

function hasPartyNoun(clause: { first: number; last: number }, keys: string[], nouns: string[][]): boolean {
  for (let i = clause.first; i <= clause.last; i += 1) if (phraseAt(nouns, keys, i) > 0) return true;
  return false;
}
