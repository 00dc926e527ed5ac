import { stateAfter, undoTarget, type Decision } from '../kb/index.js';
import type { ReviewEntry, Statement } from '../model/index.js';
import type { Store } from '../store/index.js';
import { conflictingParties } from './declarations.js';
import { QueryError, type Kb } from './kb.js';

// The kinds a person reviews: stances, counts, chairs, delegations, quotes.
const reviewable: Statement['kind'][] = ['signed', 'not_signed', 'signatory_count', 'chair', 'delegation', 'quote'];

export type ToReview = Statement & { isConflict: boolean };
export type ReviewRequest = { action: string; id: string; reason: string; reviewer: string; set?: Record<string, string> };

// Unreviewed statements, conflicts first: the stance statements behind every party the
// assembly flags as a conflict (articles against articles, or an article against the reference),
// then the other statements, oldest documents first.
export async function reviewQueue(kb: Kb, store: Store, limit = 50): Promise<{ items: ToReview[]; open: number }> {
  const conflicting = new Set<string>();
  for (const { party } of await conflictingParties(kb, 50)) for (const e of party.evidence) if (e.statementId) conflicting.add(e.statementId);
  const statements = await store.listStatementsByKind(reviewable, 5000);
  const listed = new Set(statements.map((s) => s.id));
  const more = await Promise.all([...conflicting].filter((id) => !listed.has(id)).map((id) => store.getStatement(id)));
  const all = [...more.filter((s): s is Statement => s !== null), ...statements];
  const states = await store.reviewStates(all.map((s) => s.id));
  const open = all.filter((s) => states.get(s.id)?.status === 'unreviewed').map((s) => ({ ...s, isConflict: conflicting.has(s.id) }));
  return { items: [...open.filter((s) => s.isConflict), ...open.filter((s) => !s.isConflict)].slice(0, limit), open: open.length };
}

// One decision (accept, reject, correct, undo) with its reason, appended to the audit log.
// A correction sets fields of the statement's value (`stance: not_signed`) or its `subject`.
export async function decide(store: Store, request: ReviewRequest): Promise<ReviewEntry> {
  const { action, id } = request;
  if (!['accept', 'reject', 'correct', 'undo'].includes(action)) throw new QueryError('bad_request', `${action}: expected accept, reject, correct or undo`);
  if (!request.reason.trim()) throw new QueryError('bad_request', `review ${action} ${id}: a reason is required`);
  if (!(await store.getStatement(id))) throw new QueryError('not_found', `${id}: no such statement`);
  const after = action === 'undo' ? (undoTarget(await store.reviewLog(id))?.before ?? null) : stateAfter(decisionOf(action, request.set ?? {}));
  if (!after) throw new QueryError('bad_request', `${id}: nothing to undo`);
  return store.recordReview({
    statementId: id,
    action: action as ReviewEntry['action'],
    reason: request.reason.trim(),
    reviewer: request.reviewer,
    at: new Date().toISOString(),
    after,
  });
}

function decisionOf(action: string, set: Record<string, string>): Decision {
  if (action !== 'correct') return { action: action as 'accept' | 'reject' };
  const { subject, ...value } = set;
  return { action: 'correct', subject, value: Object.keys(value).length > 0 ? value : undefined };
}
