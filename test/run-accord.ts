import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '..');
export const accordBin = resolve(repo, 'bin', 'accord');

export type Run = { status: number | null; stdout: string; stderr: string };

// Runs the real `accord` binary, as a user would from a checkout.
// `timeout` (ms): a run that takes longer is killed and reported with status null, so a hang fails a test.
export function runAccord(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string; timeout?: number } = {}): Run {
  const result = spawnSync(accordBin, args, {
    cwd: options.cwd ?? repo,
    input: options.input,
    encoding: 'utf8',
    ...(options.timeout ? { timeout: options.timeout, killSignal: 'SIGKILL' as const } : {}),
    env: { ...process.env, ACCORD_DB: '', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

// Starts an ingest (with `extra` flags) and SIGKILLs it once it has reported `after` documents.
export function ingestAndKill(folder: string, db: string, after: number, extra: string[] = []): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(accordBin, ['ingest', folder, '--db', db, '--json', ...extra], { cwd: repo, env: { ...process.env, ACCORD_DB: '' } });
    let seen = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('\n').length - 1;
      if (seen >= after) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(seen) : reject(new Error(`ingest ended before the kill (${seen} reported)`))));
  });
}
