import { readConfig } from '../config.js';
import { userInfo } from 'node:os';
import type { ReviewEntry } from '../model/index.js';
import { decide, QueryError, reviewQueue } from '../query/index.js';
import { withKb } from './load-kb.js';
import { fail, withStore, type StoreOptions } from './open-store.js';

type ReviewFlags = StoreOptions & { json?: boolean; limit?: number; reason?: string; reviewer?: string; set?: string[] };

// `accord review`: statements to review, conflicts first. `accord review accept|reject|correct|undo ID
// --reason WHY`: a decision, kept in the audit log with who, when, before and after. `log [ID]`.
export async function runReview(action: string | undefined, id: string | undefined, flags: ReviewFlags): Promise<void> {
  if (action === undefined) return listToReview(flags);
  await withStore(flags, false, async (store) => {
    if (action === 'log') return printLog(await store.reviewLog(id), flags.json === true);
    if (!['accept', 'reject', 'correct', 'undo'].includes(action)) return fail(`${action}: expected accept, reject, correct, undo or log`);
    if (!id) return fail(`review ${action}: which statement? (an id from \`accord review\` or \`accord show\`)`);
    if (!flags.reason?.trim()) return fail(`review ${action} ${id}: give the reason with --reason`);
    // `--set stance=not_signed --set subject=TW`: what a correction changes.
    const set = Object.fromEntries((flags.set ?? []).map((pair) => pair.split('=')).filter((p): p is [string, string] => p.length === 2));
    try {
      const reviewer = flags.reviewer ?? readConfig().reviewer ?? userInfo().username;
      printLog([await decide(store, { action, id, reason: flags.reason, reviewer, set })], flags.json === true);
    } catch (error) {
      if (error instanceof QueryError) return fail(error.message);
      throw error;
    }
  });
}

// Conflicts first, as the assembly flags them on each summit's main declaration.
async function listToReview(flags: ReviewFlags): Promise<void> {
  await withKb(flags, async (kb) => {
    if (!kb.store) return fail(`${flags.db ?? kb.config.dbPath}: no database here (run \`accord ingest\` first, or pass --db)`);
    const { items, open } = await reviewQueue(kb, kb.store, flags.limit ?? 50);
    if (flags.json) process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
    else
      for (const s of items)
        process.stdout.write(
          `${s.id}  ${s.isConflict ? 'CONFLICT ' : ''}${s.kind} ${s.subject || '(no speaker)'}  ${s.documentId} [${s.start}, ${s.end})  "${s.words.slice(0, 80)}"\n`,
        );
    process.stderr.write(`${items.length} of ${open} statement(s) to review\n`);
  });
}

function printLog(entries: ReviewEntry[], isJson: boolean): void {
  if (isJson) return void process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  for (const e of entries)
    process.stdout.write(`#${e.seq} ${e.at} ${e.reviewer} ${e.action} ${e.statementId}: ${e.before.status} -> ${e.after.status}  (${e.reason})\n`);
}
