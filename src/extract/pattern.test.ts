import { describe, expect, it } from 'vitest';
import { setElisions, tokenize } from '../text/index.js';
import { Gazetteer } from './gazetteer.js';
import { numberWordsOf } from './numbers.js';
import { compilePattern, findMatches, type Scene } from './pattern.js';

// Elisions and number connectors come from the packs; these tests name their own.
setElisions(['l']);
const gazetteer = new Gazetteer();
for (const [name, id] of [
  ['Chine', 'CN'],
  ['France', 'FR'],
  ['Inde', 'IN'],
  ['États-Unis', 'US'],
])
  gazetteer.add(name as string, { kind: 'country', id: id as string, form: 'name', lang: 'fr' });
gazetteer.add('Pékin', { kind: 'country', id: 'CN', form: 'metonym', lang: 'fr' });

const classes = { verbes: ['signé', 'paraphé'], auxiliaires: ['a', 'ont'], agents: ['par', 'aussi par'] };

function run(pattern: string, text: string): string[] {
  const tokens = tokenize(text);
  const mentionsAt = new Map(gazetteer.findMentions(tokens, text).map((m) => [m.first, [m]]));
  const scene: Scene = {
    tokens,
    keys: tokens.map((t) => t.norm),
    mentionsAt,
    determiners: new Set(['la', "l'", 'les']),
    conjunctions: new Set(['et', 'ou']),
    numberWords: numberWordsOf({ soixante: 60, un: 1 }, { number_connectors: ['et'] }),
    locatives: new Set(['a', 'dans']),
  };
  return findMatches(compilePattern(pattern, false, classes), scene).map(
    (m) => `${text.slice(tokens[m.first]?.start, tokens[m.last]?.end)} [${m.captures.flatMap((c) => c.mentions.map((x) => x.entries[0]?.id)).join(',')}]`,
  );
}

describe('pattern language', () => {
  it.each<[string, string, string[]]>([
    ['{countries} ont signé', "La Chine, la France et l'Inde ont signé.", ["La Chine, la France et l'Inde ont signé [CN,FR,IN]"]],
    ['{countries} ont signé', 'Les États-Unis ont refusé.', []],
    ['sans {countries} (ni|et) {countries}', 'sans les États-Unis ni la Chine', ['sans les États-Unis ni la Chine [US,CN]']],
    ['{country} (a|ont) (signé|paraphé)? le texte', 'La France a le texte', ['La France a le texte [FR]']],
    ['{countries} ... signé', 'La Chine, après de longues discussions, a signé', ['La Chine, après de longues discussions, a signé [CN]']],
    ['{countries} .. signé', 'La Chine, après de longues discussions, a signé', []],
    ['{countries} .. signé', 'La Chine a finalement signé', ['La Chine a finalement signé [CN]']],
    ['{number} pays', 'Au total, 61 pays et 3 pays', ['61 pays []', '3 pays []']],
    ['{number} pays', 'Soixante et un pays ont signé', ['Soixante et un pays []']],
    ['!(près de|environ) {number} pays', 'près de 60 pays et 61 pays', ['61 pays []']],
    ['{countries} ont signé', 'Contrairement à la Chine, la France ont signé', ['la Chine, la France ont signé [FR]']],
    ['{countries} ont signé', 'À Pékin, la France et la Chine ont signé', ['la France et la Chine ont signé [FR,CN]']],
    ['{countries} @auxiliaires? @verbes', 'La Chine a paraphé', ['La Chine a paraphé [CN]']],
    ['{countries} @auxiliaires? @verbes', 'La Chine a lu', []],
    ['(@verbes @agents|soutenu par) {countries}', 'paraphé aussi par la Chine', ['paraphé aussi par la Chine [CN]']],
    ['(@verbes @agents|soutenu par) {countries}', 'soutenu par la Chine', ['soutenu par la Chine [CN]']],
    [
      'signataires .... incluent {countries}',
      'Les signataires du texte final adopté hier soir à Genève incluent la Chine',
      ['signataires du texte final adopté hier soir à Genève incluent la Chine [CN]'],
    ],
    ['signataires .... incluent {countries}', 'Les signataires ont parlé ; les observateurs incluent la Chine', []],
  ])('%s on %s', (pattern, text, expected) => {
    expect(run(pattern, text)).toEqual(expected);
  });

  it.each(['{unknown}', '?', '( | )', '... ?', '(next|{number})', '(..)?', '!(a|b)?', '@inconnue', '(@inconnue|a)'])('refuses %s', (pattern) => {
    expect(() => compilePattern(pattern, false, classes)).toThrow();
  });
});

describe('accents in rule words', () => {
  const keysOf = (text: string, accents: boolean) => tokenize(text).map((t) => (accents ? t.lower : t.norm));
  it.each<[string, string, boolean, number]>([
    ['đã ký', 'Mỹ đã ký văn kiện', true, 1],
    ['đã ký', 'các kỳ hội nghị đã kỳ', true, 0],
    ['đã ký', 'các kỳ hội nghị đã kỳ', false, 1],
    ['signé', 'ils ont signe', false, 1],
  ])('%s in %s (accents %s)', (pattern, text, accents, count) => {
    const tokens = tokenize(text);
    const scene: Scene = {
      tokens,
      keys: keysOf(text, accents),
      mentionsAt: new Map(),
      determiners: new Set(),
      conjunctions: new Set(),
      numberWords: new Map(),
    };
    expect(findMatches(compilePattern(pattern, accents), scene)).toHaveLength(count);
  });
});
