import { describe, expect, it } from 'vitest';
import type { Document, Statement } from '../model/index.js';
import { describeBatchContract } from './contract-batch.js';
import { makeDoc, storeRunner } from './contract-fixtures.js';
import { describeClusterContract } from './contract-clusters.js';
import { describeEvidenceContract } from './contract-evidence.js';
import { describeReviewContract } from './contract-review.js';
import { describeSearchContract } from './contract-searches.js';
import { describeSourceContract } from './contract-sources.js';
import { describeQuoteHistoryContract } from './contract-quote-history.js';
import { describeStatementContract } from './contract-statements.js';
import type { Store } from './store.js';

// The behaviour every Store must have, every method of it. An implementation's test file calls
// this with a function that opens a fresh, empty store. The assembly's property test
// (test/assembly.test.ts) runs on every backend too; it compares with src/kb, which this layer
// may not import.
export function describeStoreContract(name: string, openEmpty: () => Promise<Store>, openTwice?: () => Promise<[() => Promise<Store>, () => Promise<void>]>): void {
  describeStatementContract(name, openEmpty);
  describeQuoteHistoryContract(name, openEmpty);
  describeReviewContract(name, openEmpty);
  describeSearchContract(name, openEmpty);
  describeSourceContract(name, openEmpty, openTwice);
  describeClusterContract(name, openEmpty);
  describeEvidenceContract(name, openEmpty);
  describeBatchContract(name, openEmpty);
  const doc = makeDoc;
  const withStore = storeRunner(openEmpty);

  describe(`Store contract: ${name}`, () => {
    it('reports new, unchanged and updated by content and source', () =>
      withStore(async (store) => {
        const source = { key: '/articles/a.txt', label: 'a.txt' };
        const steps: [Document, typeof source, string][] = [
          [doc('Premier texte.'), source, 'new'],
          [doc('Premier texte.'), source, 'unchanged'],
          [doc('Texte modifié.'), source, 'updated'],
          [doc('Texte modifié.'), source, 'unchanged'],
          [doc('Premier texte.'), source, 'updated'],
          [doc('Premier texte.'), { key: '/elsewhere/copy.txt', label: 'copy.txt' }, 'copy'],
          [doc('Premier texte.'), { key: '/elsewhere/copy.txt', label: 'copy.txt' }, 'unchanged'],
          [doc('Depuis stdin.'), { key: null, label: 'stdin' } as never, 'new'],
          [doc('Depuis stdin.'), { key: null, label: 'stdin' } as never, 'unchanged'],
        ];
        const statuses = [];
        for (const [document, from] of steps) statuses.push(await store.saveDocument(document, from));
        expect(statuses).toEqual(steps.map(([, , status]) => status));
        expect(await store.countDocuments()).toBe(3);
      }));

    it('returns a stored document whole, with versions of its sources', () =>
      withStore(async (store) => {
        const original = doc('Le sommet de Paris.\n\nDeuxième paragraphe.', { title: 'Titre', published: '2025-02-10', url: 'https://example.org/a' });
        await store.saveDocument(original, { key: 'https://example.org/a', label: 'a.html' });
        const stored = await store.getDocument(original.id);
        expect(stored).toMatchObject({ ...original, origin: 'a.html', sources: [{ source: 'https://example.org/a', version: 1 }] });
        expect(await store.getDocument('0000000000000000')).toBeNull();
      }));

    it('keeps what each source said of a text it shares with another: title, byline, date, URL, outlet', () =>
      withStore(async (store) => {
        const wire = doc('Le même texte de dépêche.', { title: 'Titre A', published: '2025-02-10', url: 'https://a.example/1', byline: 'Agence', outlet: 'A' });
        const carried = { ...wire, title: 'Titre B', published: '2025-02-11', url: 'https://b.example/9', byline: null, outlet: 'B' };
        expect(await store.saveDocument(wire, { key: 'https://a.example/1', label: 'a' })).toBe('new');
        expect(await store.saveDocument(carried, { key: 'https://b.example/9', label: 'b' })).toBe('copy');
        const stored = await store.getDocument(wire.id);
        expect(stored).toMatchObject({ title: 'Titre A', outlet: 'A' });
        expect(stored?.sources).toEqual([
          expect.objectContaining({ source: 'https://a.example/1', title: 'Titre A', byline: 'Agence', published: '2025-02-10', url: 'https://a.example/1', outlet: 'A' }),
          expect.objectContaining({ source: 'https://b.example/9', title: 'Titre B', byline: null, published: '2025-02-11', url: 'https://b.example/9', outlet: 'B' }),
        ]);
      }));

    it('keeps the statements of a document, in text order, written with it', () =>
      withStore(async (store) => {
        const document = doc('La Chine a signé. Les États-Unis non.');
        const statement = (kind: Statement['kind'], subject: string, start: number, end: number): Statement => ({
          id: `${kind}-${subject}`,
          documentId: document.id,
          kind,
          subject,
          value: { note: 'x' },
          start,
          end,
          sentence: 0,
          rule: `fr.${kind}.test`,
          lang: 'fr',
          words: document.text.slice(start, end),
          confidence: 0.9,
        });
        const statements = [statement('not_signed', 'US', 18, 36), statement('signed', 'CN', 0, 17)];
        await store.saveDocument(document, { key: 'k', label: 'k' }, statements);
        expect(await store.listStatements(document.id)).toEqual([statements[1], statements[0]]);
        expect(await store.listStatements('none')).toEqual([]);
        expect((await store.findStatementsBySubject(['CN', 'XX'])).map((s) => s.id)).toEqual(['signed-CN']);
        expect(await store.findStatementsBySubject([])).toEqual([]);
        await store.replaceStatements(document.id, [statements[0] as Statement]);
        expect((await store.listStatements(document.id)).map((s) => s.id)).toEqual(['not_signed-US']);
      }));

    it('searches quotes by speaker and words without accents', () =>
      withStore(async (store) => {
        const text = '« Nous devons tướng dẫn », a dit Đặng Văn An. « Autre chose », a dit Marie Dubois.';
        const document = doc(text, { lang: 'fr' });
        const quote = (subject: string, start: number, end: number): Statement => ({
          id: `quote-${start}`,
          documentId: document.id,
          kind: 'quote',
          subject,
          value: { text: text.slice(start + 2, end - 2), speaker: subject },
          start,
          end,
          sentence: 0,
          rule: 'fr.quote.verb-after',
          lang: 'fr',
          words: text.slice(start, end),
          confidence: 0.85,
        });
        await store.saveDocument(document, { key: 'q', label: 'q' }, [quote('Đặng Văn An', 0, 25), quote('Marie Dubois', 46, 62)]);
        const speakers = async (q: Parameters<Store['searchQuotes']>[0]) => (await store.searchQuotes(q)).map((r) => r.subject);
        expect(await speakers({ speaker: 'dang' })).toEqual(['Đặng Văn An']);
        expect(await speakers({ search: 'tuong' })).toEqual(['Đặng Văn An']);
        expect(await speakers({ search: "%' OR 1=1 --" })).toEqual([]);
        expect(await speakers({ search: '%' })).toEqual([]);
        expect(await speakers({ speaker: 'marie dub' })).toEqual(['Marie Dubois']);
        expect(await speakers({ search: 'AUTRE' })).toEqual(['Marie Dubois']);
        expect(await speakers({ lang: 'fr' })).toEqual(['Đặng Văn An', 'Marie Dubois']);
        expect(await speakers({ lang: 'en' })).toEqual([]);
        // Statements found again: the search follows.
        await store.replaceStatements(document.id, [quote('Marie Dubois', 46, 62)]);
        expect(await speakers({ search: 'tuong' })).toEqual([]);
        expect(await speakers({})).toEqual(['Marie Dubois']);
      }));

    it('finds quoted fragments with a known speaker, not those without one', () =>
      withStore(async (store) => {
        const text = 'Vance a averti que les cadres « doivent promouvoir l’innovation » et le « AI Summit » change.';
        const document = doc(text, { lang: 'fr' });
        const fragment = (subject: string, words: string): Statement => ({
          id: `fragment-${text.indexOf(words)}`,
          documentId: document.id,
          kind: 'quote_fragment',
          subject,
          value: { text: words, speaker: subject || null },
          start: text.indexOf(words),
          end: text.indexOf(words) + words.length,
          sentence: 0,
          rule: 'fr.quote.fragment',
          lang: 'fr',
          words,
          confidence: 0.7,
        });
        await store.saveDocument(document, { key: 'f', label: 'f' }, [fragment('JD Vance', 'doivent promouvoir l’innovation'), fragment('', 'AI Summit')]);
        const found = async (q: Parameters<Store['searchQuotes']>[0]) => (await store.searchQuotes(q)).map((r) => `${r.kind} ${r.subject}`);
        for (const query of [{}, { speaker: 'vance' }, { search: 'innovation' }, { speaker: 'jd', search: 'promouvoir' }])
          expect(await found(query)).toEqual(['quote_fragment JD Vance']);
        expect(await found({ search: 'summit' })).toEqual([]);
        await store.replaceStatements(document.id, []);
        expect(await found({ speaker: 'vance' })).toEqual([]);
      }));

    it('lists quotes newest document first, each in text order, filtered by event and date, in stable pages', () =>
      withStore(async (store) => {
        const quoteOf = (document: Document, subject: string, start: number): Statement => ({
          id: `${document.id}-${start}`,
          documentId: document.id,
          kind: 'quote',
          subject,
          value: {},
          start,
          end: start + 5,
          sentence: 0,
          rule: 'en.quote',
          lang: 'en',
          words: `words of ${subject}`,
          confidence: 0.9,
        });
        const paris = doc('Paris, quotes one and two.', { published: '2025-02-10', lang: 'en' });
        const seoul = doc('Seoul, quote three.', { published: '2024-05-21', lang: 'en' });
        await store.saveDocument(paris, { key: 'paris', label: 'paris' }, [quoteOf(paris, 'One', 0), quoteOf(paris, 'Two', 10)], 'summit-paris');
        await store.saveDocument(seoul, { key: 'seoul', label: 'seoul' }, [quoteOf(seoul, 'Three', 0)], 'summit-seoul');
        const speakers = async (q: Parameters<Store['searchQuotes']>[0]) => (await store.searchQuotes(q)).map((r) => r.subject);
        expect(await speakers({})).toEqual(['Three', 'One', 'Two']);
        expect(await speakers({ search: 'words' })).toEqual(['Three', 'One', 'Two']);
        expect(await speakers({ limit: 1, offset: 1 })).toEqual(['One']);
        expect(await speakers({ search: 'words', limit: 2, offset: 1 })).toEqual(['One', 'Two']);
        expect(await speakers({ event: 'summit-paris' })).toEqual(['One', 'Two']);
        expect(await speakers({ event: 'summit-seoul', search: 'words' })).toEqual(['Three']);
        expect(await speakers({ from: '2025' })).toEqual(['One', 'Two']);
        expect(await speakers({ to: '2024-05' })).toEqual(['Three']);
        expect(await speakers({ from: '2024-05-22', to: '2025-02-09' })).toEqual([]);
      }));

    it('tells which document a source holds now', () =>
      withStore(async (store) => {
        const [first, second] = [doc('Version un.'), doc('Version deux.')];
        await store.saveDocument(first, { key: 'feed:1', label: 'feed' });
        expect(await store.currentDocument('feed:1', first.id)).toMatchObject({ id: first.id, lang: 'fr', sentences: 1, figures: 1 });
        await store.saveDocument(second, { key: 'feed:1', label: 'feed' });
        expect(await store.currentDocument('feed:1', first.id)).toBeNull();
        expect(await store.currentDocument('other', second.id)).toBeNull();
      }));

    it('finds ids by prefix, treating LIKE wildcards literally', () =>
      withStore(async (store) => {
        const document = doc('Un texte.');
        await store.saveDocument(document, { key: 'k', label: 'k' });
        expect(await store.findDocumentIds(document.id.slice(0, 6))).toEqual([document.id]);
        expect(await store.findDocumentIds('%')).toEqual([]);
        expect(await store.findDocumentIds('_')).toEqual([]);
      }));

    it('lists summaries in ingest order, filtered and paginated', () =>
      withStore(async (store) => {
        await store.saveDocument(doc('Un.'), { key: 'one', label: 'one' });
        await store.saveDocument(doc('Two.', { lang: 'en' }), { key: 'two', label: 'two' });
        await store.saveDocument(doc('Ba.', { lang: 'vi' }), { key: 'three', label: 'three' });
        const all = await store.listDocuments();
        expect(all.map((d) => [d.origin, d.lang, d.sentences, d.figures])).toEqual([
          ['one', 'fr', 1, 1],
          ['two', 'en', 1, 1],
          ['three', 'vi', 1, 1],
        ]);
        expect((await store.listDocuments({ lang: 'en' })).map((d) => d.origin)).toEqual(['two']);
        expect((await store.listDocuments({ limit: 1, offset: 1 })).map((d) => d.origin)).toEqual(['two']);
      }));

    it('keeps samples and outlets, lists newest published first, and leaves samples out on request', () =>
      withStore(async (store) => {
        const rows: [string, string | null, boolean, string | null][] = [
          ['Ancien.', '2024-05-22', false, 'Le Courrier'],
          ['Sans date.', null, false, null],
          ['Récent.', '2025-02', true, 'example.org'],
          ['Moyen.', '2025-01-10', false, null],
        ];
        for (const [text, published, sample, outlet] of rows) await store.saveDocument(doc(text, { published, sample, outlet }), { key: text, label: text });
        const stored = await store.getDocument(doc('Récent.').id);
        expect([stored?.sample, stored?.outlet]).toEqual([true, 'example.org']);
        const newest = await store.listDocuments({ order: 'published' });
        expect(newest.map((d) => [d.origin, d.sample])).toEqual([
          ['Récent.', true],
          ['Moyen.', false],
          ['Ancien.', false],
          ['Sans date.', false],
        ]);
        expect((await store.listDocuments({ order: 'published', samples: false })).map((d) => d.origin)).toEqual(['Moyen.', 'Ancien.', 'Sans date.']);
        expect([await store.countDocuments({ samples: false }), await store.countDocuments()]).toEqual([3, 4]);
        expect((await store.listDocuments({ order: 'published', limit: 2, offset: 1 })).map((d) => d.outlet)).toEqual([null, 'Le Courrier']);
      }));

    it("keeps a sample's quotes and tallies apart from real ones", () =>
      withStore(async (store) => {
        const save = async (text: string, sample: boolean): Promise<string> => {
          const document = doc(text, { sample });
          const base = { documentId: document.id, sentence: 0, lang: 'fr', words: text, confidence: 0.9, start: 0, end: text.length };
          const statements: Statement[] = [
            { ...base, id: `${document.id}-q`, kind: 'quote', subject: 'Jean Dupont', value: {}, rule: 'fr.quote.test' },
            { ...base, id: `${document.id}-s`, kind: 'signed', subject: 'CN', value: { declaration: 'paris-statement' }, rule: 'fr.signed.test' },
          ];
          await store.saveDocument(document, { key: text, label: text }, statements, 'ai-action-summit-2025');
          return document.id;
        };
        const [real, sample] = [await save('« Vrai », dit Jean Dupont.', false), await save('« Inventé », dit Jean Dupont.', true)];
        expect((await store.searchQuotes({ speaker: 'dupont' })).map((q) => q.documentId)).toEqual([real]);
        expect((await store.searchQuotes({ speaker: 'dupont', samples: true })).map((q) => [q.documentId, q.sample]).sort()).toEqual(
          [
            [real, false],
            [sample, true],
          ].sort(),
        );
        expect((await store.searchQuotes({})).map((q) => q.documentId)).toEqual([real]);
        const tallies = await store.factTallies({ declaration: 'paris-statement' });
        expect(tallies.map((t) => [t.object, t.sample, t.documents])).toEqual([
          ['CN', false, 1],
          ['CN', true, 1],
        ]);
        expect((await store.factEvidence('paris-statement', 'CN', 'signed', 10, true)).map((e) => [e.documentId, e.sample])).toEqual([[sample, true]]);
        expect((await store.factEvidence('paris-statement', 'CN', 'signed', 10, false)).map((e) => e.documentId)).toEqual([real]);
        expect((await store.factEvidence('paris-statement', 'CN', 'signed')).length).toBe(2);
      }));

    it('treats SQL-looking text as text', () =>
      withStore(async (store) => {
        const text = "Robert'); DROP TABLE documents;--";
        const document = doc(text);
        await store.saveDocument(document, { key: "x' OR '1'='1", label: 'x' });
        expect((await store.getDocument(document.id))?.text).toBe(text);
        expect(await store.countDocuments()).toBe(1);
      }));
  });
}
