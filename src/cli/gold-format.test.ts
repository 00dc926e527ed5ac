import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../extract/index.js';
import { documentId, type Document, type Statement } from '../model/index.js';
import { toFacts } from './gold-format.js';

const lexicon = loadLexicon(join(import.meta.dirname, '..', '..', 'data'));
const text = 'Made-up article.';
const document: Document = {
  id: documentId(text),
  text,
  lang: 'fr',
  format: 'text',
  title: null,
  byline: null,
  published: null,
  url: null,
  figures: [],
  sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length }],
};
let n = 0;
const statement = (kind: Statement['kind'], subject: string, value: Statement['value']): Statement => ({
  id: `s${(n += 1)}`,
  documentId: document.id,
  kind,
  subject,
  value,
  start: 0,
  end: 4,
  sentence: 0,
  rule: 'test',
  lang: 'fr',
  words: 'w',
  confidence: 1,
});

describe('toFacts names', () => {
  const cases: [string, Statement[], keyof ReturnType<typeof toFacts>, unknown][] = [
    [
      'a known body by its English name, once however the text writes it',
      [
        statement('organization', 'iea', { name: 'International Energy Agency', surface: "Agence internationale de l'énergie" }),
        statement('organization', 'iea', { name: 'International Energy Agency', surface: 'AIE' }),
        statement('organization', 'un', { name: 'United Nations', surface: 'ONU' }),
      ],
      'organizations',
      ['International Energy Agency', 'United Nations'],
    ],
    [
      'an organisation the gazetteers do not know by its own words',
      [
        statement('organization', 'collectif des communs numeriques', {
          name: 'Collectif des communs numériques',
          surface: 'Collectif des communs numériques',
        }),
      ],
      'organizations',
      ['Collectif des communs numériques'],
    ],
    [
      "an initiative by the text's fullest mention, or its English name where the text gives it",
      [
        statement('initiative', 'un-scientific-panel-on-ai', {
          name: 'Independent International Scientific Panel on AI',
          surface: 'Groupe scientifique international',
          surfaceLang: 'fr',
        }),
        statement('initiative', 'un-scientific-panel-on-ai', {
          name: 'Independent International Scientific Panel on AI',
          surface: "Groupe scientifique international indépendant sur l'IA",
          surfaceLang: 'fr',
        }),
        statement('initiative', 'current-ai', { name: 'Current AI', surface: 'initiative Current AI', surfaceLang: 'fr' }),
        statement('initiative', 'current-ai', { name: 'Current AI', surface: 'Current AI', surfaceLang: 'en' }),
      ],
      'initiatives',
      ["Groupe scientifique international indépendant sur l'IA", 'Current AI'],
    ],
    [
      "a person's organisation by its English name",
      [statement('person', 'Ana Souza', { role: 'Director', country: null, organization: 'oecd' })],
      'persons',
      [{ name: 'Ana Souza', role: 'Director', country: null, organization: 'Organisation for Economic Co-operation and Development' }],
    ],
  ];
  it.each(cases)('gives %s', (_, statements, key, want) => {
    expect(toFacts(document, statements, lexicon)[key]).toEqual(want);
  });
});
