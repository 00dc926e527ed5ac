import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../src/config.js';
import { extractStatements, loadExtractor, mainEventKey } from '../src/extract/index.js';
import { isFailure, listInputs, readInput } from '../src/ingest/index.js';
import { documentId, type Document, type Statement } from '../src/model/index.js';
import { buildDocument } from '../src/pipeline.js';
import type { SaveItem, Store } from '../src/store/index.js';
import { loadLangPacks, pageWords } from '../src/text/index.js';
import { generateCorpus } from './generate-corpus.js';
import { count, note } from './print.js';

type Base = { document: Document; statements: Statement[]; mainEvent: string | null };

const baseArticles = 300;
// BENCH_SCALE_BATCH documents a saveDocuments call (2,000 by default): a commit writes every index
// page the batch touched, and band keys touch pages all over the file, so bigger batches write
// fewer pages a document (SQLite at 20,000 documents: 6.5 ms of CPU a document with 3,000, 9 to 10 with 500).
const batchSize = Number(process.env.BENCH_SCALE_BATCH || 2000);

// A million documents cannot be extracted in a bench's time (5 GB of text at about 0.3 MB/s per core: hours on this machine's two cores), so
// the knowledge base is made of `baseArticles` generated articles run through the real extraction
// once, then copied: copy n is the article's text with its number in a last paragraph (a new
// document id), a publication date of its own, its statements under new ids at the same spans.
// Saved through the store API (saveDocuments, batches of BENCH_SCALE_BATCH). Resumes where a build stopped.
// `cpuMs`: this process's CPU time (on PostgreSQL the server's is not in it), steadier than the
// wall clock on a shared machine.
export async function buildScaleKb(store: Store, docs: number, workDir: string): Promise<{ built: number; seconds: number; cpuMs: number }> {
  const have = await store.countDocuments();
  if (have >= docs) return { built: 0, seconds: 0, cpuMs: 0 };
  const bases = await baseKb(workDir);
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let n = have; n < docs; n += batchSize) {
    const batch: SaveItem[] = [];
    for (let i = n; i < Math.min(docs, n + batchSize); i += 1) batch.push(copyOf(bases[i % bases.length] as Base, i));
    await store.saveDocuments(batch);
    if ((n / batchSize) % 40 === 0) note(`  ${count(n + batch.length)} / ${count(docs)} stored (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  const used = process.cpuUsage(cpu);
  return { built: docs - have, seconds: (performance.now() - started) / 1000, cpuMs: (used.user + used.system) / 1000 };
}

function copyOf(base: Base, n: number): SaveItem {
  const text = `${base.document.text}\n\n${n}`;
  const id = documentId(text);
  const day = new Date(Date.UTC(2023, 10, 1) + (n % 900) * 86_400_000).toISOString().slice(0, 10);
  const document: Document = { ...base.document, id, text, published: day, url: `https://scale.example/${n}` };
  const statements = base.statements.map((s, i) => ({ ...s, id: `${id}${i.toString(36).padStart(3, '0')}`, documentId: id }));
  return { document, source: { key: `https://scale.example/${n}`, label: `scale ${n}` }, statements, mainEvent: base.mainEvent };
}

// The extracted base articles, kept beside the built databases (not in the repository).
async function baseKb(workDir: string): Promise<Base[]> {
  const path = join(workDir, `base-${baseArticles}.json`);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as Base[];
  await mkdir(workDir, { recursive: true });
  note(`extracting ${baseArticles} generated articles (once; kept in ${path})…`);
  const dir = await mkdtemp(join(tmpdir(), 'accord-scale-'));
  try {
    const corpus = await generateCorpus({ docs: baseArticles, dir, seed: 20261202 });
    const config = readConfig();
    const packs = loadLangPacks(config.dataDir);
    const extractor = loadExtractor(config.dataDir, packs);
    const bases: Base[] = [];
    for (const input of (await listInputs([corpus.dir])).inputs)
      for await (const item of readInput(input, { maxBytes: config.maxBytes, pageWords: pageWords(packs) })) {
        if (isFailure(item)) continue;
        const { document } = buildDocument(item, packs);
        const statements = extractStatements(document, extractor);
        bases.push({ document, statements, mainEvent: mainEventKey(statements) });
      }
    writeFileSync(path, JSON.stringify(bases));
    return bases;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
