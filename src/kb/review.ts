import type { ReviewEntry, ReviewState, Statement } from '../model/index.js';

export type Decision = { action: 'accept' } | { action: 'reject' } | { action: 'correct'; subject?: string; value?: Statement['value'] };

// The state a decision leads to. A correction keeps what it does not change.
export function stateAfter(decision: Decision): ReviewState {
  if (decision.action === 'accept') return { status: 'accepted', value: null, subject: null };
  if (decision.action === 'reject') return { status: 'rejected', value: null, subject: null };
  return { status: 'corrected', value: decision.value ?? null, subject: decision.subject ?? null };
}

// The decision an undo takes back: the latest one not already undone.
export function undoTarget(log: ReviewEntry[]): ReviewEntry | null {
  const effective: ReviewEntry[] = [];
  for (const entry of log) {
    if (entry.action === 'undo') effective.pop();
    else effective.push(entry);
  }
  return effective.at(-1) ?? null;
}

// A statement as review leaves it: null when rejected, corrected where corrected.
export function reviewed(statement: Statement, state: ReviewState | undefined): Statement | null {
  if (!state || state.status === 'unreviewed' || state.status === 'accepted') return statement;
  if (state.status === 'rejected') return null;
  return { ...statement, subject: state.subject ?? statement.subject, value: { ...statement.value, ...(state.value ?? {}) } };
}
