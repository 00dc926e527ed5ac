import { SingleBar } from 'cli-progress';
import { forcedEncoding, listInputs } from '../ingest/index.js';
import type { IngestStatus } from '../model/index.js';
import { ingestInputs } from '../pipeline-batch.js';
import type { Outcome } from '../pipeline.js';
import { deliverAfterIngest } from './alerts-deliver.js';
import { groupPool } from './ingest-pool.js';
import { withAccord, type StoreOptions } from './open-store.js';
import { printable } from './printable.js';

type IngestFlags = StoreOptions & { json?: boolean; maxBytes?: number; encoding?: string; sample?: boolean; concurrency?: number };

export async function runIngest(paths: string[], flags: IngestFlags): Promise<void> {
  // An unknown label is refused before anything is read: "--encoding x-klingon".
  if (flags.encoding !== undefined) forcedEncoding(flags.encoding);
  await withAccord(flags, { store: 'create', extractor: true }, async ({ store, config, packs, extractor }) => {
    const list = await listInputs(paths, { sample: flags.sample === true });
    if (list.skipped.length > 0) note(`skipped ${list.skipped.length} file(s) of other types (not .txt .md .html .htm .jsonl)`);
    const bar = process.stderr.isTTY
      ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} inputs | {status}', stream: process.stderr, clearOnComplete: true, hideCursor: true })
      : null;
    bar?.start(list.inputs.length + list.unreadable.length, 0, { status: '' });
    const counts: Record<IngestStatus, number> = { new: 0, updated: 0, unchanged: 0, copy: 0, failed: 0 };
    const options = { store, packs, extractor, maxBytes: flags.maxBytes ?? config.maxBytes, encoding: flags.encoding ?? null };
    // More than one: this thread reads and cleans, N worker threads extract and store.
    const pool = (flags.concurrency ?? 1) > 1 ? groupPool(config, flags.concurrency ?? 1) : undefined;
    try {
      for await (const outcome of ingestInputs(list, options, () => bar?.increment(), pool)) {
        counts[outcome.status] += 1;
        report(outcome, flags.json === true, bar !== null);
        bar?.update({ status: `${counts.new} new, ${counts.failed} failed` });
      }
    } finally {
      bar?.stop();
      await pool?.close();
    }
    const copies = counts.copy > 0 ? `, ${counts.copy} ${counts.copy === 1 ? 'copy of a text' : 'copies of texts'} stored before (kept as more sources of them)` : '';
    process.stderr.write(`${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged${copies}, ${counts.failed} failed\n`);
    if (counts.failed > 0) process.exitCode = 1;
    if (counts.new + counts.updated > 0) await deliverAfterIngest(store, config);
  });
}

function report(outcome: Outcome, isJson: boolean, hasBar: boolean): void {
  const clear = hasBar ? '\r\x1b[K' : '';
  for (const warning of outcome.warnings) process.stderr.write(`${clear}warning: ${printable(outcome.source)}: ${printable(warning)}\n`);
  if (outcome.error) process.stderr.write(`${clear}error: ${printable(outcome.source)}: ${printable(outcome.error)}\n`);
  if (outcome.status === 'copy')
    process.stderr.write(`${clear}note: ${printable(outcome.source)}: the same text as document ${outcome.id}, stored before from another source: kept as one more source of it, with its own title, date and byline\n`);
  if (!isJson) return;
  const { id, source, status, lang, sentences, figures, statements, error, sample } = outcome;
  process.stdout.write(`${JSON.stringify({ id, source, status, lang, sentences, figures, statements, sample, ...(error ? { error } : {}) })}\n`);
}

function note(message: string): void {
  process.stderr.write(`note: ${message}\n`);
}
