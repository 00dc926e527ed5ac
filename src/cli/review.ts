import { userInfo } from 'node:os';
import { stateAfter, undoTarget, type Decision } from '../kb/index.js';
import type { ReviewEntry, Statement } from '../model/index.js';
import type { Store } from '../store/index.js';
import { fail, withStore, type StoreOptions } from './open-store.js';

type ReviewFlags = StoreOptions & { json?: boolean; limit?: number; reason?: string; reviewer?: string; set?: string[] };
const stances: Statement['kind'][] = ['signed', 'not_signed', 'signatory_count', 'chair', 'delegation', 'quote'];

// `accord review`: statements to review, conflicts first. `accord review accept|reject|correct|undo ID
// --reason WHY`: a decision, kept in the audit log with who, when, before and after. `log [ID]`.
export async function runReview(action: string | undefined, id: string | undefined, flags: ReviewFlags): Promise<void> {
  await withStore(flags, false, async (store) => {
    if (action === undefined) return listToReview(store, flags);
    if (action === 'log') return printLog(await store.reviewLog(id), flags.json === true);
    if (!['accept', 'reject', 'correct', 'undo'].includes(action)) return fail(`${action}: expected accept, reject, correct, undo or log`);
    if (!id) return fail(`review ${action}: which statement? (an id from \`accord review\` or \`accord show\`)`);
    if (!flags.reason?.trim()) return fail(`review ${action} ${id}: give the reason with --reason`);
    const statement = await store.getStatement(id);
    if (!statement) return fail(`${id}: no such statement`);
    const after = action === 'undo' ? await undone(store, id) : stateAfter(decisionOf(action, flags.set ?? []));
    if (!after) return fail(`${id}: nothing to undo`);
    const entry = await store.recordReview({
      statementId: id,
      action: action as ReviewEntry['action'],
      reason: flags.reason.trim(),
      reviewer: flags.reviewer ?? process.env.ACCORD_REVIEWER ?? userInfo().username,
      at: new Date().toISOString(),
      after,
    });
    printLog([entry], flags.json === true);
  });
}

// `--set stance=not_signed --set subject=TW`: what a correction changes.
function decisionOf(action: string, sets: string[]): Decision {
  if (action !== 'correct') return { action: action as 'accept' | 'reject' };
  const pairs = sets.map((pair) => pair.split('=')).filter((p): p is [string, string] => p.length === 2);
  const value = Object.fromEntries(pairs.filter(([key]) => key !== 'subject'));
  return { action: 'correct', subject: pairs.find(([key]) => key === 'subject')?.[1], value: Object.keys(value).length > 0 ? value : undefined };
}

async function undone(store: Store, id: string): Promise<ReviewEntry['before'] | null> {
  return undoTarget(await store.reviewLog(id))?.before ?? null;
}

// Parties stated both to sign and not to sign come first: they contradict each other.
async function listToReview(store: Store, flags: ReviewFlags): Promise<void> {
  const statements = await store.listStatementsByKind(stances, 5000);
  const states = await store.reviewStates(statements.map((s) => s.id));
  const signed = new Set(statements.filter((s) => s.kind === 'signed').map((s) => s.subject));
  const declined = new Set(statements.filter((s) => s.kind === 'not_signed').map((s) => s.subject));
  const isConflict = (s: Statement): boolean => (s.kind === 'signed' || s.kind === 'not_signed') && signed.has(s.subject) && declined.has(s.subject);
  const open = statements.filter((s) => states.get(s.id)?.status === 'unreviewed');
  const ordered = [...open.filter(isConflict), ...open.filter((s) => !isConflict(s))].slice(0, flags.limit ?? 50);
  if (flags.json)
    return void process.stdout.write(
      `${JSON.stringify(
        ordered.map((s) => ({ ...s, isConflict: isConflict(s) })),
        null,
        2,
      )}\n`,
    );
  for (const s of ordered)
    process.stdout.write(
      `${s.id}  ${isConflict(s) ? 'CONFLICT ' : ''}${s.kind} ${s.subject || '(no speaker)'}  ${s.documentId} [${s.start}, ${s.end})  "${s.words.slice(0, 80)}"\n`,
    );
  process.stderr.write(`${ordered.length} of ${open.length} statement(s) to review\n`);
}

function printLog(entries: ReviewEntry[], isJson: boolean): void {
  if (isJson) return void process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  for (const e of entries)
    process.stdout.write(`#${e.seq} ${e.at} ${e.reviewer} ${e.action} ${e.statementId}: ${e.before.status} -> ${e.after.status}  (${e.reason})\n`);
}
