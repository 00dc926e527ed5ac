import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import type { Match } from './pattern.js';
import { isAsserted, scopeOf } from './stance-scope.js';

const scope = scopeOf(
  {
    hedges: ['could', 'is expected to', 'reportedly'],
    future: ['will', 'would', 'urged'],
    conditions: ['if'],
    negators: ['not', "n't", 'absent'],
    clause_breaks: ['but', 'while'],
  },
  (t) => t.norm,
);

// The match runs over the words between [ and ]; the party is the word after "*", else the first.
function asserted(marked: string, stance: 'signed' | 'not_signed' | 'signatory_count'): boolean {
  const text = marked.replace(/[[\]*]/g, '');
  const keys = tokenize(text).map((t) => t.norm);
  const count = (upTo: string): number => tokenize(upTo.replace(/[[\]*]/g, '')).length;
  const before = count(marked.slice(0, marked.indexOf('[')));
  const inside = count(marked.slice(marked.indexOf('[') + 1, marked.indexOf(']')));
  const at = marked.includes('*') ? count(marked.slice(0, marked.indexOf('*'))) : before;
  const party = { kind: 'countries' as const, mentions: [], first: at, last: at };
  const match: Match = { first: before, last: before + inside - 1, captures: [party] };
  return isAsserted(match, keys, scope, stance);
}

describe('the scope of hedges and negations', () => {
  it.each<[string, 'signed' | 'not_signed' | 'signatory_count', boolean]>([
    ['[Chile signed] the text.', 'signed', true],
    ['Diplomats said [Chile signed] the text.', 'signed', true],
    ['Reportedly, [Chile signed] the text.', 'signed', true],
    ['It is reportedly [signed by Chile].', 'signed', false],
    ['The text is expected to be [signed by Chile].', 'signed', false],
    ['If [Chile signs] the text, Peru will follow.', 'signed', false],
    ['The text was not [signed by Chile].', 'signed', false],
    ['Absent from the list [were Chile and Peru].', 'signed', false],
    ['[Peru did not sign, but *Chile did].', 'signed', true],
    ['[Signatories do not include *Chile].', 'signed', false],
    ['[Chile, which will host the next round, signed] the text.', 'signed', true],
    ['[Chile will sign] the text.', 'signed', false],
    ['[Chile will not sign] the text.', 'not_signed', true],
    ['[Chile could refuse to sign] the text.', 'not_signed', false],
    ['Peru is not among [the 40 signatories].', 'signatory_count', true],
    ['It will be [signed by 40 countries].', 'signatory_count', false],
    ['Peru hesitated while [Chile signed].', 'signed', true],
    ['Officials urged [Chile to sign] the text.', 'signed', false],
  ])('%s (%s)', (marked, stance, expected) => {
    expect(asserted(marked, stance)).toBe(expected);
  });
});
