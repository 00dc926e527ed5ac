import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { accordBin, repo, runAccord } from '../run-accord.js';

export const chromiumPath = '/usr/bin/chromium';

// Without Debian's chromium the browser tests skip, with this reason; under CI they must run.
export const browserSkip = !existsSync(chromiumPath) && !process.env.CI;
if (browserSkip) console.warn(`e2e: skipped: ${chromiumPath} is missing (apt-get install -y chromium); under CI=true these tests run and fail instead`);

export type Server = { url: string; db: string; stop: () => Promise<void> };

// The real `accord serve` on a free port, over a new database file in a temp folder holding our
// own articles: the project's samples (unless `samples: false`) and test/e2e/fixtures (unless
// `fixtures: false`). With neither, `serve` itself fills the empty database with the samples.
// `env`: more settings for `serve` (the sources test allows its own feed server).
export async function startServer(options: { token: string | null; samples?: boolean; fixtures?: boolean; env?: NodeJS.ProcessEnv }): Promise<Server> {
  const db = join(mkdtempSync(join(tmpdir(), 'accord-e2e-')), 'accord.db');
  const inputs = [...(options.samples === false ? [] : ['data/samples']), ...(options.fixtures === false ? [] : ['test/e2e/fixtures'])];
  if (inputs.length > 0) {
    const ingest = runAccord(['ingest', ...inputs, '--db', db]);
    if (ingest.status !== 0) throw new Error(`accord ingest failed: ${ingest.stderr}`);
  }
  const env = { ...process.env, ACCORD_DB: '', ACCORD_TOKEN: options.token ?? '', ...options.env };
  const child = spawn(accordBin, ['serve', '--port', '0', '--db', db], { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let [stdout, stderr] = ['', ''];
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /serving (http:\/\/[^/\s]+)\//.exec(stdout)?.[1];
      if (found) resolve(found);
    });
    void exited.then((code) => reject(new Error(`accord serve exited with ${code} before serving: ${stderr}`)));
  });
  return {
    url,
    db,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

// Debian's chromium, headless, with a fresh profile; nothing is downloaded.
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
