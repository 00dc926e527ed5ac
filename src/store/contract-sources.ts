import { describe, expect, it } from 'vitest';
import { makeDoc, storeRunner, type OpenEmpty } from './contract-fixtures.js';
import type { FetchRecord } from './sources.js';

// The books of followed sources: adding, pausing, claiming (each due source to one caller), the
// fetch log and the figures health is judged by.
export function describeSourceContract(name: string, openEmpty: OpenEmpty, openTwice?: () => Promise<[OpenEmpty, () => Promise<void>]>): void {
  const withStore = storeRunner(openEmpty);
  const t0 = '2026-03-01T10:00:00.000Z';
  const at = (minutes: number): string => new Date(Date.parse(t0) + minutes * 60_000).toISOString();
  const fetchOf = (sourceId: number, minutes: number, extra: Partial<FetchRecord> = {}): FetchRecord => ({
    sourceId,
    at: at(minutes),
    result: 'ok',
    statusCode: 200,
    itemsSeen: 3,
    newItems: 0,
    error: null,
    nextDue: at(minutes + 30),
    ...extra,
  });

  describe(`Store contract, followed sources: ${name}`, () => {
    it('adds, refuses a second copy of a URL, gets by id or URL, pauses, resumes and removes', () =>
      withStore(async (store) => {
        const added = await store.addSource({ url: 'https://a.example/feed', name: 'A', lang: 'fr', everySeconds: 1800, at: t0 });
        expect(added).toMatchObject({ url: 'https://a.example/feed', name: 'A', lang: 'fr', everySeconds: 1800, paused: false, addedAt: t0, nextDue: t0, etag: null });
        expect(await store.addSource({ url: 'https://a.example/feed', everySeconds: 60, at: t0 })).toBeNull();
        const other = await store.addSource({ url: 'https://b.example/sitemap.xml', everySeconds: 60, at: t0 });
        expect((await store.listSources()).map((s) => s.url)).toEqual(['https://a.example/feed', 'https://b.example/sitemap.xml']);
        expect(await store.getSource(added?.id ?? 0)).toEqual(added);
        expect(await store.getSource('https://b.example/sitemap.xml')).toEqual(other);
        expect(await store.getSource(9999)).toBeNull();
        expect(await store.setSourcePaused(added?.id ?? 0, true)).toBe(true);
        expect((await store.getSource(added?.id ?? 0))?.paused).toBe(true);
        expect(await store.setSourcePaused(added?.id ?? 0, false)).toBe(true);
        expect(await store.setSourcePaused(9999, true)).toBe(false);
        await store.recordFetch(fetchOf(other?.id ?? 0, 0));
        expect(await store.removeSource(other?.id ?? 0)).toBe(true);
        expect(await store.removeSource(other?.id ?? 0)).toBe(false);
        expect((await store.listSources()).map((s) => s.id)).toEqual([added?.id]);
      }));

    it('claims due, unpaused, unheld sources once, most overdue first, and lets a lease run out', () =>
      withStore(async (store) => {
        const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((n, i) => store.addSource({ url: `https://${n}.example/feed`, everySeconds: 60, at: at(i) })));
        await store.setSourcePaused(c?.id ?? 0, true);
        expect(await store.claimDueSources(at(-1), 'w1', 600, 10)).toEqual([]);
        expect((await store.claimDueSources(at(0), 'w1', 600, 10)).map((s) => [s.id, s.leaseBy])).toEqual([[a?.id, 'w1']]);
        expect((await store.claimDueSources(at(5), 'w2', 600, 10)).map((s) => s.id)).toEqual([b?.id]);
        expect(await store.claimDueSources(at(5), 'w3', 600, 10)).toEqual([]);
        // w1 died holding a: its lease ends after 10 minutes and w3 takes it.
        expect((await store.claimDueSources(at(10), 'w3', 600, 1)).map((s) => [s.id, s.leaseBy])).toEqual([[a?.id, 'w3']]);
        await store.recordFetch(fetchOf(b?.id ?? 0, 11, { nextDue: at(100) }));
        expect(await store.claimDueSources(at(11), 'w4', 600, 10)).toEqual([]);
        expect((await store.claimDueSources(at(11), 'w4', 600, 10, true)).map((s) => s.id)).toEqual([b?.id]);
      }));

    it('keeps validators from an ok answer, not from unchanged or error, and logs every fetch newest first', () =>
      withStore(async (store) => {
        const s = await store.addSource({ url: 'https://a.example/feed', everySeconds: 60, at: t0 });
        const id = s?.id ?? 0;
        await store.recordFetch(fetchOf(id, 0, { etag: '"v1"', lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT', newItems: 2 }));
        await store.recordFetch(fetchOf(id, 30, { result: 'unchanged', statusCode: 304, itemsSeen: 0 }));
        await store.recordFetch(fetchOf(id, 60, { result: 'error', statusCode: 500, itemsSeen: 0, error: 'HTTP 500' }));
        expect(await store.getSource(id)).toMatchObject({ etag: '"v1"', lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT', nextDue: at(90), leaseUntil: null });
        const log = await store.sourceFetches(id);
        expect(log.map((f) => [f.result, f.statusCode, f.newItems, f.error])).toEqual([
          ['error', 500, 0, 'HTTP 500'],
          ['unchanged', 304, 0, null],
          ['ok', 200, 2, null],
        ]);
        expect(await store.sourceFetches(id, 1)).toHaveLength(1);
      }));

    it('gives the figures health is judged by: last fetch, errors in a row, new items since, first and last new', () =>
      withStore(async (store) => {
        // One after the other: figures come in id order, and two adds at once may take either id first.
        const a = await store.addSource({ url: 'https://a.example/feed', everySeconds: 60, at: t0 });
        const b = await store.addSource({ url: 'https://b.example/feed', everySeconds: 60, at: t0 });
        const id = a?.id ?? 0;
        await store.recordFetch(fetchOf(id, 0, { newItems: 5 }));
        await store.recordFetch(fetchOf(id, 10, { result: 'error', error: 'HTTP 500' }));
        await store.recordFetch(fetchOf(id, 20, { newItems: 2 }));
        for (const minutes of [30, 40]) await store.recordFetch(fetchOf(id, minutes, { result: 'error', statusCode: null, error: 'timeout' }));
        const [first, second] = await store.sourceFigures(at(5));
        expect(first).toEqual({
          sourceId: id,
          lastFetch: { sourceId: id, at: at(40), result: 'error', statusCode: null, itemsSeen: 3, newItems: 0, error: 'timeout' },
          fetches: 5,
          errorsInRow: 2,
          newItemsSince: 2,
          firstNewAt: at(0),
          lastNewAt: at(20),
          fetchesWithNew: 2,
        });
        expect(second).toEqual({ sourceId: b?.id, lastFetch: null, fetches: 0, errorsInRow: 0, newItemsSince: 0, firstNewAt: null, lastNewAt: null, fetchesWithNew: 0 });
      }));

    it('says which URLs documents were stored under', () =>
      withStore(async (store) => {
        await store.saveDocument(makeDoc('Un article lu sur le web.'), { key: 'https://a.example/1', label: 'https://a.example/1' });
        expect([...(await store.storedSourceKeys(['https://a.example/1', 'https://a.example/2']))]).toEqual(['https://a.example/1']);
        expect(await store.storedSourceKeys([])).toEqual(new Set());
      }));

    it.skipIf(!openTwice)('hands each source to one of two handles claiming at once', async () => {
      const [open, done] = await (openTwice as NonNullable<typeof openTwice>)();
      const [one, two] = [await open(), await open()];
      try {
        for (let i = 0; i < 40; i += 1) await one.addSource({ url: `https://s${i}.example/feed`, everySeconds: 60, at: t0 });
        const claims = await Promise.all(
          Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? one : two).claimDueSources(at(1), `w${i}`, 60, 3)),
        );
        const ids = claims.flat().map((s) => s.id);
        expect(ids.length).toBe(40);
        expect(new Set(ids).size).toBe(40);
      } finally {
        await Promise.all([one.close(), two.close()]);
        await done();
      }
    });
  });
}
