import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { reviewed, stateAfter, tallyArticles, undoTarget, type ArticleStatements } from '../src/kb/index.js';
import { documentId, type Document, type ReviewState, type Statement } from '../src/model/index.js';
import type { Store } from '../src/store/index.js';
import { storeBackends } from './store-backends.js';

// The store keeps the assembly (tallies of stances and counts per declaration, the one each
// statement names in `value.declaration`) up to date as documents are saved, their statements
// replaced and statements reviewed. Whatever the sequence, its tallies must equal those computed
// from scratch over the statements as review left them. On every backend (store-backends.ts).

const parties = ['CN', 'US', 'GB', 'IN'];
const eventNames = ['summit-a', 'summit-b'];
// Where a statement is filed: one of two declarations, or none (index 2).
const declarations = ['declaration-a', 'declaration-b'];

type Op =
  | { op: 'save'; doc: number; event: number; published: number; stances: [number, boolean, number][]; count: [number, number] | null }
  | { op: 'review'; target: number; action: 'accept' | 'reject' | 'flip' | 'undo' }
  | { op: 'replace'; doc: number; keep: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('save' as const),
    doc: fc.nat(5),
    event: fc.nat(1),
    published: fc.nat(9),
    stances: fc.array(fc.tuple(fc.nat(3), fc.boolean(), fc.nat(2)), { maxLength: 4 }),
    count: fc.option(fc.tuple(fc.constantFrom(58, 61), fc.nat(2)), { nil: null }),
  }),
  fc.record({
    op: fc.constant('review' as const),
    target: fc.nat(40),
    action: fc.constantFrom('accept' as const, 'reject' as const, 'flip' as const, 'undo' as const),
  }),
  fc.record({ op: fc.constant('replace' as const), doc: fc.nat(5), keep: fc.nat(3) }),
);

// Documents 1, 2 and 4 are copies of one story, 0 and 3 (samples) of another: each tally counts
// its stories (clusters) beside its documents.
const stories = [
  'The summit closed on Tuesday with a short statement that many governments signed, while others said they would study the text at home before deciding whether to add their names to it next month.',
  'Our football club won its third match in a row on Saturday evening, and the coach said the young players had learned to defend together after a difficult first half of the season in the rain.',
];
function makeDocument(n: number, published: number): Document {
  const copyOf = [1, 2, 4].includes(n) ? stories[0] : [0, 3].includes(n) ? stories[1] : '';
  const text = `${copyOf} Article ${n}.`.trim();
  return {
    id: documentId(text),
    text,
    lang: 'en',
    format: 'text',
    title: null,
    byline: null,
    published: `2025-02-1${published}`,
    url: null,
    // Documents 0 and 3 are samples: their tallies are kept apart (migration 010).
    sample: n % 3 === 0,
    figures: [],
    sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length }],
  };
}

function filed(declaration: number): Statement['value'] {
  return declarations[declaration] ? { declaration: declarations[declaration] } : {};
}

function makeStatements(document: Document, stances: [number, boolean, number][], count: [number, number] | null): Statement[] {
  const base = { documentId: document.id, sentence: 0, rule: 'en.test', lang: 'en' as const, words: 'w', confidence: 0.9 };
  const made: Statement[] = stances.map(([party, signed, declaration], i) => ({
    ...base,
    id: `${document.id}-${i}`,
    kind: signed ? 'signed' : 'not_signed',
    subject: parties[party] as string,
    value: filed(declaration),
    start: i,
    end: i + 1,
  }));
  if (count !== null)
    made.push({ ...base, id: `${document.id}-count`, kind: 'signatory_count', subject: '', value: { count: count[0], ...filed(count[1]) }, start: 9, end: 10 });
  return made;
}

async function expected(store: Store, events: Map<string, string>): Promise<unknown[]> {
  const rows: unknown[] = [];
  const articles: (ArticleStatements & { sample: boolean })[] = [];
  for (const id of events.keys()) {
    const document = await store.getDocument(id);
    const found = await store.listStatements(id);
    const states = await store.reviewStates(found.map((s) => s.id));
    const isReviewed = (state: ReviewState | undefined): boolean => state?.status === 'accepted' || state?.status === 'corrected';
    articles.push({
      sample: document?.sample === true,
      documentId: id,
      published: document?.published ?? null,
      origin: id,
      cluster: document?.cluster,
      statements: found.flatMap((s) => reviewed(s, states.get(s.id)) ?? []),
      reviewedIds: new Set(found.filter((s) => isReviewed(states.get(s.id))).map((s) => s.id)),
    });
  }
  for (const declaration of declarations)
    for (const sample of [false, true]) {
      const facts = tallyArticles(
        articles.filter((a) => a.sample === sample),
        declaration,
      );
      for (const t of facts.stances)
        rows.push({
          declaration,
          property: t.stance,
          object: t.party,
          sample,
          documents: t.documents,
          reviewedDocuments: t.reviewedDocuments,
          clusters: t.clusters,
          cluster: t.cluster,
          latest: t.latest,
        });
      for (const c of facts.counts) rows.push({ declaration, property: 'signatory_count', object: String(c.value), sample, documents: c.sources });
    }
  return rows;
}

