import { parseArgs } from 'node:util';
import { fuzzIngest } from '../test/fuzz-check.js';

// `npm run fuzz -- --runs 100000 --seed 7`: the ingest fuzz of test/fuzz.test.ts, with as many
// inputs as asked (default 20,000) from any seed (default: a new one, printed so that a failure
// can be replayed). Exits 1 with fast-check's report of the smallest failing input.
const { values } = parseArgs({ options: { runs: { type: 'string', default: '20000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run fuzz -- [--runs N] [--seed S]\n');
  process.exit(2);
}
process.stderr.write(`fuzz: ${runs} inputs, seed ${seed}\n`);
const started = performance.now();
try {
  await fuzzIngest(runs, seed);
  process.stderr.write(`fuzz: no problem in ${runs} inputs (${Math.round((performance.now() - started) / 1000)} s)\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
