import { describe, expect, it } from 'vitest';
import type { ReferenceFact, Statement } from '../model/index.js';
import { assembleSignatories, signedOnly, statusIn } from './signatories.js';
import { tallyArticles } from './tally.js';

const fact = (property: ReferenceFact['property'], value: string | number | boolean, extra: Partial<ReferenceFact> = {}): ReferenceFact => ({
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
const article = (statements: Statement[]) => tallyArticles([{ documentId: 'doc1', published: '2025-02-12', origin: 'a.txt', statements }]);

describe('assembleSignatories: one status vocabulary, decided here', () => {
  const event = 'event:paris-2025';
  // [what, reference facts, article stances, party, expected status]
  it.each<[string, ReferenceFact[], Statement[], string, string]>([
    ['a source states a signature', [fact('signed', 'country:CN')], [], 'CN', 'signed'],
    ['an article alone states a signature', [], [stance('signed', 'IN')], 'IN', 'signed'],
    ['a reference refusal', [fact('not_signed', 'country:US', { refusal: true })], [], 'US', 'declined'],
    ['an article states a refusal', [], [stance('not_signed', 'KE')], 'KE', 'declined'],
    ['not signed, no refusal, list incomplete: unknown, never declined', [fact('not_signed', 'country:VN')], [], 'VN', 'unknown'],
    [
      'not signed, no refusal, complete list: not listed',
      [fact('list_complete', true, { as_of: '2026-02-24' }), fact('not_signed', 'country:VN', { as_of: '2026-02-24' })],
      [],
      'VN',
      'not_listed',
    ],
    [
      'a refusal on a complete list stays declined',
      [fact('list_complete', true), fact('not_signed', 'country:US', { refusal: true })],
      [],
      'US',
      'declined',
    ],
    ['status unknown, but at the summit: attended', [fact('status_unknown', 'country:VN'), { ...fact('attended', 'country:VN'), subject: event }], [], 'VN', 'attended'],
    ['status unknown, not at the summit', [fact('status_unknown', 'country:VN')], [], 'VN', 'unknown'],
    ['only at the summit', [{ ...fact('attended', 'country:BR'), subject: event }], [], 'BR', 'attended'],
    ['reference signed, article refusal: conflict', [fact('signed', 'country:US')], [stance('not_signed', 'US')], 'US', 'conflict'],
    ['not listed against an article signature: conflict', [fact('list_complete', true), fact('not_signed', 'country:JP')], [stance('signed', 'JP')], 'JP', 'conflict'],
    ['an unconfirmed fact gives way to a confirmed one', [fact('signed', 'country:AT', { unconfirmed: true }), fact('not_signed', 'country:AT', { refusal: true })], [], 'AT', 'declined'],
  ])('%s', (_what, reference, statements, party, status) => {
    const result = assembleSignatories('declaration:paris-statement', reference, article(statements), event);
    expect(result.kind).toBe('summit_declaration');
    expect(result.parties.find((p) => p.party === party)?.status).toBe(status);
  });

  it.each<[string, string, ReferenceFact[], Statement[], string, string]>([
    ['treaty: a ratification includes the signature', 'treaty', [fact('signed', 'country:EU'), fact('ratified', 'country:EU')], [], 'EU', 'ratified'],
    ['treaty: signed', 'treaty', [fact('signed', 'country:GB', { as_of: '2024-09-05' })], [], 'GB', 'signed'],
    ['treaty: not signed as of a date is not a refusal', 'treaty', [fact('not_signed', 'country:VN', { as_of: '2026-01-27' })], [], 'VN', 'not_signed'],
    ['treaty: an article saying not signed', 'treaty', [], [stance('not_signed', 'FR')], 'FR', 'not_signed'],
    ['UN vote: voted against', 'un_resolution', [fact('voted_against', 'country:US')], [], 'US', 'voted_against'],
    ['UN vote: abstained', 'un_resolution', [fact('abstained', 'country:UA')], [], 'UA', 'abstained'],
    ['UN vote: voted for', 'un_resolution', [fact('voted_for', 'country:FR')], [], 'FR', 'voted_for'],
    ['UN vote: two votes disagree', 'un_resolution', [fact('voted_for', 'country:TN'), fact('abstained', 'country:TN')], [], 'TN', 'conflict'],
  ])('%s', (_what, kind, reference, statements, party, status) => {
    const result = assembleSignatories('declaration:paris-statement', [fact('kind', kind), ...reference], article(statements));
    expect(result.kind).toBe(kind);
    expect(result.statuses).toContain(status);
    expect(result.parties.find((p) => p.party === party)?.status).toBe(status);
  });

  it('keeps every reported count with what it includes, its date and every source, and no other declaration', () => {
    const reference = [
      fact('signatory_count', 58, { as_of: '2025-02-11', includes: '58 countries + EU + AU Commission', sources: ['https://a.org', 'https://b.org'] }),
      { ...fact('signed', 'country:JP'), subject: 'declaration:other' },
    ];
    const count = { ...stance('signed', 'x'), kind: 'signatory_count', value: { count: 61 } } as Statement;
    const result = assembleSignatories('declaration:paris-statement', reference, article([count]));
    expect(result.counts).toEqual([
      { value: 58, asOf: '2025-02-11', source: 'https://a.org', sources: 2, includes: '58 countries + EU + AU Commission', urls: ['https://a.org', 'https://b.org'], unconfirmed: false },
      { value: 61, asOf: '2025-02-12', source: 'a.txt', sources: 1, includes: null, urls: [], unconfirmed: false },
    ]);
    expect(result.parties.map((p) => p.party)).not.toContain('JP');
  });

  it('dates when each party joined', () => {
    const reference = [
      fact('signed', 'country:GB', { as_of: '2023-11-01' }),
      fact('signed', 'country:EU', { as_of: '2023-11-01' }),
      fact('signed', 'country:NZ', { as_of: '2024-10-23' }),
      fact('ratified', 'country:EU', { as_of: '2026-05-15', unconfirmed: true }),
    ];
    expect(assembleSignatories('declaration:paris-statement', reference, article([])).timeline).toEqual([
      { date: '2023-11-01', status: 'signed', parties: ['GB', 'EU'], unconfirmed: false },
      { date: '2024-10-23', status: 'signed', parties: ['NZ'], unconfirmed: false },
      { date: '2026-05-15', status: 'ratified', parties: ['EU'], unconfirmed: true },
    ]);
  });

  it('compares two declarations with the real status of each party on the other', () => {
    const a = assembleSignatories('declaration:a', [{ ...fact('signed', 'country:CN'), subject: 'declaration:a' }, { ...fact('signed', 'country:US'), subject: 'declaration:a' }, { ...fact('signed', 'country:FR'), subject: 'declaration:a' }], article([]));
    const b = (complete: boolean) =>
      assembleSignatories(
        'declaration:b',
        [
          { ...fact('list_complete', complete, { as_of: '2026-02-24' }), subject: 'declaration:b' },
          { ...fact('not_signed', 'country:US', { refusal: true }), subject: 'declaration:b' },
          { ...fact('signed', 'country:FR'), subject: 'declaration:b' },
        ],
        article([]),
      );
    expect(signedOnly(a, b(true)).map((p) => [p.party, p.other, p.otherAsOf])).toEqual([
      ['CN', 'not_listed', '2026-02-24'],
      ['US', 'declined', null],
    ]);
    expect(signedOnly(a, b(false)).map((p) => [p.party, p.other])).toEqual([
      ['CN', 'unknown'],
      ['US', 'declined'],
    ]);
    expect(statusIn(b(true), 'ZZ')).toEqual({ status: 'not_listed', asOf: '2026-02-24' });
  });
});
