import { benchExtract } from './extract.js';
import { benchIngest } from './ingest.js';

// What a benchmark returns: a one-line summary, then labelled figures.
export type Report = { heading: string; rows: [label: string, value: string][] };

// Run in order, one after the other, so that none measures while another runs.
const benchmarks: (() => Promise<Report[]>)[] = [benchIngest, benchExtract];

for (const benchmark of benchmarks) {
  for (const report of await benchmark()) print(report);
}

function print(report: Report): void {
  const width = Math.max(0, ...report.rows.map(([label]) => label.length));
  const rows = report.rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}\n`);
  process.stdout.write(`\n${report.heading}\n${rows.join('')}`);
}
