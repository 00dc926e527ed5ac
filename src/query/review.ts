import { stateAfter, undoTarget, type Decision } from '../kb/index.js';
import type { ReviewEntry, Statement } from '../model/index.js';
import type { Store } from '../store/index.js';
import { signatoriesOf } from './declarations.js';
import { listDeclarations } from './events.js';
import { QueryError, type Kb } from './kb.js';

// The kinds a person reviews: stances, counts, chairs, delegations, quotes.
const reviewable: Statement['kind'][] = ['signed', 'not_signed', 'signatory_count', 'chair', 'delegation', 'quote'];

export type ToReview = Statement & { isConflict: boolean };
export type ReviewRequest = { action: string; id: string; reason: string; reviewer: string; set?: Record<string, string> };

// Unreviewed statements, conflicts first. With the knowledge base, a conflict is what the
// assembly flags on a summit's main declaration: a party stated both to sign and not to sign by
// articles, or by an article against the reference; its unreviewed stance statements come first,
// then the other statements, oldest documents first. Without it, stances of one subject on both
// sides among the statements read.
export async function reviewQueue(store: Store, limit = 50, kb?: Kb): Promise<{ items: ToReview[]; open: number }> {
  const statements = await store.listStatementsByKind(reviewable, 5000);
  const states = await store.reviewStates(statements.map((s) => s.id));
  const conflicting = new Set<string>();
  if (kb)
    for (const declaration of listDeclarations(kb)) {
      const found = await signatoriesOf(kb, declaration.id, { evidence: 50 }).catch(() => null);
      for (const party of found?.parties.filter((p) => p.status === 'conflict') ?? [])
        for (const e of party.evidence) if (e.statementId) conflicting.add(e.statementId);
    }
  const signed = new Set(statements.filter((s) => s.kind === 'signed').map((s) => s.subject));
  const declined = new Set(statements.filter((s) => s.kind === 'not_signed').map((s) => s.subject));
  const isConflict = (s: Statement): boolean =>
    conflicting.has(s.id) || (!kb && (s.kind === 'signed' || s.kind === 'not_signed') && signed.has(s.subject) && declined.has(s.subject));
  const extra = [...conflicting].filter((id) => !states.has(id));
  const extraStatements = (await Promise.all(extra.map((id) => store.getStatement(id)))).filter((s): s is Statement => s !== null);
  const extraStates = await store.reviewStates(extraStatements.map((s) => s.id));
  const all = [...extraStatements, ...statements];
  const stateOf = (id: string) => states.get(id) ?? extraStates.get(id);
  const open = all.filter((s) => stateOf(s.id)?.status === 'unreviewed').map((s) => ({ ...s, isConflict: isConflict(s) }));
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
