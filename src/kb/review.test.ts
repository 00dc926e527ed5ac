import { describe, expect, it } from 'vitest';
import { unreviewed, type ReviewEntry, type Statement } from '../model/index.js';
import { reviewed, stateAfter, undoTarget } from './review.js';

const entry = (seq: number, action: ReviewEntry['action'], before = unreviewed): ReviewEntry => ({
  seq,
  statementId: 's1',
  action,
  reason: 'r',
  reviewer: 'ana',
  at: '2026-11-29',
  before,
  after: action === 'undo' ? before : stateAfter({ action: action === 'correct' ? 'correct' : action === 'reject' ? 'reject' : 'accept' }),
});

describe('review', () => {
  it.each<[ReviewEntry['action'][], number | null]>([
    [[], null],
    [['accept'], 1],
    [['accept', 'correct'], 2],
    [['accept', 'correct', 'undo'], 1],
    [['accept', 'correct', 'undo', 'undo'], null],
  ])('undo after %j takes back entry %s', (actions, seq) => {
    expect(undoTarget(actions.map((a, i) => entry(i + 1, a)))?.seq ?? null).toBe(seq);
  });

  it('applies a state to a statement', () => {
    const statement = { id: 's1', kind: 'signed', subject: 'CN', value: {} } as unknown as Statement;
    expect(reviewed(statement, stateAfter({ action: 'reject' }))).toBeNull();
    expect(reviewed(statement, stateAfter({ action: 'accept' }))).toBe(statement);
    expect(reviewed(statement, stateAfter({ action: 'correct', subject: 'TW' }))?.subject).toBe('TW');
    expect(reviewed(statement, undefined)).toBe(statement);
  });
});
