import type { Article } from '../ingest/index.js';
import { forcedEncoding, listInputs } from '../ingest/index.js';
import { readArticles } from '../pipeline.js';
import { openAccord } from '../startup.js';
import { databaseFor, fail } from './open-store.js';
import { withQueue } from './open-queue.js';
import { printable } from './printable.js';

type EnqueueFlags = { db?: string; maxBytes?: number; encoding?: string; sample?: boolean; json?: boolean };
// Jobs go to the database in batches: one round trip per batch, not per article.
const batchSize = 200;

// `accord ingest --queue`: reads and cleans every input here, and leaves extraction and storing to
// the workers (`accord worker`, on any machine that reaches the database).
export async function runEnqueue(paths: string[], flags: EnqueueFlags): Promise<void> {
  if (flags.encoding !== undefined) forcedEncoding(flags.encoding);
  const { config, packs } = await openAccord(databaseFor(flags), { store: 'none', packs: true });
  const list = await listInputs(paths, { sample: flags.sample === true });
  try {
    await withQueue(flags, async (queue) => {
      let [queued, failed] = [0, 0];
      let batch: Article[] = [];
      const flush = async (): Promise<void> => {
        queued += (await queue.enqueue(batch)).length;
        batch = [];
      };
      for await (const item of readArticles(list, { packs, maxBytes: flags.maxBytes ?? config.maxBytes, encoding: flags.encoding ?? null })) {
        if ('status' in item) {
          failed += 1;
          process.stderr.write(`error: ${printable(item.source)}: ${printable(item.error ?? 'unreadable')}\n`);
          continue;
        }
        for (const warning of item.warnings ?? []) process.stderr.write(`warning: ${printable(item.source.label)}: ${printable(warning)}\n`);
        batch.push(item);
        if (flags.json) process.stdout.write(`${JSON.stringify({ source: item.source.label, status: 'queued' })}\n`);
        if (batch.length >= batchSize) await flush();
      }
      await flush();
      process.stderr.write(`${queued} queued, ${failed} failed (run \`accord worker\` to process them; \`accord jobs\` shows where they are)\n`);
      if (failed > 0) process.exitCode = 1;
    });
  } catch (error) {
    fail((error as Error).message);
  }
}
