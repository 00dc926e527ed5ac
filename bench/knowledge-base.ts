import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { listInputs, type Input } from '../src/ingest/index.js';
import type { Document, SourceRef, Statement } from '../src/model/index.js';
import { readConfig } from '../src/config.js';
import { openAccord } from '../src/startup.js';
import { generateCorpus } from './generate-corpus.js';

type Built = { path: string; docs: number; fromCache: boolean; seconds: number; failed: number };
type Message = { failed: string } | { done: true } | { document: Document; source: SourceRef; statements: Statement[]; mainEvent: string | null };

const root = join(import.meta.dirname, '..');
const cacheDir = join(root, 'bench', '.cache');

// A knowledge base of `docs` generated articles, built through the real pipeline (extraction
// on every core, storing on the main thread, one transaction per document) and kept in
// bench/.cache under a name that changes with everything that decides its content: the
// generator, the data, and the ingest, text and extract code. Store migrations apply on open.
export async function knowledgeBase(docs: number, note: (message: string) => void): Promise<Built> {
  const path = join(cacheDir, `kb-${docs}-${fingerprint()}.db`);
  if (existsSync(path)) return { path, docs, fromCache: true, seconds: 0, failed: 0 };
  await mkdir(cacheDir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'accord-kb-'));
  const started = performance.now();
  try {
    note(`building a knowledge base of ${docs.toLocaleString('en-US')} generated articles (once; cached in ${relative(root, cacheDir)})…`);
    const corpus = await generateCorpus({ docs, dir: join(work, 'corpus'), seed: 20231101 });
    const { inputs } = await listInputs([corpus.dir]);
    const partial = join(work, 'kb.db');
    const failed = await ingestInParallel(inputs, partial, docs, note);
    await rename(partial, path);
    return { path, docs, fromCache: false, seconds: (performance.now() - started) / 1000, failed };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function ingestInParallel(inputs: Input[], dbPath: string, docs: number, note: (message: string) => void): Promise<number> {
  const { store } = await openAccord({ ...readConfig(), dbPath }, { store: 'create' });
  const workers = Math.max(1, availableParallelism());
  let [stored, failed, running] = [0, 0, workers];
  let chain = Promise.resolve();
  try {
    await new Promise<void>((resolve, reject) => {
      for (let w = 0; w < workers; w += 1) {
        const share = inputs.filter((_, i) => i % workers === w);
        const worker = new Worker(new URL('./kb-worker.mjs', import.meta.url), { workerData: { inputs: share } });
        worker.on('error', reject);
        worker.on('message', (message: Message) => {
          // Saves run one after another, in arrival order.
          chain = chain.then(async () => {
            if ('failed' in message) failed += 1;
            else if ('done' in message) {
              if (--running === 0) resolve();
            } else {
              await store.saveDocument(message.document, message.source, message.statements, message.mainEvent);
              if (++stored % 5000 === 0) note(`  ${stored.toLocaleString('en-US')} / ${docs.toLocaleString('en-US')} stored`);
            }
          }, reject);
        });
      }
    });
    await chain;
  } finally {
    await store.close();
  }
  return failed;
}

function fingerprint(): string {
  const hash = createHash('sha256');
  const folders = ['data', 'src/ingest', 'src/text', 'src/extract', 'bench/generate-corpus.ts', 'bench/corpus-templates.ts'];
  for (const file of folders.flatMap((f) => files(join(root, f))).sort()) hash.update(relative(root, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}
