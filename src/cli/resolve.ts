import { readConfig } from '../config.js';
import { userInfo } from 'node:os';
import type { ResolutionEntry } from '../model/index.js';
import { decideResolution } from '../query/index.js';
import { withKb } from './load-kb.js';
import { fail, type StoreOptions } from './open-store.js';

type ResolveFlags = StoreOptions & { reason?: string; reviewer?: string; json?: boolean };

// `accord resolve same|not-same ENTITY NAME --reason WHY`, `undo SEQ --reason WHY`, `log`.
export async function runResolve(action: string, entity: string | undefined, name: string | undefined, flags: ResolveFlags): Promise<void> {
  await withKb(flags, async (kb) => {
    if (!kb.store) return fail(`${flags.db ?? kb.config.dbPath}: no database here (run \`accord ingest\` first, or pass --db)`);
    if (action === 'log') return print(await kb.store.resolutionLog(), flags.json === true);
    if (!['same', 'not-same', 'undo'].includes(action)) return fail(`${action}: expected same, not-same, undo or log`);
    if (!flags.reason?.trim()) return fail(`resolve ${action}: give the reason with --reason`);
    const undoes = action === 'undo' ? Number(entity?.replace(/^#/, '')) : undefined;
    if (action === 'undo' && !Number.isInteger(undoes)) return fail(`resolve undo: which decision? (a number from \`accord resolve log\`)`);
    const reviewer = flags.reviewer ?? readConfig().reviewer ?? userInfo().username;
    const entry = await decideResolution(kb, { action: action.replace('-', '_'), entity, name, undoes, reason: flags.reason, reviewer });
    print([entry], flags.json === true);
  });
}

function print(entries: ResolutionEntry[], isJson: boolean): void {
  if (isJson) return void process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  for (const e of entries)
    process.stdout.write(
      `#${e.seq} ${e.at} ${e.reviewer} ${e.action}${e.undoes ? ` #${e.undoes}` : ''} ${e.entity} ${JSON.stringify(e.name)}  (${e.reason})\n`,
    );
}
