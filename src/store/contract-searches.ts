import { describe, expect, it } from 'vitest';
import { makeDoc, makeStatement, storeRunner, type OpenEmpty } from './contract-fixtures.js';
import type { SavedSearch } from './searches.js';

const search = (name: string, extra: Partial<SavedSearch> = {}): SavedSearch => ({
  id: `id-${name}`,
  name,
  kind: 'quotes',
  params: { search: 'ouverte', exact: false },
  webhook: null,
  secret: null,
  cursor: 0,
  createdAt: '2026-12-01T10:00:00.000Z',
  ...extra,
});

// Saved searches, their cursor and delivery log, and the stored order "what is new" reads.
export function describeSearchContract(name: string, openEmpty: OpenEmpty): void {
  const withStore = storeRunner(openEmpty);
  const first = makeDoc('Une porte ouverte sur le monde.', { published: '2025-02-10' });
  const second = makeDoc('Une fenêtre ouverte aussi.', { published: '2025-02-11' });
  const quote = (d: typeof first, subject: string) => makeStatement(d, 'quote', subject, 4, { words: d.text.slice(4, 20) });

  describe(`Store contract, saved searches: ${name}`, () => {
    it('keeps saved searches by id and name, moves their cursor and removes them with their log', () =>
      withStore(async (store) => {
        const hook = search('b-hook', { kind: 'entity', params: { entity: 'country:FR' }, webhook: 'https://hooks.example/x', secret: 's3cret' });
        await store.addSearch(search('a-quotes'));
        await store.addSearch(hook);
        await expect(store.addSearch(search('a-quotes', { id: 'other' }))).rejects.toThrow();
        expect((await store.listSearches()).map((s) => s.name)).toEqual(['a-quotes', 'b-hook']);
        expect(await store.getSearch('b-hook')).toEqual(hook);
        expect(await store.getSearch('id-a-quotes')).toEqual(search('a-quotes'));
        expect(await store.getSearch('nothing')).toBeNull();
        await store.setSearchCursor(hook.id, 7);
        expect((await store.getSearch(hook.id))?.cursor).toBe(7);
        const entry = {
          searchId: hook.id,
          at: '2026-12-01T10:01:00Z',
          url: 'https://hooks.example/x',
          items: 2,
          attempts: 2,
          httpStatus: 200,
          error: null,
          cursor: 7,
        };
        const one = await store.recordDelivery({ ...entry, status: 'failed', httpStatus: 500, error: 'HTTP 500' });
        const two = await store.recordDelivery({ ...entry, status: 'delivered' });
        expect(two.seq).toBeGreaterThan(one.seq);
        expect((await store.deliveryLog(hook.id)).map((d) => [d.status, d.httpStatus, d.error, d.attempts])).toEqual([
          ['delivered', 200, null, 2],
          ['failed', 500, 'HTTP 500', 2],
        ]);
        expect(await store.deliveryLog('id-a-quotes')).toEqual([]);
        expect(await store.removeSearch(hook.id)).toBe(true);
        expect(await store.removeSearch(hook.id)).toBe(false);
        expect(await store.deliveryLog()).toEqual([]);
      }));

    it('numbers documents in stored order and reads the statements stored after a cursor', () =>
      withStore(async (store) => {
        expect(await store.lastDocumentSeq()).toBe(0);
        await store.saveDocument(first, { key: 'a', label: 'a' }, [quote(first, 'Ana'), makeStatement(first, 'signed', 'FR', 0)]);
        const cursor = await store.lastDocumentSeq();
        await store.saveDocument(second, { key: 'b', label: 'b' }, [quote(second, 'Bo')]);
        expect(await store.lastDocumentSeq()).toBeGreaterThan(cursor);
        const stamps = await store.documentStamps([first.id, second.id, 'missing']);
        expect([...stamps.keys()].sort()).toEqual([first.id, second.id].sort());
        expect(stamps.get(second.id)?.seq).toBeGreaterThan(stamps.get(first.id)?.seq ?? Infinity);
        const ids = async (query: Parameters<typeof store.newStatements>[0]) => (await store.newStatements(query)).map((s) => s.subject);
        expect(await ids({ after: 0 })).toEqual(['Bo', 'Ana', 'FR']);
        expect(await ids({ after: cursor })).toEqual(['Bo']);
        expect(await ids({ after: 0, kinds: ['quote'], subjects: ['Ana'] })).toEqual(['Ana']);
        expect(await ids({ after: 0, subjects: [] })).toEqual([]);
        expect(await ids({ after: 0, limit: 1 })).toEqual(['Bo']);
        expect((await store.searchQuotes({ search: 'ouverte', after: cursor })).map((q) => q.subject)).toEqual(['Bo']);
        expect((await store.searchQuotes({ search: 'ouverte' })).map((q) => q.subject)).toEqual(['Bo', 'Ana']);
      }));
  });
}
