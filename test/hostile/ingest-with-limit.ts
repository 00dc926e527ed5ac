import { spawn } from 'node:child_process';
import { printable } from '../../src/cli/printable.js';
import { accordBin, repo } from '../run-accord.js';

// One `accord ingest --json` over many inputs, with a time limit per input: the run is killed
// when no input is done (its outcome line on stdout) within `perInput` ms, and the promise
// rejects with what had been done.
export type Outcome = { id: string | null; source: string; status: string; error?: string; warnings: string[] };
export type Limits = { perInput: number; maxBytes: number };

type Run = { outcomes: Outcome[]; stderr: string };

export function ingestWithLimit(paths: string[], db: string, limits: Limits): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(accordBin, ['ingest', ...paths, '--db', db, '--json', '--max-bytes', String(limits.maxBytes)], {
      cwd: repo,
      env: { ...process.env, ACCORD_DB: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let [stdout, stderr] = ['', ''];
    const hang = (): void => {
      child.kill('SIGKILL');
      const done = stdout.split('\n').filter(Boolean).length;
      reject(new Error(`hang: no outcome within ${limits.perInput} ms after ${done} outcome(s); stderr so far:\n${stderr.slice(-2000)}`));
    };
    let timer = setTimeout(hang, limits.perInput * 2);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      clearTimeout(timer);
      timer = setTimeout(hang, limits.perInput);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', () => {
      clearTimeout(timer);
      const outcomes = stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => ({ ...(JSON.parse(line) as Omit<Outcome, 'warnings'>), warnings: [] }));
      resolve({ outcomes, stderr });
    });
  });
}

// The outcomes of the inputs one kind gave (a file, or what a folder held), with their warnings.
export function outcomesOf(all: Outcome[], stderr: string, dir: string, paths: string[]): Outcome[] {
  const isOwn = (source: string): boolean => source.startsWith(`${dir}/`) || paths.some((p) => source === p || source.startsWith(`${p}:`));
  return all.filter((o) => isOwn(o.source)).map((o) => ({ ...o, warnings: warningsOf(stderr, o.source) }));
}

function warningsOf(stderr: string, source: string): string[] {
  const prefix = `warning: ${printable(source)}: `;
  return stderr
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length));
}
