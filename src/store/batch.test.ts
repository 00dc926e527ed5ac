import { describe, expect, it } from 'vitest';
import { BatchBands, BatchTallies } from './batch.js';
import { hitsPerBand, type BandHit } from './clusters.js';

// A small deterministic generator: the same cases on every run.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

// What `key = ? AND seq > after ORDER BY seq LIMIT hitsPerBand` reads from these rows.
const pageIn = (rows: Map<string, BandHit[]>, key: string, after: number): BandHit[] =>
  (rows.get(key) ?? []).filter((h) => h.seq > after).slice(0, hitsPerBand);

describe('BatchBands', () => {
  // Each backend reads the stored rows as it must; SQLite's table holds the batch's documents too.
  for (const [backend, tableHoldsBatch] of [
    ['PostgreSQL', false],
    ['SQLite', true],
  ] as const)
    it(`answers every page as the band index would, documents of the batch included (${backend})`, () => {
      for (let seed = 1; seed <= 40; seed += 1) {
        const next = random(seed);
        const keys = ['a', 'b', 'c'];
        const stored = new Map<string, BandHit[]>();
        let seq = 0;
        for (let i = 0; i < 40; i += 1) {
          seq += 1 + Math.floor(next() * 3);
          const key = keys[Math.floor(next() * keys.length)] as string;
          stored.set(key, [...(stored.get(key) ?? []), { seq, documentId: `s${seq}` }]);
        }
        const all = new Map([...stored].map(([k, v]) => [k, [...v]]));
        const bands = new BatchBands();
        const pageOf = (key: string, after: number): BandHit[] => {
          for (;;) {
            const page = bands.page(key, after);
            if (Array.isArray(page)) return page;
            bands.learn(key, pageIn(tableHoldsBatch ? all : stored, key, page.readAfter));
          }
        };
        for (let step = 0; step < 30; step += 1) {
          for (const key of keys) {
            const after = Math.floor(next() * (seq + 2));
            expect(pageOf(key, after)).toEqual(pageIn(all, key, after));
          }
          seq += 1;
          const mine = keys.filter(() => next() < 0.5);
          for (const key of mine) all.set(key, [...(all.get(key) ?? []), { seq, documentId: `b${seq}` }]);
          bands.add(mine, seq, { documentId: `b${seq}`, cluster: `b${seq}`, signature: '', wires: '' });
        }
      }
    });
});

describe('BatchTallies', () => {
  it('folds the latest document as the upsert does one document at a time', () => {
    const cases: [(string | null)[], string | null, string][] = [
      [[null, '2024', null], '2024', 'd1'],
      [['2024', '2025', '2025', '2023'], '2025', 'd2'],
      [[null, null], null, 'd1'],
      [['2024', null, '2024'], '2024', 'd2'],
    ];
    for (const [dates, latest, latestDocument] of cases) {
      const tallies = new BatchTallies<number>();
      dates.forEach((published, i) =>
        tallies.enter({ id: `d${i}`, published, sample: 0, cluster: `d${i}` }, [{ declaration: 'x', property: 'signed', object: 'CN', reviewed: false }]),
      );
      expect([...tallies.totals.values()]).toMatchObject([{ documents: dates.length, latest, latestDocument, clusters: dates.length }]);
    }
  });
});
