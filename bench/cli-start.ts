import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from './run.js';

// How long a command takes from the shell prompt to its exit: the compiled CLI that bin/accord
// runs after `npm run build`, and the same TypeScript run from source through tsx (a checkout
// without a build). The median of BENCH_RUNS runs (default 5) of each, after one warm-up run.
const repo = join(import.meta.dirname, '..');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

type Runner = { label: string; command: string; prefix: string[] };
const compiled: Runner = { label: 'compiled (dist/)', command: process.execPath, prefix: [join(repo, 'dist', 'cli', 'main.js')] };
const fromSource: Runner = { label: 'from source (tsx)', command: process.execPath, prefix: ['--import', 'tsx', join(repo, 'src', 'cli', 'main.ts')] };

export async function benchCliStart(): Promise<Report[]> {
  const work = mkdtempSync(join(tmpdir(), 'accord-bench-cli-'));
  const db = join(work, 'accord.db');
  try {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repo, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}`);
    run(compiled, ['ingest', join(repo, 'data', 'samples'), '--db', db]);
    const commands: [string, string[]][] = [
      ['--version', ['--version']],
      ['--help', ['--help']],
      ['docs', ['docs', '--db', db]],
      ['signatories "Bletchley Declaration"', ['signatories', 'Bletchley Declaration', '--db', db]],
      ['entity China', ['entity', 'China', '--db', db]],
      ['extract one article', ['extract', join(repo, 'data', 'samples', 'en', 'bletchley-declaration.txt')]],
    ];
    return [compiled, fromSource].map((runner) => ({
      heading: `CLI start to exit, ${runner.label}, median of ${runs} runs`,
      rows: commands.map(([label, args]) => [`accord ${label}`, `${median(runner, args)} ms`]),
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function median(runner: Runner, args: string[]): number {
  run(runner, args);
  const times = Array.from({ length: runs }, () => run(runner, args)).sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] ?? 0);
}

// One run, in ms; a failing command fails the benchmark rather than timing an error message.
function run(runner: Runner, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(runner.command, [...runner.prefix, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, ACCORD_DB: '' } });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`accord ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return elapsed;
}