const sortRows = (rows: unknown[]): unknown[] => [...rows].map((r) => JSON.stringify(r)).sort();

for (const backend of storeBackends())
  describe(`the assembly the store keeps: ${backend.name}`, () => {
    afterAll(backend.cleanup);
    it('equals the tallies computed from scratch after any saves, replacements and reviews', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
          const store = await backend.open();
          const events = new Map<string, string>();
          try {
            for (const op of ops) {
              if (op.op === 'save') {
                const document = makeDocument(op.doc, op.published);
                // A document reports on one event, fixed by its first save (its content does not change).
                if (!events.has(document.id)) events.set(document.id, eventNames[op.event] as string);
                const event = events.get(document.id) as string;
                await store.saveDocument(document, { key: `doc-${op.doc}`, label: `doc-${op.doc}` }, makeStatements(document, op.stances, op.count), event);
              } else if (op.op === 'replace') {
                const id = [...events.keys()][op.doc % Math.max(1, events.size)];
                if (!id) continue;
                const kept = (await store.listStatements(id)).slice(0, op.keep);
                await store.replaceStatements(id, kept, events.get(id));
              } else {
                const all = (await Promise.all([...events.keys()].map((id) => store.listStatements(id)))).flat();
                const target = all[op.target % Math.max(1, all.length)];
                if (!target) continue;
                const log = await store.reviewLog(target.id);
                const after =
                  op.action === 'undo'
                    ? undoTarget(log)?.before
                    : op.action === 'flip'
                      ? stateAfter({ action: 'correct', value: { stance: target.kind === 'signed' ? 'not_signed' : 'signed' } })
                      : stateAfter({ action: op.action });
                if (!after) continue;
                await store.recordReview({
                  statementId: target.id,
                  action: op.action === 'flip' ? 'correct' : op.action,
                  reason: 'test',
                  reviewer: 't',
                  at: '2026-01-01',
                  after,
                });
              }
            }
            // The copies share a cluster: the first stored copy's id.
            const clusters = new Map<string, string | undefined>();
            for (const id of events.keys()) clusters.set(id, (await store.getDocument(id))?.cluster);
            for (const group of [[1, 2, 4], [0, 3], [5]]) {
              const ids = [...events.keys()].filter((id) => group.some((n) => makeDocument(n, 0).id === id));
              expect(ids.map((id) => clusters.get(id))).toEqual(ids.map(() => ids[0]));
            }
            const actual = (await Promise.all(declarations.map((declaration) => store.factTallies({ declaration })))).flat();
            const want = await expected(store, events);
            expect(
              sortRows(
                actual.map(({ latestSource, ...t }) => {
                  expect(latestSource).toMatch(/^doc-/);
                  return t.property === 'signatory_count'
                    ? { declaration: t.declaration, property: t.property, object: t.object, sample: t.sample, documents: t.documents }
                    : t;
                }),
              ),
            ).toEqual(sortRows(want));
          } finally {
            await store.close();
          }
        }),
        { numRuns: 60 },
      );
    }, 300_000);

    it('files a stance under the declaration a correction gives it, and under nothing without one', async () => {
      const store = await backend.open();
      const document = makeDocument(2, 2);
      const [stance, unfiled] = makeStatements(
        document,
        [
          [1, false, 1],
          [2, true, 2],
        ],
        null,
      ) as [Statement, Statement];
      await store.saveDocument(document, { key: 'b', label: 'b' }, [stance, unfiled], 'summit-b');
      expect(await store.factTallies({ object: 'GB' })).toEqual([]);
      expect(await store.factTallies({ object: 'US' })).toMatchObject([{ declaration: 'declaration-b', property: 'not_signed' }]);
      const after = stateAfter({ action: 'correct', value: { declaration: 'declaration-a' } });
      await store.recordReview({ statementId: stance.id, action: 'correct', reason: 'a year ago', reviewer: 't', at: '2026-01-01', after });
      expect(await store.factTallies({ object: 'US' })).toMatchObject([{ declaration: 'declaration-a', property: 'not_signed', reviewedDocuments: 1 }]);
      await store.close();
    });

    it('leaves documents saved without an event for the backfill, and assembles them on request', async () => {
      const store = await backend.open();
      const document = makeDocument(1, 1);
      await store.saveDocument(document, { key: 'a', label: 'a' }, makeStatements(document, [[0, true, 0]], null));
      expect(await store.documentsWithoutAssembly()).toEqual([document.id]);
      expect(await store.factTallies({ declaration: 'declaration-a' })).toEqual([]);
      await store.setMainEvent(document.id, 'summit-a');
      expect(await store.documentsWithoutAssembly()).toEqual([]);
      expect(await store.factTallies({ object: 'CN' })).toMatchObject([{ declaration: 'declaration-a', property: 'signed', documents: 1 }]);
      expect(await store.countDocuments({ event: 'summit-a' })).toBe(1);
      await store.close();
    });
  });
