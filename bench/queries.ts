import { statSync } from 'node:fs';
import { readConfig } from '../src/config.js';
import { compareDeclarations, entityViews, signatoriesOf, type Kb } from '../src/query/index.js';
import { openAccord } from '../src/startup.js';
import type { Store } from '../src/store/index.js';
import { knowledgeBase } from './knowledge-base.js';
import { note, count } from './print.js';
import type { Report } from './run.js';

const defaultDocs = 100_000;
const rounds = 30;

// The questions of issue 4 on a knowledge base of 100,000 generated articles (BENCH_KB_DOCS),
// asked through the query layer the CLI and the server share, each timed alone: median and p95
// over the rounds, after a warm-up round. The target is under 50 ms p95 each.
export async function benchQueries(): Promise<Report[]> {
  const docs = Number(process.env.BENCH_KB_DOCS || defaultDocs);
  if (!Number.isInteger(docs) || docs <= 0) throw new Error(`BENCH_KB_DOCS must be a whole number above 0, not ${process.env.BENCH_KB_DOCS}`);
  const built = await knowledgeBase(docs, note);
  const opened = performance.now();
  const accord = await openAccord({ ...readConfig(), dbPath: built.path }, { store: 'existing', kb: true });
  const { store, kb } = accord;
  try {
    const openMs = performance.now() - opened;
    const counts = { documents: await store.countDocuments() };
    const questions: [string, string[], (kb: Kb, arg: string) => Promise<unknown>][] = [
      ['signatories', ['Bletchley Declaration', 'Tuyên bố Seoul', 'Déclaration de Paris', 'New Delhi Declaration'], (k, a) => signatoriesOf(k, a)],
      [
        'compare',
        ['Bletchley Declaration|Paris declaration', 'Seoul Declaration|New Delhi Declaration'],
        (k, a) => compareDeclarations(k, ...(a.split('|') as [string, string])),
      ],
      ['entity', ['China', 'Trung Quốc', 'Royaume-Uni', 'JD Vance', 'AI Action Summit', 'Déclaration de Paris'], (k, a) => entityViews(k, a)],
      [
        'quotes --search',
        ['intelligence', 'tuong', 'sommet', 'regulation', 'an toàn', 'dang'],
        (k, a) => (k.store as Store).searchQuotes({ search: a, limit: 100 }),
      ],
      ['quotes --speaker', ['Vance', 'Macron', 'nguyen'], (k, a) => (k.store as Store).searchQuotes({ speaker: a, limit: 100 })],
    ];
    const rows: [string, string][] = [];
    for (const [name, args, ask] of questions) {
      for (const arg of args) await ask(kb, arg);
      const times: number[] = [];
      for (let round = 0; round < rounds; round += 1)
        for (const arg of args) {
          const started = performance.now();
          await ask(kb, arg);
          times.push(performance.now() - started);
        }
      times.sort((a, b) => a - b);
      const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
      rows.push([
        name,
        `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms (${times.length} runs over ${args.length} questions)`,
      ]);
    }
    const size = statSync(built.path).size;
    return [
      {
        heading: `queries on a ${count(docs)}-document knowledge base (${(size / 1e9).toFixed(2)} GB): target p95 < 50 ms`,
        rows: [
          ['knowledge base', built.fromCache ? `${built.path} (cached)` : `built in ${built.seconds.toFixed(0)} s, ${built.failed} failed`],
          ['documents', count(counts.documents)],
          ['open (gazetteers, reference, decisions)', `${openMs.toFixed(0)} ms`],
          ...rows,
        ],
      },
    ];
  } finally {
    await store.close();
  }
}
