import { describe, expect, it } from 'vitest';
import { unreviewed, type ReviewState } from '../model/index.js';
import { makeDoc, makeStatement, storeRunner, type OpenEmpty } from './contract-fixtures.js';

const accepted: ReviewState = { status: 'accepted', value: null, subject: null };
const rejected: ReviewState = { status: 'rejected', value: null, subject: null };

// The audit logs (review, entity resolution) and the assembly they change.
export function describeReviewContract(name: string, openEmpty: OpenEmpty): void {
  const withStore = storeRunner(openEmpty);
  const document = makeDoc('La Chine a signé la déclaration de Paris.', { published: '2025-02-11', url: 'https://example.org/cn' });
  const stance = makeStatement(document, 'signed', 'CN', 0, { value: { declaration: 'paris-statement' } });
  const review = (after: ReviewState, action: 'accept' | 'reject' | 'undo', reason: string) => ({
    statementId: stance.id,
    action,
    reason,
    reviewer: 'ana',
    at: '2026-01-02T10:00:00Z',
    after,
  });

  describe(`Store contract, review: ${name}`, () => {
    it('logs review decisions in order, each with the state before it, and keeps the tallies to them', () =>
      withStore(async (store) => {
        await store.saveDocument(document, { key: 'cn', label: 'cn' }, [stance], 'ai-action-summit-2025');
        expect(await store.reviewStates([stance.id, 'none'])).toEqual(
          new Map([
            [stance.id, unreviewed],
            ['none', unreviewed],
          ]),
        );
        const tally = async () =>
          (await store.factTallies({ object: 'CN' })).map((t) => [t.declaration, t.property, t.documents, t.reviewedDocuments, t.latest, t.latestSource]);
        expect(await tally()).toEqual([['paris-statement', 'signed', 1, 0, '2025-02-11', 'https://example.org/cn']]);
        const one = await store.recordReview(review(accepted, 'accept', 'seen in print'));
        expect(one).toMatchObject({ before: unreviewed, after: accepted, reason: 'seen in print' });
        expect(await tally()).toEqual([['paris-statement', 'signed', 1, 1, '2025-02-11', 'https://example.org/cn']]);
        expect((await store.factEvidence('paris-statement', 'CN', 'signed')).map((e) => [e.statementId, e.reviewed, e.words, e.url])).toEqual([
          [stance.id, true, stance.words, 'https://example.org/cn'],
        ]);
        const two = await store.recordReview(review(rejected, 'reject', 'wrong country'));
        expect(two.before).toEqual(accepted);
        expect(two.seq).toBeGreaterThan(one.seq);
        expect(await tally()).toEqual([]);
        expect(await store.factEvidence('paris-statement', 'CN', 'signed')).toEqual([]);
        await store.recordReview(review(unreviewed, 'undo', 'my mistake'));
        expect(await tally()).toEqual([['paris-statement', 'signed', 1, 0, '2025-02-11', 'https://example.org/cn']]);
        expect((await store.reviewLog(stance.id)).map((e) => [e.action, e.before.status, e.after.status])).toEqual([
          ['accept', 'unreviewed', 'accepted'],
          ['reject', 'accepted', 'rejected'],
          ['undo', 'rejected', 'unreviewed'],
        ]);
        expect((await store.reviewLog()).map((e) => e.seq)).toEqual((await store.reviewLog(stance.id)).map((e) => e.seq));
        expect(await store.reviewLog('none')).toEqual([]);
        expect((await store.reviewStates([stance.id])).get(stance.id)).toEqual(unreviewed);
        // More ids than one query takes parameters: every one answered.
        await store.recordReview(review(accepted, 'accept', 'seen again'));
        const many = await store.reviewStates([...Array.from({ length: 70_000 }, (_, i) => `none-${i}`), stance.id]);
        expect([many.size, many.get('none-69999'), many.get(stance.id)]).toEqual([70_001, unreviewed, accepted]);
      }));

    it('assembles a document stored without an event once its event is set', () =>
      withStore(async (store) => {
        await store.saveDocument(document, { key: 'cn', label: 'cn' }, [stance]);
        expect(await store.documentsWithoutAssembly()).toEqual([document.id]);
        expect(await store.factTallies({ declaration: 'paris-statement' })).toEqual([]);
        await store.setMainEvent(document.id, 'ai-action-summit-2025');
        expect(await store.documentsWithoutAssembly()).toEqual([]);
        expect((await store.factTallies({ declaration: 'paris-statement' })).map((t) => [t.object, t.documents])).toEqual([['CN', 1]]);
        expect(await store.countDocuments({ event: 'ai-action-summit-2025' })).toBe(1);
        // No event ('' once set): still assembled, under the declaration its statements name.
        await store.setMainEvent(document.id, null);
        expect([await store.documentsWithoutAssembly(), await store.countDocuments({ event: 'ai-action-summit-2025' })]).toEqual([[], 0]);
        expect((await store.factTallies({ declaration: 'paris-statement' })).map((t) => [t.object, t.documents])).toEqual([['CN', 1]]);
        expect(await store.factTallies({})).toEqual([]);
      }));

    it('logs entity resolution decisions, oldest first, numbered', () =>
      withStore(async (store) => {
        expect(await store.resolutionLog()).toEqual([]);
        const base = { entity: 'Q-vance', reason: 'same person', reviewer: 'ana', at: '2026-01-02T10:00:00Z' };
        const same = await store.recordResolution({ ...base, action: 'same', name: 'J.D. Vance', undoes: null });
        const undo = await store.recordResolution({ ...base, action: 'undo', name: 'J.D. Vance', undoes: same.seq });
        expect(await store.resolutionLog()).toEqual([same, undo]);
        expect(undo.seq).toBeGreaterThan(same.seq);
      }));
  });
}
