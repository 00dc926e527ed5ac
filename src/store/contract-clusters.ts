import { describe, expect, it } from 'vitest';
import { unreviewed, type Document } from '../model/index.js';
import { makeDoc, makeStatement, storeRunner, type OpenEmpty } from './contract-fixtures.js';
import type { SaveItem, Store } from './store.js';

// One dispatch of our own and what outlets make of it: another lead, a cut tail.
const paragraphs = [
  'PARIS (AFP) - Kenya and Chile signed the Paris declaration on Tuesday, joining dozens of governments at the close of a two-day summit, officials said.',
  'The text calls for open and sustainable systems and asks governments to share research on the energy that large models use in their data centres.',
  'Delegates said the wording was drafted over several weeks of talks between foreign ministries and softened in its final hours to keep more countries on board.',
  'The organisers said the statement would stay open for signatures for three months, hoping that more governments from Africa and Asia would join before the next meeting.',
  'Several civil society groups published an open letter asking for binding rules on testing and for an independent body to audit the most powerful systems.',
];
const original = paragraphs.join('\n\n');
const relead = ['Kenya and Chile put their names to the Paris declaration on Tuesday as the summit drew to a close.', ...paragraphs.slice(1)].join('\n\n');
const cut = paragraphs.slice(0, 4).join('\n\n');
const other =
  'Kenya signed the declaration because its technology ministry wants a say in how shared research is funded, the minister told a radio station in Nairobi on Wednesday morning, adding that universities in the country had asked for it for a year.';
// The same agency's dispatch rewritten more than a plain copy: most sentences kept, two new ones.
const reworked = [
  'NAIROBI (AFP) - Kenya joined the Paris declaration on Tuesday, its government said.',
  ...paragraphs.slice(1, 3),
  'A minister said the country hoped to host a regional follow-up meeting on shared research and testing next spring, with help from its universities.',
].join('\n\n');

const source = (name: string) => ({ key: `https://${name}.example/story`, label: name });

async function saveStory(store: Store, text: string, outlet: string, published: string, extra: Partial<Document> = {}): Promise<Document> {
  const document = makeDoc(text, { outlet, published, title: `${outlet} title`, url: `https://${outlet}.example/story`, ...extra });
  const stance = makeStatement(document, 'signed', 'KE', 0, { value: { declaration: 'paris-statement' } });
  await store.saveDocument(document, source(outlet), [stance], 'ai-action-summit-2025');
  return document;
}

// The story told by several outlets, for a batch: copies, an unrelated text, a sample, a copy
// waiting for its main event, the same text under a second source; two parties, two dates.
function storyBatch(): SaveItem[] {
  const stories: [string, string, string | null, Partial<Document>, string | null | undefined, string[]][] = [
    [original, 'wire', '2025-02-11', { wires: ['afp'] }, 'summit', ['KE', 'CN']],
    [relead, 'courier', '2025-02-13', {}, 'summit', ['KE']],
    [other, 'radio', '2025-02-12', {}, 'summit', ['KE', 'CN']],
    [cut, 'gazette', '2025-02-11', {}, null, ['KE', 'CN']],
    [reworked, 'daily', null, { wires: ['afp'] }, 'summit', ['KE']],
    [reworked.replace('Kenya joined', 'Kenya has joined'), 'weekly', '2025-02-14', { wires: ['reuters'], sample: true }, 'summit', ['KE']],
    [`${cut}\n\nAn editor's note.`, 'late', '2025-02-10', {}, undefined, ['CN']],
    [relead, 'mirror', '2025-02-13', {}, 'summit', ['KE']],
  ];
  return stories.map(([text, outlet, published, extra, mainEvent, parties]) => {
    const document = makeDoc(text, { outlet, published, url: `https://${outlet}.example/story`, ...extra });
    const statements = parties.map((party, i) => makeStatement(document, 'signed', party, i, { value: { declaration: 'paris-statement' } }));
    return { document, source: source(outlet), statements, mainEvent };
  });
}

