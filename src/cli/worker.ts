import { spawn } from 'node:child_process';
import { storeArticles } from '../pipeline-batch.js';
import { fail, withAccord } from './open-store.js';
import { withQueue } from './open-queue.js';
import { printable } from './printable.js';
import { followSources } from './source-polling.js';

type WorkerFlags = { db?: string; concurrency?: number; batch?: number; once?: boolean };

// `accord worker`: takes queued articles a batch at a time (`--batch`, 20 by default), extracts
// each and stores the batch in one transaction. Extraction is work for a whole core, so
// `--concurrency N` runs N worker processes, not N jobs in one.
// SIGTERM or SIGINT lets the job at hand finish, then stops.
export async function runWorker(flags: WorkerFlags): Promise<void> {
  if ((flags.concurrency ?? 1) > 1) return runPool(flags.concurrency ?? 1, flags);
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  try {
    await withAccord(flags, { store: 'create', extractor: true }, async ({ store, config, packs, extractor }) => {
      let [done, failed] = [0, 0];
      const polling = followSources(store, config, flags.once !== true);
      await withQueue(flags, (queue) =>
        queue.work(
          async (articles) => {
            const outcomes = await storeArticles(articles, { store, packs, extractor, maxBytes: config.maxBytes });
            return outcomes.map((outcome) => (outcome.status === 'failed' ? (outcome.error ?? 'failed') : null));
          },
          {
            untilEmpty: flags.once === true,
            batchSize: flags.batch ?? 20,
            signal: controller.signal,
            onJob: ({ source, error }) => {
              if (error) process.stderr.write(`error: ${printable(source)}: ${printable(error)}\n`);
              [done, failed] = error ? [done, failed + 1] : [done + 1, failed];
            },
          },
        ),
      );
      await polling.stop();
      process.stderr.write(`worker: ${done} done, ${failed} failed (failed jobs are tried again, then listed by \`accord jobs\`)\n`);
    });
  } catch (error) {
    fail((error as Error).message);
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
  }
}

// N worker processes of this same program; a signal to this one goes to each of them.
async function runPool(count: number, flags: WorkerFlags): Promise<void> {
  const args = [process.argv[1] ?? '', 'worker', '--concurrency', '1', ...(flags.batch ? ['--batch', String(flags.batch)] : []), ...(flags.once ? ['--once'] : []), ...(flags.db ? ['--db', flags.db] : [])];
  const children = Array.from({ length: count }, () => spawn(process.execPath, [...process.execArgv, ...args], { stdio: 'inherit' }));
  const forward = (signal: NodeJS.Signals) => (): void => children.forEach((child) => child.kill(signal));
  const [onTerm, onInt] = [forward('SIGTERM'), forward('SIGINT')];
  process.on('SIGTERM', onTerm);
  process.on('SIGINT', onInt);
  const codes = await Promise.all(children.map((child) => new Promise<number>((done) => child.on('exit', (code) => done(code ?? 1)))));
  process.off('SIGTERM', onTerm);
  process.off('SIGINT', onInt);
  if (codes.some((code) => code !== 0)) process.exitCode = 1;
}
