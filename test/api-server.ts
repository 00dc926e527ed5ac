import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accordBin, repo } from './run-accord.js';

export type Served = { url: string; db: string; child: ChildProcess; stderr: () => string; stop: () => Promise<number | null> };

// --- store ---
// The database of the servers a test file starts when it gives none: a new SQLite file, unless a
// wrapper (api-postgres.test.ts) sets `database` to a function giving a new PostgreSQL schema.
export const serveTarget: { database: (() => string) | null } = { database: null };

// Starts the real `accord serve` on a free port over a new database file in a temp folder, and
// resolves once it prints its URL. `stop` sends SIGTERM and resolves with the exit code, once
// every line the server wrote has been read.
export function serveAccord(options: { token?: string; args?: string[] } = {}): Promise<Served> {
  const db = serveTarget.database?.() ?? join(mkdtempSync(join(tmpdir(), 'accord-api-')), 'accord.db');
  const env = { ...process.env, ACCORD_DB: '', ACCORD_TOKEN: options.token ?? '' };
  const child = spawn(accordBin, ['serve', '--port', '0', '--db', db, ...(options.args ?? [])], { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let [stdout, stderr] = ['', ''];
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /serving (http:\/\/[^/\s]+)\//.exec(stdout)?.[1];
      if (url)
        resolve({
          url,
          db,
          child,
          stderr: () => stderr,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
    });
    void exited.then((code) => reject(new Error(`accord serve exited with ${code} before serving: ${stderr}`)));
  });
}

export type Reply = { status: number; headers: Headers; body: unknown; text: string };

// One request; the body is parsed when it is JSON.
export async function call(url: string, init: RequestInit = {}): Promise<Reply> {
  const response = await fetch(url, init);
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return { status: response.status, headers: response.headers, body: isJson ? JSON.parse(text) : null, text };
}

export const bearer = (token: string): Record<string, string> => ({ Authorization: `Bearer ${token}` });
