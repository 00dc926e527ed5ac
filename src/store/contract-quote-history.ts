import { describe, expect, it } from 'vitest';
import type { SaveItem } from './store.js';
import { makeDoc, makeStatement, storeRunner, type OpenEmpty } from './contract-fixtures.js';

// Words, with a speaker or not, over a long history: the newest matches first however far apart
// they were written, older ones on later pages (PostgreSQL reads the newest quotes or spans of
// 1,024 documents first: see postgres/search.ts).
export function describeQuoteHistoryContract(name: string, openEmpty: OpenEmpty): void {
  const withStore = storeRunner(openEmpty);
  // Texts unlike each other, so that the fillers do not make one story of thousands.
  const vocabulary = 'lac pont neige forge vent sel miel cuivre orge lin craie soie fer ocre jonc'.split(' ');
  const wordsOf = (n: number) => Array.from({ length: 9 }, (_, i) => vocabulary[(n * 7919 + i * i * 104729 + (n >> i)) % vocabulary.length]).join(' ');
  const quoted = (n: number, words: string) => {
    const document = makeDoc(`Article ${n} ${wordsOf(n)}. « ${words} », dit Anna Berg.`);
    const quote = makeStatement(document, 'quote', 'Anna Berg', 0, { end: document.text.length, words });
    return { document, source: { key: `h${n}`, label: `h${n}` }, statements: [quote] } satisfies SaveItem;
  };

  describe(`Store contract, quote history: ${name}`, () => {
    it('pages a word with a speaker newest first across thousands of documents between its matches', () =>
      withStore(async (store) => {
        const items = [quoted(0, 'Une règle claire pour les modèles')];
        // Documents between them, each with a quote of hers without the word.
        for (let n = 1; n <= 4200; n += 1) items.push(quoted(n, `Rien de neuf, numéro ${n}`));
        items.push(quoted(4201, 'Des règles pour tous'), quoted(4202, 'Encore des règles'));
        await store.saveDocuments(items);
        const ids = async (limit: number, offset = 0) =>
          (await store.searchQuotes({ speaker: 'berg', search: 'regle', limit, offset })).map((r) => r.documentId);
        const [oldest, , newer, newest] = [items[0], null, items[4201], items[4202]].map((i) => i?.document.id);
        expect(await ids(10)).toEqual([newest, newer, oldest]);
        expect(await ids(2)).toEqual([newest, newer]);
        expect(await ids(1, 2)).toEqual([oldest]);
        expect(await ids(5, 3)).toEqual([]);
        expect((await store.searchQuotes({ speaker: 'berg', search: 'numero 4200' })).length).toBe(1);
        // Words alone: a rare word's matches 4,200 quotes apart, a common phrase's newest page,
        // and matches both among the newest quotes and far behind them.
        const found = async (search: string, limit = 100, offset = 0) => (await store.searchQuotes({ search, limit, offset })).map((r) => r.documentId);
        expect(await found('regle', 10)).toEqual([newest, newer, oldest]);
        expect(await found('regle', 1, 2)).toEqual([oldest]);
        const number = (n: number) => items[n]?.document.id;
        expect(await found('rien de', 3)).toEqual([4200, 4199, 4198].map(number));
        expect(await found('rien de', 2, 4000)).toEqual([200, 199].map(number));
        expect(await found('numero 150')).toEqual([1509, 1508, 1507, 1506, 1505, 1504, 1503, 1502, 1501, 1500, 150].map(number));
      }));
  });
}
