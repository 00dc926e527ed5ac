import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../model/index.js';
import { distinctSpans } from './evidence.js';
import { assembleSignatories } from './signatories.js';
import type { ArticleEvidence as Evidence, ArticleFacts, StanceTally } from './signatory-types.js';

// Sample articles (data/samples, written by us) never make a status or a conflict on their own;
// their evidence is kept, labelled, beside a party's real sources.
const declaration = 'declaration:paris-statement';
const reference = (party: string, property: 'signed' | 'not_signed'): ReferenceFact => ({
  subject: declaration,
  property,
  value: `country:${party}`,
  sources: ['https://example.org/official-list'],
});
const tally = (party: string, stance: StanceTally['stance'], sample: boolean): StanceTally => ({
  party,
  stance,
  documents: 1,
  reviewedDocuments: 0,
  latest: '2025-02-11',
  ...(sample ? { sample: true } : {}),
});
const evidence = (party: string, stance: Evidence['stance'], sample: boolean, documentId = sample ? 'sample-doc' : 'real-doc'): Evidence => ({
  kind: 'article',
  stance,
  source: `${documentId} [0, 10)`,
  asOf: '2025-02-11',
  reason: null,
  unconfirmed: false,
  words: 'words',
  isReviewed: false,
  statementId: `${documentId}-${party}-${stance}`,
  party,
  documentId,
  start: 0,
  end: 10,
  ...(sample ? { sample: true } : {}),
});
const facts = (items: [string, StanceTally['stance'], boolean][]): ArticleFacts => ({
  stances: items.map(([p, s, sample]) => tally(p, s, sample)),
  evidence: items.map(([p, s, sample]) => evidence(p, s, sample)),
  counts: [],
});

describe('sample evidence', () => {
  it.each<[string, ReferenceFact[], [string, StanceTally['stance'], boolean][], string | null, number]>([
    ['a party only samples speak of gets no status', [], [['KE', 'signed', true]], null, 0],
    ['a sample refusal makes no conflict with the reference', [reference('KE', 'signed')], [['KE', 'not_signed', true]], 'signed', 1],
    ['a real article against a sample: the real one decides', [], [['KE', 'not_signed', false], ['KE', 'signed', true]], 'declined', 1],
    ['a real conflict stays a conflict', [reference('KE', 'signed')], [['KE', 'not_signed', false]], 'conflict', 2],
  ])('%s', (_name, refs, items, status, sources) => {
    const assembled = assembleSignatories(declaration, refs, facts(items));
    const party = assembled.parties.find((p) => p.party === 'KE');
    expect(party?.status ?? null).toBe(status);
    expect(party?.sources ?? 0).toBe(sources);
    const shown = [...(party?.evidence ?? []), ...(assembled.samples ?? [])].filter((e) => e.kind === 'article');
    // Every sample statement is still shown, and labelled.
    expect(shown.filter((e) => e.sample).length).toBe(items.filter(([, , sample]) => sample).length);
  });

  it('counts reported by samples are left out', () => {
    const assembled = assembleSignatories(declaration, [], { stances: [], evidence: [], counts: [{ value: 58, asOf: null, source: 'x', sources: 1, includes: null, urls: [], unconfirmed: false, sample: true }] });
    expect(assembled.counts).toEqual([]);
  });

  it('lists one span once, however many rules found it', () => {
    const twice = [evidence('KE', 'signed', false), { ...evidence('KE', 'signed', false), statementId: 'other-rule' }, evidence('KE', 'signed', false, 'doc-2')];
    expect(distinctSpans(twice).map((e) => e.statementId)).toEqual(['real-doc-KE-signed', 'doc-2-KE-signed']);
  });
});
