import { describe, expect, it } from 'vitest';
import type { Gold } from './gold.js';
import { isSameName } from './normalize.js';
import { buildReport } from './report.js';
import { scoreDocument } from './score.js';

describe('isSameName', () => {
  it.each<[string, string, boolean]>([
    ['JD Vance', 'J.D. Vance', true],
    ['JD Vance', 'Vance', true],
    ['Bùi Hoàng Phương', 'Bui Hoang Phuong', true],
    ['Đặng Văn An', 'Dang Van An', true],
    ['Emmanuel Macron', 'Macron Emmanuel', false],
    ['Linda Griffin', 'Griffin Linda Smith', false],
    ['Zhang Guoqing', 'Zhang', true],
    ['', 'Zhang', false],
  ])('%s ~ %s = %s', (a, b, same) => {
    expect(isSameName(a, b)).toBe(same);
  });
});

const text = 'Il a dit : « Nous vivons une révolution. » Puis la « nécessité de règles » et un « slogan » sans auteur. « Autre chose », a dit M. X.';
const gold: Gold = {
  id: 'g',
  lang: 'fr',
  facts: {
    signed: ['CN', 'FR', 'IN'],
    not_signed: ['US'],
    signatory_count: 61,
    quotes: [{ speaker: 'Emmanuel Macron', starts: 'Nous vivons une' }],
    quote_fragments: [{ speaker: 'Emmanuel Macron', starts: 'nécessité de règles' }],
    events: [{ name: 'AI Action Summit', city: 'Paris', country: 'FR' }],
    initiatives: ['Current AI'],
    delegations: [{ country: 'VN', head: 'Bui Hoang Phuong' }],
  },
};

describe('scoreDocument', () => {
  it('counts matches, misses and spurious items per key', () => {
    const predicted: Gold = {
      id: 'g',
      lang: 'fr',
      facts: {
        signed: ['cn', 'FR', 'DE'],
        not_signed: [],
        signatory_count: 58,
        quotes: [
          { speaker: 'Macron', text: '« Nous vivons une révolution. »' },
          { speaker: 'Macron', text: 'nécessité de règles' },
          { speaker: 'Quelqu’un', text: 'slogan' },
          { speaker: 'M. X', text: 'Autre chose' },
        ],
        events: [{ name: 'Sommet', city: 'Paris' }],
        initiatives: ["l'initiative Current AI"],
        delegations: [{ country: 'VN', head: 'Bùi Hoàng Phương' }],
      },
    };
    const { keys } = scoreDocument(gold, predicted, text);
    const counts = Object.fromEntries(Object.entries(keys).map(([key, r]) => [key, [r.tp, r.fp, r.fn]]));
    expect(counts).toMatchObject({
      signed: [2, 1, 1],
      not_signed: [0, 0, 1],
      signatory_count: [0, 1, 1],
      // the fragment and the unattributed slogan are neutral; "Autre chose" lies in a quoted
      // span that holds no gold quote, so it is neutral too
      quotes: [1, 0, 0],
      events: [1, 0, 0],
      initiatives: [1, 0, 0],
      delegations: [1, 0, 0],
    });
  });

  it('scores a gold file against itself as perfect', () => {
    const asPredicted: Gold = { ...gold, facts: { ...gold.facts, quotes: [{ speaker: 'Emmanuel Macron', text: 'Nous vivons une révolution.' }] } };
    const report = buildReport([scoreDocument(gold, asPredicted, text)]);
    expect([report.core.f1, report.all.f1]).toEqual([1, 1]);
  });
});
