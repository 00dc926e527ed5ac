import { describe, expect, it } from 'vitest';
import type { ReferenceFact, Statement } from '../model/index.js';
import { assembleSignatories } from './signatories.js';
import type { ArticleStatements } from './signatory-types.js';
import { tallyArticles } from './tally.js';

// Copies of one wire story (one cluster) are one independent source: for corroboration, for
// conflicts and for the evidence shown.
const stance = (documentId: string, kind: 'signed' | 'not_signed', subject: string): Statement => ({
  id: `${documentId}-${kind}-${subject}`,
  documentId,
  kind,
  subject,
  value: { declaration: 'paris-statement' },
  start: 0,
  end: 10,
  sentence: 0,
  rule: 'en.test',
  lang: 'en',
  words: 'words',
  confidence: 0.9,
});
// [document, cluster, stance]: the story "wire" carried by three outlets, a story of its own.
type Row = [string, string, 'signed' | 'not_signed'];
const articles = (rows: Row[]): ArticleStatements[] =>
  rows.map(([documentId, cluster, kind], i) => ({ documentId, cluster, published: `2025-02-1${i}`, origin: documentId, statements: [stance(documentId, kind, 'KE')] }));
const kenya = (rows: Row[], reference: ReferenceFact[] = []) => {
  const facts = tallyArticles(articles(rows));
  return assembleSignatories('declaration:paris-statement', reference, facts).parties.find((p) => p.party === 'KE');
};
const copies: Row[] = [
  ['wire', 'wire', 'signed'],
  ['courier', 'wire', 'signed'],
  ['gazette', 'wire', 'signed'],
];

describe('copies of one story are one independent source', () => {
  it.each<[string, Row[], Record<string, unknown>]>([
    ['three copies: three articles, one source', copies, { status: 'signed', sources: 1, articles: { signed: 3, not_signed: 0 }, independent: { signed: 1, not_signed: 0 } }],
    ['with an unrelated article: two sources', [...copies, ['radio', 'radio', 'signed']], { status: 'signed', sources: 2, independent: { signed: 2, not_signed: 0 } }],
    [
      'three copies against one other source: a conflict between two independent sources',
      [...copies, ['radio', 'radio', 'not_signed']],
      { status: 'conflict', sources: 2, independent: { signed: 1, not_signed: 1 } },
    ],
  ])('%s', (_what, rows, expected) => {
    const party = kenya(rows);
    expect(party).toMatchObject(expected);
    expect(party?.oneOriginal).toBeUndefined();
  });

  it('keeps a conflict between a story and its copy visible, saying both sides come from one original', () => {
    const party = kenya([...copies.slice(0, 2), ['edited', 'wire', 'not_signed']]);
    expect(party).toMatchObject({ status: 'conflict', oneOriginal: 'wire', sources: 1, independent: { signed: 1, not_signed: 1 } });
    // A reference fact taking a side makes it a conflict between independent sources again.
    const withReference = kenya([...copies.slice(0, 2), ['edited', 'wire', 'not_signed']], [
      { subject: 'declaration:paris-statement', property: 'signed', value: 'country:KE', sources: ['https://example.org/list'] },
    ]);
    expect(withReference).toMatchObject({ status: 'conflict', sources: 3 });
    expect(withReference?.oneOriginal).toBeUndefined();
  });

  it('shows one piece of evidence per story, the original statement, with every carrier under it', () => {
    const facts = tallyArticles(articles([...copies, ['radio', 'radio', 'signed']]));
    const carriers = ['gazette', 'wire', 'courier'].map((documentId) => ({ documentId, outlet: documentId, title: null, url: null, published: null, source: documentId }));
    const evidence = facts.evidence.map((e) => (e.cluster === 'wire' ? { ...e, carriers } : e));
    const party = assembleSignatories('declaration:paris-statement', [], { ...facts, evidence }).parties.find((p) => p.party === 'KE');
    expect(party?.evidence.map((e) => [e.documentId, e.carriers?.map((c) => c.outlet) ?? []])).toEqual([
      ['radio', []],
      ['gazette', ['gazette', 'wire', 'courier']],
    ]);
  });
});
