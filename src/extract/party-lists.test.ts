import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { Gazetteer } from './gazetteer.js';
import { numberWordsOf } from './numbers.js';
import { listAt, type Scene } from './party-lists.js';

const gazetteer = new Gazetteer();
for (const [name, id] of [
  ['Chile', 'CL'],
  ['Peru', 'PE'],
  ['United Kingdom', 'GB'],
  ['UK', 'GB'],
  ['European Union', 'EU'],
])
  gazetteer.add(name as string, { kind: 'country', id: id as string, form: 'name', lang: 'en' });
gazetteer.add('Lima', { kind: 'country', id: 'PE', form: 'metonym', lang: 'en' });

function sceneOf(text: string): Scene {
  const tokens = tokenize(text);
  return {
    tokens,
    keys: tokens.map((t) => t.norm),
    mentionsAt: new Map(gazetteer.findMentions(tokens, text).map((m) => [m.first, [m]])),
    determiners: new Set(['the']),
    conjunctions: new Set(['and', 'as', 'well', 'or']),
    numberWords: numberWordsOf({}),
    locatives: new Set(['in']),
  };
}

// The ids of the list that starts at token `at`, and the token where the list ends.
function list(text: string, at = 0): string {
  const scene = sceneOf(text);
  const items = listAt(at, 'country', scene, true)[0] ?? [];
  const ids = items.map((item) => item.mention.entries[0]?.id).join(',');
  return `${ids} -> ${scene.tokens[items.at(-1)?.next ?? at]?.text ?? 'end'}`;
}

describe('lists of parties', () => {
  it.each<[string, number, string]>([
    ['Chile, Peru and the United Kingdom signed', 0, 'CL,PE,GB -> signed'],
    ['Chile, Peru, and the European Union signed', 0, 'CL,PE,EU -> signed'],
    ['Chile as well as Peru signed', 0, 'CL,PE -> signed'],
    // A short parenthesis stays with its name; the list goes on after it.
    ['the United Kingdom (UK) and Chile declined', 0, 'GB,CL -> declined'],
    ['the United Kingdom UK) and Chile declined', 0, 'GB,CL -> declined'],
    // Unknown names (a misspelling, regions) do not end a list of known ones.
    ['Chlie, Peru and Chile signed', 0, 'PE,CL -> signed'],
    ['Oceania, the Caribbean, and the European Union signed', 0, 'EU -> signed'],
    // Two names and a comma are no list: the last is the subject.
    ['Unlike Chile, Peru signed', 1, 'PE -> signed'],
    // A capital after a locative is the city.
    ['Talks in Lima, Chile signed', 2, ' -> Lima'],
  ])('%s', (text, at, expected) => {
    expect(list(text, at)).toBe(expected);
  });
});
