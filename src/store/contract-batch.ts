import { describe, expect, it } from 'vitest';
import type { Document } from '../model/index.js';
import { makeDoc, makeStatement, storeRunner, type OpenEmpty } from './contract-fixtures.js';
import type { SaveItem, Store } from './store.js';

// saveDocuments: a batch is stored as the same documents saved one by one, in one transaction.
export function describeBatchContract(name: string, openEmpty: OpenEmpty): void {
  const withStore = storeRunner(openEmpty);
  const [paris, seoul, edited] = [makeDoc('Le sommet de Paris, la Chine signe.'), makeDoc('Le sommet de Séoul.'), makeDoc('Le sommet de Paris, texte revu.')];
  const signs = (d: Document, subject: string, declaration: string) => makeStatement(d, 'signed', subject, 3, { value: { declaration } });
  const batch: SaveItem[] = [
    { document: paris, source: { key: '/a.txt', label: 'a.txt' }, statements: [signs(paris, 'CN', 'paris-statement')], mainEvent: 'summit' },
    { document: seoul, source: { key: '/b.txt', label: 'b.txt' }, statements: [signs(seoul, 'KR', 'seoul-declaration')], mainEvent: null },
    { document: paris, source: { key: '/a.txt', label: 'a.txt' }, statements: [signs(paris, 'CN', 'paris-statement')], mainEvent: 'summit' },
    { document: paris, source: { key: '/copy.txt', label: 'copy.txt' } },
    { document: edited, source: { key: '/a.txt', label: 'a.txt' }, statements: [signs(edited, 'FR', 'paris-statement')], mainEvent: 'summit' },
    { document: seoul, source: { key: null, label: 'stdin' } },
  ];
  const expected = ['new', 'new', 'unchanged', 'copy', 'updated', 'unchanged'];

  // What a reader sees of the store: documents with their sources, statements and tallies.
  const contents = async (store: Store) => ({
    documents: await Promise.all((await store.listDocuments()).map((d) => store.getDocument(d.id))),
    statements: await Promise.all([paris, seoul, edited].map((d) => store.listStatements(d.id))),
    tallies: [...(await store.factTallies({ declaration: 'paris-statement' })), ...(await store.factTallies({ declaration: 'seoul-declaration' }))],
  });
  const withoutTimes = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'createdAt' || key === 'ingestedAt' ? 'T' : v)));

  describe(`Store contract, batches: ${name}`, () => {
    it('stores a batch as the same documents saved one by one, with the same statuses', async () => {
      let oneByOne: unknown;
      await withStore(async (store) => {
        const statuses = [];
        for (const item of batch) statuses.push(await store.saveDocument(item.document, item.source, item.statements, item.mainEvent));
        expect(statuses).toEqual(expected);
        oneByOne = withoutTimes(await contents(store));
      });
      await withStore(async (store) => {
        expect(await store.saveDocuments(batch)).toEqual(expected);
        expect(withoutTimes(await contents(store))).toEqual(oneByOne);
        expect(await store.factTallies({ declaration: 'paris-statement' })).toMatchObject([
          { object: 'CN', documents: 1 },
          { object: 'FR', documents: 1 },
        ]);
        expect(await store.saveDocuments([])).toEqual([]);
      });
    });

    it('stores a batch whole or not at all', () =>
      withStore(async (store) => {
        const twice = signs(seoul, 'KR', 'seoul-declaration');
        const broken: SaveItem[] = [batch[0] as SaveItem, { document: seoul, source: { key: '/b.txt', label: 'b.txt' }, statements: [twice, twice] }];
        await expect(store.saveDocuments(broken)).rejects.toThrow();
        expect(await store.countDocuments()).toBe(0);
        expect(await store.factTallies({ declaration: 'paris-statement' })).toEqual([]);
        expect(await store.saveDocuments(batch.slice(0, 2))).toEqual(['new', 'new']);
      }));
  });
}
