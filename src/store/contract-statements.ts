import { describe, expect, it } from 'vitest';
import type { Statement } from '../model/index.js';
import { makeDoc, makeStatement, storeRunner, type OpenEmpty } from './contract-fixtures.js';
import type { Store } from './store.js';

// Reads of statements across documents, in one explicit order each, and writes that happen
// whole or not at all.
export function describeStatementContract(name: string, openEmpty: OpenEmpty): void {
  const withStore = storeRunner(openEmpty);
  const [first, second] = [makeDoc('Premier article, La Chine et Jean Dupont.'), makeDoc('Second article, La Chine encore.')];
  const firsts = [
    makeStatement(first, 'signed', 'CN', 10, { value: { declaration: 'paris-statement' } }),
    makeStatement(first, 'person', 'Jean Dupont', 25, { end: 36 }),
    makeStatement(first, 'quote', 'Jean Dupont', 25, { end: 30, lang: 'en' }),
    makeStatement(first, 'not_signed', 'US', 0),
  ];
  const seconds = [
    makeStatement(second, 'signed', 'CN', 16),
    makeStatement(second, 'quote', 'jean dupont', 2),
    makeStatement(second, 'quote', 'Jean Dupont', 2, { end: 9 }),
  ];

  describe(`Store contract, statements: ${name}`, () => {
    it('gets one statement by id, lists by kind oldest document first and counts by subject', () =>
      withStore(async (store) => {
        await store.saveDocument(first, { key: 'one', label: 'one' }, firsts, 'summit');
        await store.saveDocument(second, { key: 'two', label: 'two' }, seconds, 'summit');
        expect(await store.getStatement(firsts[1]?.id ?? '')).toEqual(firsts[1]);
        expect(await store.getStatement('none')).toBeNull();
        const byKind = await store.listStatementsByKind(['signed', 'not_signed']);
        expect(byKind.map((s) => [s.documentId, s.subject])).toEqual([
          [first.id, 'US'],
          [first.id, 'CN'],
          [second.id, 'CN'],
        ]);
        expect((await store.listStatementsByKind(['signed'], 1)).map((s) => s.documentId)).toEqual([first.id]);
        expect(await store.listStatementsByKind([])).toEqual([]);
        expect(await store.countStatementsBySubject(['CN', 'US'])).toEqual({ not_signed: 1, signed: 2 });
        expect(await store.countStatementsBySubject([])).toEqual({});
        // The most recently stored first, in stable pages.
        const cn = await store.findStatementsBySubject(['CN', 'US']);
        expect(cn.map((s) => s.documentId)).toEqual([second.id, first.id, first.id]);
        expect((await store.findStatementsBySubject(['CN', 'US'], 1, 1)).map((s) => s.id)).toEqual([cn[1]?.id]);
      }));

    it("gives a person's names with how many statements give each, most first", () =>
      withStore(async (store) => {
        await store.saveDocument(first, { key: 'one', label: 'one' }, firsts);
        await store.saveDocument(second, { key: 'two', label: 'two' }, seconds);
        expect(await store.personNames('jean dupont')).toEqual([
          { name: 'Jean Dupont', lang: 'fr', statements: 2 },
          { name: 'Jean Dupont', lang: 'en', statements: 1 },
          { name: 'jean dupont', lang: 'fr', statements: 1 },
        ]);
        expect(await store.personNames('nobody')).toEqual([]);
      }));

    it("keeps a subject's counts and names as statements are replaced, and a failed save adds nothing", () =>
      withStore(async (store) => {
        await store.saveDocuments([
          { document: first, source: { key: 'one', label: 'one' }, statements: firsts },
          { document: second, source: { key: 'two', label: 'two' }, statements: seconds },
        ]);
        await expect(store.saveDocument(makeDoc('Troisième.'), { key: 'three', label: 'three' }, [firsts[0] as never])).rejects.toThrow();
        expect(await store.countStatementsBySubject(['CN'])).toEqual({ signed: 2 });
        await store.replaceStatements(second.id, [makeStatement(second, 'quote', 'Jean Dupont', 2, { end: 9 })]);
        expect(await store.countStatementsBySubject(['CN'])).toEqual({ signed: 1 });
        expect(await store.personNames('jean dupont')).toEqual([
          { name: 'Jean Dupont', lang: 'fr', statements: 2 },
          { name: 'Jean Dupont', lang: 'en', statements: 1 },
        ]);
        await store.replaceStatements(first.id, []);
        expect(await store.countStatementsBySubject(['CN', 'US'])).toEqual({});
        expect(await store.personNames('jean dupont')).toEqual([{ name: 'Jean Dupont', lang: 'fr', statements: 1 }]);
        expect(await store.findStatementsBySubject(['CN', 'US'])).toEqual([]);
      }));

    it("lists an event's statements newest document first, each in text order", () =>
      withStore(async (store) => {
        await store.saveDocument(first, { key: 'one', label: 'one' }, firsts, 'summit');
        await store.saveDocument(second, { key: 'two', label: 'two' }, seconds, 'summit');
        const rows = await store.eventStatements('summit', ['quote', 'signed']);
        expect(rows.map((r) => [r.documentId, r.kind, r.start, r.end])).toEqual([
          [second.id, 'quote', 2, 6],
          [second.id, 'quote', 2, 9],
          [second.id, 'signed', 16, 20],
          [first.id, 'signed', 10, 14],
          [first.id, 'quote', 25, 30],
        ]);
        expect(rows[0]).toMatchObject({ origin: 'two', sample: false, published: null });
        expect((await store.eventStatements('summit', ['quote'], 1)).map((r) => r.documentId)).toEqual([second.id]);
        expect(await store.eventStatements('other', ['quote'])).toEqual([]);
        expect(await store.eventStatements('summit', [])).toEqual([]);
      }));

    it('cuts the words of quotes as a search cuts them, paths and addresses too', () =>
      withStore(async (store) => {
        const text = '« Open 24/7 at data.gov.example/ai-rules and l’Élysée », dit Jean-Luc Dupont-Aignan.';
        const quote = makeStatement(first, 'quote', 'Jean-Luc Dupont-Aignan', 0, { end: text.length, words: text });
        await store.saveDocument(first, { key: 'one', label: 'one' }, [quote]);
        const found = async (q: { speaker?: string; search?: string }) => (await store.searchQuotes(q)).length;
        const queries = [
          { search: '7' },
          { search: '24 7' },
          { search: 'rules' },
          { search: 'elysee' },
          { search: 'l elys' },
          { speaker: 'luc dupont aign' },
          { speaker: 'jean-luc' },
        ];
        expect(await Promise.all(queries.map(found))).toEqual(queries.map(() => 1));
        expect(await Promise.all([{ search: '24/8' }, { speaker: 'luc jean' }, { search: 'ope 24' }].map(found))).toEqual([0, 1, 0]);
      }));

    it('matches the word being typed against every word it begins, however many', () =>
      withStore(async (store) => {
        // 80 words that begin with "regul" (more than SQLite turns into whole words), a few with "vance".
        const many = Array.from({ length: 80 }, (_, i) => `regul${String.fromCharCode(97 + (i % 26))}${i}`).join(' ');
        const text = `« Vances and vanceville ${many} regulation » said Ann Vancelot.`;
        await store.saveDocument(first, { key: 'one', label: 'one' }, [makeStatement(first, 'quote', 'Ann Vancelot', 0, { end: text.length, words: text })]);
        const found = async (q: { speaker?: string; search?: string }) => (await store.searchQuotes(q)).length;
        const hits = [{ search: 'vance' }, { search: 'and vancev' }, { search: 'regul' }, { search: 'vances regulq42' }, { speaker: 'vance' }, { speaker: 'ann vancel' }];
        expect(await Promise.all(hits.map(found))).toEqual(hits.map(() => 1));
        const misses = [{ search: 'vancez' }, { search: 'regulx99' }, { search: 'regulation vanceq' }, { speaker: 'vancelots' }];
        expect(await Promise.all(misses.map(found))).toEqual(misses.map(() => 0));
      }));

    it("pages a speaker's quotes newest first across every speaker its words name, as the whole list", () =>
      withStore(async (store) => {
        // Three documents stored in turn, each quoting some of three speakers, two of them Vances.
        const texts = ['Anna Vance, JD Vance et Marie Dubois parlent.', 'JD Vance et Marie Dubois encore.', 'Anna Vance seule, puis JD Vance.'];
        const docs = texts.map((text, i) => makeDoc(text, { sample: i === 1 }));
        const quotes = docs.map((d) =>
          ['Anna Vance', 'JD Vance', 'Marie Dubois'].flatMap((who) =>
            d.text.includes(who) ? [makeStatement(d, 'quote', who, d.text.indexOf(who), { end: d.text.indexOf(who) + who.length, words: who })] : [],
          ),
        );
        for (const [i, d] of docs.entries()) await store.saveDocument(d, { key: `v${i}`, label: `v${i}` }, quotes[i] ?? []);
        const ids = async (q: Parameters<Store['searchQuotes']>[0]) => (await store.searchQuotes(q)).map((r) => r.id);
        const whole = await ids({ speaker: 'vance', samples: true });
        const [one, two, three] = quotes;
        const vances = (list: Statement[] | undefined) => (list ?? []).filter((q) => q.subject.endsWith('Vance')).map((q) => q.id);
        expect(whole).toEqual([...vances(three), ...vances(two), ...vances(one)]);
        const pages: string[] = [];
        for (let offset = 0; offset < whole.length + 1; offset += 2) pages.push(...(await ids({ speaker: 'vance', samples: true, limit: 2, offset })));
        expect(pages).toEqual(whole);
        expect(await ids({ speaker: 'vance' })).toEqual([...vances(three), ...vances(one)]);
        expect(await ids({ speaker: 'anna v' })).toEqual([three?.[0]?.id, one?.[0]?.id]);
        expect(await ids({ speaker: 'jd vance', search: 'vance' })).toEqual(
          whole.filter((id) => id.includes('JD Vance')).filter((id) => !id.startsWith(docs[1]?.id ?? '')),
        );
        // A speaker whose quotes are gone is found no more.
        await store.replaceStatements(docs[2]?.id ?? '', []);
        expect(await ids({ speaker: 'anna' })).toEqual([one?.[0]?.id]);
      }));

    it('stores nothing of a document whose statements cannot be stored', () =>
      withStore(async (store) => {
        await store.saveDocument(first, { key: 'one', label: 'one' }, firsts);
        // A statement id already taken: the whole save fails, the document is not half there.
        await expect(store.saveDocument(second, { key: 'two', label: 'two' }, [...seconds, firsts[0] as never])).rejects.toThrow();
        expect([await store.countDocuments(), await store.getDocument(second.id), await store.listStatements(second.id)]).toEqual([1, null, []]);
        expect(await store.currentDocument('two', second.id)).toBeNull();
        await expect(store.replaceStatements(first.id, [firsts[0], firsts[0]] as never)).rejects.toThrow();
        // Untouched, in text order.
        expect((await store.listStatements(first.id)).map((s) => s.id)).toEqual([firsts[3], firsts[0], firsts[2], firsts[1]].map((s) => s?.id));
      }));
  });
}
