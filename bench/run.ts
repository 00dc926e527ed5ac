import { benchCliStart } from './cli-start.js';
import { benchExport } from './export.js';
import { benchExtract } from './extract.js';
import { benchHttp } from './http.js';
import { benchIngest } from './ingest.js';
import { benchPoll } from './poll.js';
import { benchQueries } from './queries.js';
import { benchScale } from './scale.js';
import { benchWorkers } from './workers.js';

// What a benchmark returns: a one-line summary, then labelled figures.
export type Report = { heading: string; rows: [label: string, value: string][] };

// Run in order, one after the other, so that none measures while another runs.
// `npm run bench -- queries` (or BENCH_ONLY=queries) runs only the benchmarks named.
const benchmarks: Record<string, () => Promise<Report[]>> = {
  ingest: benchIngest,
  extract: benchExtract,
  queries: benchQueries,
  http: benchHttp,
  export: benchExport,
  'cli-start': benchCliStart,
  poll: benchPoll,
  scale: benchScale,
  workers: benchWorkers,
};
// Only when named: hours for the default million documents, minutes for the workers.
const namedOnly = new Set(['scale', 'workers']);
const only = [...process.argv.slice(2), ...(process.env.BENCH_ONLY ?? '').split(',')].filter(Boolean);
const unknown = only.filter((name) => !(name in benchmarks));
if (unknown.length > 0) {
  process.stderr.write(`bench: ${unknown.join(', ')}: no such benchmark (expected ${Object.keys(benchmarks).join(', ')})\n`);
  process.exit(1);
}
for (const [name, benchmark] of Object.entries(benchmarks)) {
  if (only.length > 0 ? !only.includes(name) : namedOnly.has(name)) continue;
  for (const report of await benchmark()) print(report);
}

function print(report: Report): void {
  const width = Math.max(0, ...report.rows.map(([label]) => label.length));
  const rows = report.rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}\n`);
  process.stdout.write(`\n${report.heading}\n${rows.join('')}`);
}
