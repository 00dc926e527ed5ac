import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../src/config.js';
import { extractStatements, type Extractor } from '../src/extract/index.js';
import { openAccord } from '../src/startup.js';
import { detectLanguage, packFor, textDocument, type LangPacks } from '../src/text/index.js';
import { generateCorpus } from './generate-corpus.js';
import type { Report } from './run.js';

// Extraction throughput on one core: language detection, sentence splitting and every rule,
// gazetteer, person and quote pass, over plain article text. Reading files is not timed.
export async function benchExtract(): Promise<Report[]> {
  const docs = Math.max(200, Math.round(Number(process.env.BENCH_DOCS ?? 10_000) / 5));
  const work = await mkdtemp(join(tmpdir(), 'accord-bench-extract-'));
  try {
    const corpus = await generateCorpus({ docs, dir: join(work, 'corpus'), seed: 7 });
    const texts = readdirSync(corpus.dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(corpus.dir, name), 'utf8'));
    const ownCorpus = join(import.meta.dirname, '..', 'test', 'corpus');
    const annotated = readdirSync(ownCorpus)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => readFileSync(join(ownCorpus, n), 'utf8'));
    // Real articles by outlets we did not write, when ../shared/devset is beside the checkout.
    const devset = join(import.meta.dirname, '..', '..', 'shared', 'devset');
    const real = existsSync(devset)
      ? readdirSync(devset)
          .filter((n) => n.endsWith('.txt'))
          .map((n) => readFileSync(join(devset, n), 'utf8'))
      : [];
    const { packs, extractor } = await openAccord(readConfig(), { store: 'none', extractor: true });
    const times = (list: string[], n: number): string[] => Array.from({ length: n }, () => list).flat();
    // A new process first (the compiler warmed on 20 texts), then the steady state a long ingest
    // runs in: the engine's code is compiled by use, and it takes some hundreds of articles to
    // settle, so each later figure is timed after a warm-up on its own texts, not timed.
    return [
      measure('extract, generated articles, first pass of a new process', texts, texts.slice(0, 20), packs, extractor),
      measure('extract, generated articles, steady state', texts, texts, packs, extractor),
      measure('extract, annotated corpus x10, steady state', times(annotated, 10), times(annotated, 3), packs, extractor),
      ...(real.length > 0 ? [measure('extract, real articles of ../shared/devset x10, steady state', times(real, 10), times(real, 5), packs, extractor)] : []),
    ];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function measure(name: string, texts: string[], warmUp: string[], packs: LangPacks, extractor: Extractor): Report {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  let statements = 0;
  for (const text of warmUp) {
    const lang = detectLanguage(text, null, Object.keys(packs)).lang;
    extractStatements(textDocument(text, lang, packFor(packs, lang)), extractor);
  }
  const started = process.cpuUsage();
  const wall = performance.now();
  for (const text of texts) {
    const lang = detectLanguage(text, null, Object.keys(packs)).lang;
    const document = textDocument(text, lang, packFor(packs, lang));
    statements += extractStatements(document, extractor).length;
  }
  const cpu = process.cpuUsage(started);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const seconds = (performance.now() - wall) / 1000;
  const perCore = bytes / 1e6 / cpuSeconds;
  return {
    heading: `${name} (${texts.length.toLocaleString('en')} docs, ${(bytes / 1e6).toFixed(1)} MB): ${perCore.toFixed(2)} MB/s per core`,
    rows: [
      ['statements', statements.toLocaleString('en')],
      ['wall time', `${seconds.toFixed(2)} s`],
      ['CPU time', `${cpuSeconds.toFixed(2)} s`],
      [
        'throughput',
        `${(bytes / 1e6 / seconds).toFixed(2)} MB/s wall, ${perCore.toFixed(2)} MB/s per core (CPU time), ${Math.round(texts.length / cpuSeconds)} docs/s per core`,
      ],
    ],
  };
}