// Clusters: copies of one story are one independent source in every tally.
export function describeClusterContract(name: string, openEmpty: OpenEmpty): void {
  const withStore = storeRunner(openEmpty);
  const kenya = async (store: Store) => (await store.factTallies({ declaration: 'paris-statement' })).find((t) => t.object === 'KE');

  describe(`Store contract, clusters: ${name}`, () => {
    it('puts near copies in the first stored copy cluster, an unrelated text in its own', () =>
      withStore(async (store) => {
        const first = await saveStory(store, original, 'wire', '2025-02-11', { wires: ['afp'] });
        const copies = [await saveStory(store, relead, 'courier', '2025-02-12'), await saveStory(store, cut, 'gazette', '2025-02-11')];
        const alone = await saveStory(store, other, 'radio', '2025-02-12');
        expect((await store.getDocument(first.id))?.cluster).toBe(first.id);
        expect((await store.getDocument(first.id))?.wires).toEqual(['afp']);
        for (const copy of copies) expect((await store.getDocument(copy.id))?.cluster).toBe(first.id);
        expect((await store.getDocument(alone.id))?.cluster).toBe(alone.id);
        // Every outlet carrying the story, the earliest published first (the first stored on a tie).
        const carriers = await store.carriers([first.id, alone.id]);
        expect(carriers.map((c) => [c.cluster === first.id, c.outlet, c.published])).toEqual([
          [true, 'wire', '2025-02-11'],
          [true, 'gazette', '2025-02-11'],
          [true, 'courier', '2025-02-12'],
          [false, 'radio', '2025-02-12'],
        ]);
        expect(await store.carriers([])).toEqual([]);
      }));

    it("reads a story's first carriers and counts its documents up to a bound", () =>
      withStore(async (store) => {
        const first = await saveStory(store, original, 'wire', '2025-02-12');
        await saveStory(store, relead, 'courier', '2025-02-13');
        await saveStory(store, cut, 'gazette', '2025-02-11');
        await saveStory(store, reworked, 'undated', '', { published: null, wires: ['afp'] });
        const alone = await saveStory(store, other, 'radio', '2025-02-12');
        const clusters = [first.id, alone.id, 'no-such-story'];
        const all = await store.carriers(clusters);
        const firstOf = (n: number) => all.filter((c) => c.cluster !== first.id || all.filter((o) => o.cluster === first.id).indexOf(c) < n);
        expect((await store.storyCarriers(clusters, 2)).map((c) => c.outlet)).toEqual(['gazette', 'wire', 'radio']);
        expect(await store.storyCarriers(clusters, 2)).toEqual(firstOf(2));
        expect(await store.storyCarriers(clusters, 10)).toEqual(all);
        expect((await store.storyCarriers([first.id], 10)).at(-1)?.outlet).toBe('undated');
        expect(await store.storyCarriers([], 3)).toEqual([]);
        expect(await store.storySizes(clusters, 100)).toEqual([
          { cluster: first.id, documents: 4 },
          { cluster: alone.id, documents: 1 },
          { cluster: 'no-such-story', documents: 1 },
        ]);
        expect((await store.storySizes([first.id], 3))[0]?.documents).toBe(3);
      }));

    it('counts the clusters of a tally beside its documents, and names a lone cluster', () =>
      withStore(async (store) => {
        const first = await saveStory(store, original, 'wire', '2025-02-11');
        await saveStory(store, relead, 'courier', '2025-02-12');
        const cut2 = await saveStory(store, cut, 'gazette', '2025-02-13');
        expect(await kenya(store)).toMatchObject({ documents: 3, clusters: 1, cluster: first.id });
        const evidence = await store.factEvidence('paris-statement', 'KE', 'signed');
        expect(new Set(evidence.map((e) => e.cluster))).toEqual(new Set([first.id]));
        const alone = await saveStory(store, other, 'radio', '2025-02-12');
        expect(await kenya(store)).toMatchObject({ documents: 4, clusters: 2, cluster: null });
        // The copy's stance taken away, then the unrelated one's: the counts follow.
        await store.replaceStatements(cut2.id, [], 'ai-action-summit-2025');
        expect(await kenya(store)).toMatchObject({ documents: 3, clusters: 2 });
        const [stance] = await store.listStatements(alone.id);
        await store.recordReview({ statementId: stance?.id ?? '', action: 'reject', reason: 'r', reviewer: 'ana', at: '2026-01-02T10:00:00Z', after: { ...unreviewed, status: 'rejected' } });
        expect(await kenya(store)).toMatchObject({ documents: 2, clusters: 1, cluster: first.id });
      }));

    it('clusters and tallies a batch of copies as the same documents saved one by one', async () => {
      const items = storyBatch();
      const contents = async (store: Store) => ({
        clusters: await Promise.all(items.map(async (i) => (await store.getDocument(i.document.id))?.cluster)),
        tallies: await store.factTallies({ declaration: 'paris-statement' }),
        carriers: await store.carriers(items.map((i) => i.document.id)),
      });
      const seen: unknown[] = [];
      await withStore(async (store) => {
        for (const i of items) await store.saveDocument(i.document, i.source, i.statements, i.mainEvent);
        seen.push(await contents(store));
      });
      for (const cut of [items.length, 2, 4])
        await withStore(async (store) => {
          await store.saveDocuments(items.slice(0, cut));
          await store.saveDocuments(items.slice(cut));
          seen.push(await contents(store));
        });
      expect(seen[0]).toMatchObject({ tallies: [{ object: 'CN', clusters: 2 }, { object: 'KE', clusters: 2 }, { object: 'KE', sample: true, clusters: 1 }] });
      for (const other of seen.slice(1)) expect(other).toEqual(seen[0]);
    });

    it('joins a reworked dispatch crediting the same agency, not one crediting another', () =>
      withStore(async (store) => {
        const first = await saveStory(store, original, 'wire', '2025-02-11', { wires: ['afp'] });
        const elsewhere = await saveStory(store, reworked.replace('Kenya joined', 'Kenya has joined'), 'weekly', '2025-02-12', { wires: ['reuters'] });
        const same = await saveStory(store, reworked, 'daily', '2025-02-12', { wires: ['afp'] });
        expect((await store.getDocument(same.id))?.cluster).toBe(first.id);
        expect((await store.getDocument(elsewhere.id))?.cluster).toBe(elsewhere.id);
      }));
  });
}
