import { describe, expect, it } from 'vitest';
import type { SaveItem } from './store.js';
import { makeDoc, makeStatement, storeRunner, type OpenEmpty } from './contract-fixtures.js';

// A word with a speaker over a long history: the newest matches first however far apart they
// were written, older ones on later pages (PostgreSQL asks the newest spans of 1,024 documents
// first: see postgres/search.ts).
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
        // Documents between them, some with a quote of hers without the word.
        for (let n = 1; n <= 4200; n += 1) items.push(n % 100 === 0 ? quoted(n, `Rien de neuf, numéro ${n}`) : { ...quoted(n, ''), statements: [] });
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
      }));
  });
}
