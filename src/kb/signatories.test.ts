import { describe, expect, it } from 'vitest';
import type { ReferenceFact, Statement } from '../model/index.js';
import { assembleSignatories, signedOnly, tallyArticles } from './signatories.js';

const fact = (property: ReferenceFact['property'], value: string | number, extra: Partial<ReferenceFact> = {}): ReferenceFact => ({
  subject: 'declaration:paris-statement',
  property,
  value,
  sources: ['https://example.org/list'],
  ...extra,
});
const stance = (kind: 'signed' | 'not_signed', subject: string, value: Statement['value'] = {}): Statement => ({
  id: `${kind}-${subject}`,
  documentId: 'doc1',
  kind,
  subject,
  value,
  start: 0,
  end: 10,
  sentence: 0,
  rule: 'fr.test',
  lang: 'fr',
  words: 'words',
  confidence: 0.9,
});

describe('assembleSignatories', () => {
  const reference = [
    fact('signed', 'country:CN', { as_of: '2025-02-11', signer_type: 'state' }),
    fact('signed', 'country:EU', { signer_type: 'international_organization' }),
    fact('not_signed', 'country:US', { reason: 'national interest' }),
    fact('signed', 'country:VN', { unconfirmed: true }),
    fact('signatory_count', 58, { as_of: '2025-02-11' }),
    { ...fact('signed', 'country:JP'), subject: 'declaration:other' },
  ];
  const articles = [
    { documentId: 'doc1', published: '2025-02-12', origin: 'a.txt', statements: [stance('signed', 'CN'), stance('signed', 'IN'), stance('signed', 'US')] },
    {
      documentId: 'doc2',
      published: null,
      origin: 'b.txt',
      statements: [stance('not_signed', 'VN'), { ...stance('signed', 'x'), kind: 'signatory_count', value: { count: 61 } } as Statement],
    },
  ];
  const result = assembleSignatories('declaration:paris-statement', reference, tallyArticles(articles));

  it.each<[string, string, string, number]>([
    ['CN', 'signed', 'state', 2],
    ['EU', 'signed', 'international_organization', 1],
    ['IN', 'signed', 'state', 1],
    ['US', 'conflict', 'state', 2],
    ['VN', 'declined', 'state', 2],
  ])('%s: %s, %s, %i sources', (party, status, signerType, sources) => {
    expect(result.parties.find((p) => p.party === party)).toMatchObject({ status, signerType, sources });
  });

  it('keeps every reported count with its date and source, and no other declaration', () => {
    expect(result.counts).toEqual([
      { value: 58, asOf: '2025-02-11', source: 'https://example.org/list', sources: 1 },
      { value: 61, asOf: null, source: 'b.txt', sources: 1 },
    ]);
    expect(result.parties.map((p) => p.party)).not.toContain('JP');
  });

  it('shows parties at the summit that no source gives a stance for as attended', () => {
    const attended = [
      ...reference,
      { ...fact('attended', 'country:BR'), subject: 'event:paris-2025' },
      { ...fact('attended', 'country:CN'), subject: 'event:paris-2025' },
    ];
    const parties = assembleSignatories('declaration:paris-statement', attended, tallyArticles([]), 'event:paris-2025').parties;
    expect(parties.find((p) => p.party === 'BR')?.status).toBe('attended');
    expect(parties.find((p) => p.party === 'CN')?.status).toBe('signed');
  });

  it('compares two declarations', () => {
    const other = assembleSignatories('declaration:other', reference, tallyArticles([]));
    expect(signedOnly(result, other).map((p) => p.party)).toEqual(['CN', 'EU', 'IN']);
    expect(signedOnly(other, result).map((p) => [p.party, p.other])).toEqual([['JP', 'unknown']]);
    expect(signedOnly(result, other).map((p) => p.other)).toEqual(['unknown', 'unknown', 'unknown']);
  });
});
