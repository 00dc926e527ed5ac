import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../src/config.js';
import { applyResolutionDecisions, assembleMissing, compareDeclarations, entityViews, findQuotes, loadKb, signatoriesOf, type Kb } from '../src/query/index.js';
import { isPostgresUrl, openStore, type Store } from '../src/store/index.js';
import { serve } from './http.js';
import { count, mb, note } from './print.js';
import type { Report } from './run.js';
import { buildScaleKb } from './scale-build.js';

const work = '/tmp/scale';
const calls = Number(process.env.BENCH_SCALE_CALLS || 200);
type Ask = [label: string, run: () => Promise<unknown>];

// A knowledge base of BENCH_SCALE_DOCS documents (1,000,000 by default) on each backend: SQLite
// at BENCH_SCALE_DB (else /tmp/scale/kb-N.db; `none` for none), PostgreSQL at BENCH_SCALE_PG when given. Built
// once through the store API (see scale-build.ts), reused after. Then p50/p95/p99 of the questions
// through src/query, and of two pages over HTTP from a real `accord serve`. CI never runs it.
export async function benchScale(): Promise<Report[]> {
  const docs = Number(process.env.BENCH_SCALE_DOCS || 1_000_000);
  if (!Number.isInteger(docs) || docs <= 0) throw new Error(`BENCH_SCALE_DOCS must be a whole number above 0, not ${process.env.BENCH_SCALE_DOCS}`);
  // BENCH_SCALE_DB=none: PostgreSQL only.
  const sqlite = process.env.BENCH_SCALE_DB === 'none' ? undefined : process.env.BENCH_SCALE_DB || join(work, `kb-${docs}.db`);
  const databases = [sqlite, process.env.BENCH_SCALE_PG].filter((db): db is string => Boolean(db));
  const reports: Report[] = [];
  for (const db of databases) reports.push(await benchOne(db, docs));
  return reports;
}

// The one place this bench opens Accord: the store, then the knowledge base over it.
async function openAccord(db: string): Promise<{ store: Store; kb: Kb }> {
  const store = await openStore({ dbPath: db });
  const kb = loadKb(readConfig(), store);
  return { store, kb };
}

async function benchOne(db: string, docs: number): Promise<Report> {
  const backend = isPostgresUrl(db) ? 'PostgreSQL' : 'SQLite';
  note(`${backend}: ${count(docs)} documents at ${isPostgresUrl(db) ? 'BENCH_SCALE_PG' : db}…`);
  let { store, kb } = await openAccord(db);
  const build = await buildScaleKb(store, docs, work);
  if (build.built > 0) {
    // A fresh start, as a server would open the built knowledge base.
    await store.close();
    ({ store, kb } = await openAccord(db));
  }
  try {
    await assembleMissing(kb);
    await applyResolutionDecisions(kb);
    const rows: [string, string][] = [
      ['documents', count(await store.countDocuments())],
      [
        'build',
        build.built > 0
          ? `${count(build.built)} documents in ${build.seconds.toFixed(0)} s (${count(Math.round(build.built / build.seconds))} docs/s, ${(build.cpuMs / build.built).toFixed(1)} ms of CPU a document)`
          : 'reused',
      ],
    ];
    const asks = await questions(kb, store);
    for (const [label, run] of asks) rows.push([label, percentiles(await timeCalls(run))]);
    rows.push(
      ['database size', mb(await databaseBytes(db))],
      ['bench process RSS', `${mb(process.memoryUsage().rss)} now, peak ${mb(process.resourceUsage().maxRSS * 1024)}`],
    );
    rows.push(...(await overHttp(db, asks.word)));
    return { heading: `scale, ${backend}, ${count(docs)} documents: targets store p95 < 20 ms, HTTP p95 < 50 ms (machine shared, see note)`, rows };
  } finally {
    await store.close();
  }
}

// The questions, with a speaker, a word and a phrase taken from a stored quote.
async function questions(kb: Kb, store: Store): Promise<Ask[] & { word: string }> {
  const [quote] = await store.searchQuotes({ limit: 1 });
  const words = (quote?.words ?? 'summit').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const word = [...words].sort((a, b) => b.length - a.length)[0] ?? 'summit';
  const phrase = words.slice(0, 2).join(' ');
  const speaker = (quote?.subject ?? '').split(' ').at(-1) ?? '';
  const asks: Ask[] = [
    ['signatories of a declaration', () => signatoriesOf(kb, 'Paris declaration')],
    ['compare two declarations', () => compareDeclarations(kb, 'Bletchley Declaration', 'Seoul Declaration')],
    ['entity: a country', () => entityViews(kb, 'China')],
    [`entity: a person (${quote?.subject})`, () => entityViews(kb, quote?.subject ?? '')],
    [`quote search: a word (${word})`, () => findQuotes(store, { search: word, limit: 20 })],
    [`quote search: a phrase (${phrase})`, () => findQuotes(store, { search: phrase, limit: 20 })],
    [`quote search: word + speaker (${speaker})`, () => findQuotes(store, { search: word, speaker, limit: 20 })],
    [`quote search: a speaker (${speaker})`, () => findQuotes(store, { speaker, limit: 20 })],
  ];
  return Object.assign(asks, { word });
}

async function timeCalls(run: () => Promise<unknown>): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < calls; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

function percentiles(sorted: number[]): string {
  const at = (q: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms (${sorted.length} calls)`;
}

// The declaration page and the API's quote search, one request at a time from a real server.
async function overHttp(db: string, word: string): Promise<[string, string][]> {
  const { child, url } = await serve(db);
  try {
    const rows: [string, string][] = [];
    for (const [label, path] of [
      ['HTTP declaration page (HTML)', '/declarations/paris-statement'],
      ['HTTP a party\'s evidence page (HTML)', '/declarations/paris-statement/evidence?party=FR&stance=signed'],
      ['HTTP /api/v1/declarations/{name}/evidence', '/api/v1/declarations/paris-statement/evidence?party=FR&stance=signed'],
      ['HTTP /api/v1/quotes?search=', `/api/v1/quotes?search=${encodeURIComponent(word)}`],
    ]) {
      const fetchOnce = async () => {
        const response = await fetch(`${url}${path}`);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
      };
      rows.push([label ?? '', percentiles(await timeCalls(fetchOnce))]);
    }
    rows.push(['server peak RSS', mb(serverPeak(child.pid))]);
    return rows;
  } finally {
    child.kill('SIGTERM');
  }
}

function serverPeak(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

// PostgreSQL: the tables of Accord's schema (`?schema=`, else public) with their indexes and TOAST.
async function databaseBytes(db: string): Promise<number> {
  if (!isPostgresUrl(db)) return ['', '-wal'].reduce((sum, end) => sum + (statSync(`${db}${end}`, { throwIfNoEntry: false })?.size ?? 0), 0);
  const { default: postgres } = await import('postgres');
  const url = new URL(db);
  const schema = url.searchParams.get('schema') || 'public';
  url.searchParams.delete('schema');
  const sql = postgres(url.toString(), { max: 1 });
  try {
    const [row] = await sql`SELECT sum(pg_total_relation_size(c.oid)) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ${schema} AND c.relkind = 'r'`;
    return Number(row?.bytes ?? 0);
  } finally {
    await sql.end();
  }
}
