import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig, type Config } from '../src/config.js';
import { listInputs } from '../src/ingest/index.js';
import type { IngestStatus, Lang } from '../src/model/index.js';
import type { Extractor } from '../src/extract/index.js';
import { groupPool } from '../src/cli/ingest-pool.js';
import { ingestInputs } from '../src/pipeline-batch.js';
import { openAccord } from '../src/startup.js';
import type { LangPacks } from '../src/text/index.js';
import { generateCorpus, type Corpus } from './generate-corpus.js';
import { note, count, mb } from './print.js';
import type { Report } from './run.js';

type Pass = {
  counts: Record<IngestStatus, number>;
  langs: Record<Lang, number | undefined>;
  warnings: number;
  errors: string[];
  seconds: number;
  peakRss: number;
  dbBytes: number;
};

const defaultDocs = 10_000;

// Generates the corpus (not timed), then ingests it twice into a fresh database through the
// CLI's code path (extraction included): once where every article is new, once where every
// article is unchanged; then once more into a fresh database for each other thread count of
// BENCH_INGEST_THREADS (`ingest --concurrency N`; default 1,2).
export async function benchIngest(): Promise<Report[]> {
  const docs = docCount(process.env.BENCH_DOCS);
  const work = await mkdtemp(join(tmpdir(), 'accord-bench-'));
  try {
    note(`generating ${count(docs)} articles…`);
    const started = performance.now();
    const corpus = await generateCorpus({ docs, dir: join(work, 'corpus') });
    const generated = (performance.now() - started) / 1000;
    const config = { ...readConfig(), dbPath: join(work, 'accord.db') };
    const loaded = await openAccord(config, { store: 'none', extractor: true });
    note('ingest, first pass…');
    const first = await ingestPass(corpus.dir, config, loaded);
    warnUnless(first, 'new', docs);
    note('ingest, second pass…');
    const second = await ingestPass(corpus.dir, config, loaded);
    warnUnless(second, 'unchanged', docs);
    const threaded: Report[] = [];
    for (const threads of threadCounts(process.env.BENCH_INGEST_THREADS).filter((n) => n > 1)) {
      note(`ingest --concurrency ${threads}…`);
      const pass = await ingestPass(corpus.dir, { ...config, dbPath: join(work, `accord-${threads}.db`) }, loaded, threads);
      warnUnless(pass, 'new', docs);
      threaded.push(report(`ingest --concurrency ${threads}`, pass, corpus, []));
    }
    return [report('ingest', first, corpus, [['corpus', describeCorpus(corpus, generated)]]), report('re-ingest, same corpus', second, corpus, []), ...threaded];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// One `accord ingest <folder> [--concurrency N]` run, timed from opening the store to closing it
// (the worker threads' start included).
async function ingestPass(folder: string, config: Config, { packs, extractor }: { packs: LangPacks; extractor: Extractor }, threads = 1): Promise<Pass> {
  const pass: Pass = {
    counts: { new: 0, updated: 0, unchanged: 0, copy: 0, failed: 0 },
    langs: { fr: 0, en: 0, vi: 0, und: 0 },
    warnings: 0,
    errors: [],
    seconds: 0,
    peakRss: 0,
    dbBytes: 0,
  };
  const started = performance.now();
  const { store } = await openAccord(config, { store: 'create' });
  const pool = threads > 1 ? groupPool(config, threads) : undefined;
  try {
    const list = await listInputs([folder]);
    for await (const outcome of ingestInputs(list, { store, packs, extractor, maxBytes: config.maxBytes }, () => {}, pool)) {
      pass.counts[outcome.status] += 1;
      if (outcome.lang) pass.langs[outcome.lang] = (pass.langs[outcome.lang] ?? 0) + 1;
      pass.warnings += outcome.warnings.length;
      if (outcome.error && pass.errors.length < 5) pass.errors.push(`${outcome.source}: ${outcome.error}`);
    }
  } finally {
    await pool?.close();
    await store.close();
  }
  pass.seconds = (performance.now() - started) / 1000;
  // maxRSS is in kilobytes, and is the whole process's peak so far, not this pass's alone.
  pass.peakRss = process.resourceUsage().maxRSS * 1024;
  pass.dbBytes = await sizeOnDisk(config.dbPath);
  return pass;
}

function report(name: string, pass: Pass, corpus: Corpus, extra: [string, string][]): Report {
  const docs = Object.values(pass.counts).reduce((sum, n) => sum + n, 0);
  const [docsPerSecond, mbPerSecond] = [docs / pass.seconds, corpus.bytes / 1e6 / pass.seconds];
  const { counts, langs } = pass;
  return {
    heading: `${name} (${count(docs)} docs, ${mb(corpus.bytes)}): ${count(Math.round(docsPerSecond))} docs/s, ${mbPerSecond.toFixed(1)} MB/s, peak RSS ${mb(pass.peakRss)}`,
    rows: [
      ...extra,
      [
        'documents',
        `${count(docs)}: ${count(counts.new)} new, ${count(counts.updated)} updated, ${count(counts.unchanged)} unchanged, ${count(counts.failed)} failed`,
      ],
      [
        'languages',
        `${Object.entries(langs)
          .map(([lang, n]) => `${lang} ${count(n ?? 0)}`)
          .join(', ')}; ${count(pass.warnings)} warnings`,
      ],
      ['input', `${mb(corpus.bytes)} in ${count(corpus.articles.txt + corpus.articles.html + corpus.jsonlFiles)} files`],
      ['wall time', `${pass.seconds.toFixed(2)} s`],
      ['throughput', `${count(Math.round(docsPerSecond))} docs/s, ${mbPerSecond.toFixed(2)} MB/s`],
      ['peak RSS', `${mb(pass.peakRss)} (process maximum so far)`],
      ['database', mb(pass.dbBytes)],
    ],
  };
}

function describeCorpus(corpus: Corpus, seconds: number): string {
  const { articles, textSizes } = corpus;
  const sizes = [textSizes[0], textSizes[Math.floor(textSizes.length / 2)], textSizes.at(-1)].map((bytes) => ((bytes ?? 0) / 1000).toFixed(1));
  const files = `${count(articles.txt)} .txt, ${count(articles.html)} .html, ${count(corpus.jsonlFiles)} .jsonl holding ${count(articles.jsonl)} articles`;
  return `${files}; body text ${sizes[0]}-${sizes[2]} KB, median ${sizes[1]} KB; generated in ${seconds.toFixed(1)} s (not timed)`;
}

// A failure or a surprise status means the figures measure something other than a clean run.
function warnUnless(pass: Pass, expected: IngestStatus, docs: number): void {
  if (pass.counts[expected] === docs && pass.counts.failed === 0) return;
  const line = '!'.repeat(72);
  process.stderr.write(`\n${line}\nWARNING: expected ${count(docs)} ${expected}, got ${JSON.stringify(pass.counts)}\n`);
  for (const error of pass.errors) process.stderr.write(`  error: ${error}\n`);
  process.stderr.write(`${line}\n\n`);
}

async function sizeOnDisk(dbPath: string): Promise<number> {
  let total = 0;
  for (const path of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`])
    total += await stat(path).then(
      (info) => info.size,
      () => 0,
    );
  return total;
}

function threadCounts(value: string | undefined): number[] {
  const counts = (value || '1,2').split(',').map(Number);
  if (counts.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`BENCH_INGEST_THREADS must list whole numbers above 0, not ${JSON.stringify(value)}`);
  return counts;
}

function docCount(value: string | undefined): number {
  const docs = Number(value || defaultDocs);
  if (!Number.isInteger(docs) || docs <= 0) throw new Error(`BENCH_DOCS must be a whole number above 0, not ${JSON.stringify(value)}`);
  return docs;
}
