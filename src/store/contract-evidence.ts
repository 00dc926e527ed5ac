import { describe, expect, it } from 'vitest';
import type { Document, Statement } from '../model/index.js';
import { makeDoc, makeStatement, storeRunner, type OpenEmpty } from './contract-fixtures.js';
import type { Store } from './store.js';

const paris = { value: { declaration: 'paris-statement' } };

// Six short articles about one declaration: China's signature in five (two spans in one, two on
// one day, one undated, one a sample), the United States' refusal in two, a reported count.
async function saveArticles(store: Store): Promise<Document[]> {
  const rows: [string, string | null, (d: Document) => Statement[], boolean?][] = [
    ['La Chine a signé la déclaration, lundi.', '2025-02-10', (d) => [makeStatement(d, 'signed', 'CN', 0, paris)]],
    ['La Chine a signé, puis la Chine a confirmé.', '2025-02-11', (d) => [makeStatement(d, 'signed', 'CN', 20, paris), makeStatement(d, 'signed', 'CN', 0, paris)]],
    ['Pékin signe ; Washington refuse.', '2025-02-11', (d) => [makeStatement(d, 'signed', 'CN', 0, paris), makeStatement(d, 'not_signed', 'US', 14, paris)]],
    ['La Chine a signé, sans date connue.', null, (d) => [makeStatement(d, 'signed', 'CN', 0, paris)]],
    [
      'Les États-Unis refusent ; 61 pays signent.',
      '2025-02-12',
      (d) => [makeStatement(d, 'not_signed', 'US', 0, paris), makeStatement(d, 'signatory_count', '61', 20, paris)],
    ],
    ['Article inventé : la Chine signe.', '2025-02-13', (d) => [makeStatement(d, 'signed', 'CN', 0, paris)], true],
  ];
  const saved: Document[] = [];
  for (const [text, published, statements, sample] of rows) {
    const document = makeDoc(text, { published, ...(sample ? { sample: true } : {}) });
    await store.saveDocument(document, { key: text, label: text }, statements(document), 'ai-action-summit-2025');
    saved.push(document);
  }
  return saved;
}

// A declaration's evidence read a few per tally at once, and the rest page by page; a story's
// first carriers and its size.
export function describeEvidenceContract(name: string, openEmpty: OpenEmpty): void {
  const withStore = storeRunner(openEmpty);
  describe(`Store contract, evidence: ${name}`, () => {
    it("reads each tally's first statements in one call, as factEvidence orders them", () =>
      withStore(async (store) => {
        const [first] = await saveArticles(store);
        const [reviewed] = await store.listStatements(first?.id ?? '');
        await store.recordReview({
          statementId: reviewed?.id ?? '',
          action: 'accept',
          reason: 'seen',
          reviewer: 'ana',
          at: '2026-01-02T10:00:00Z',
          after: { status: 'accepted', value: null, subject: null },
        });
        const tallies = (await store.factTallies({ declaration: 'paris-statement' })).filter((t) => t.property !== 'signatory_count');
        for (const perTally of [1, 2, 10]) {
          const expected: unknown[] = [];
          for (const t of tallies) expected.push(...(await store.factEvidence('paris-statement', t.object, t.property, perTally, t.sample)));
          expect(await store.topEvidence('paris-statement', perTally)).toEqual(expected);
        }
        const top = await store.topEvidence('paris-statement', 3);
        expect(top.map((e) => [e.object, e.sample, e.reviewed, e.published])).toEqual([
          ['CN', false, true, '2025-02-10'],
          ['CN', false, false, '2025-02-11'],
          ['CN', false, false, '2025-02-11'],
          ['CN', true, false, '2025-02-13'],
          ['US', false, false, '2025-02-12'],
          ['US', false, false, '2025-02-11'],
        ]);
        expect((await store.topEvidence('paris-statement', 5, 'US')).map((e) => e.object)).toEqual(['US', 'US']);
        expect(await store.topEvidence('paris-statement', 0)).toEqual([]);
        expect(await store.topEvidence('no-such-declaration', 3)).toEqual([]);
      }));

    it("pages a tally's statements: the pages together are the whole list, in order", () =>
      withStore(async (store) => {
        await saveArticles(store);
        const all = await store.factEvidence('paris-statement', 'CN', 'signed', 100, false);
        expect(all.map((e) => e.published)).toEqual(['2025-02-11', '2025-02-11', '2025-02-11', '2025-02-10', null]);
        const pages = [];
        for (let offset = 0; offset < all.length + 2; offset += 2) pages.push(...(await store.factEvidence('paris-statement', 'CN', 'signed', 2, false, offset)));
        expect(pages).toEqual(all);
      }));
  });
}
