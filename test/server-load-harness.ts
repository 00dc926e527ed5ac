import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { documentId, type Document, type Statement } from '../src/model/index.js';
import { SqliteStore } from '../src/store/index.js';
import { accordBin, repo } from './run-accord.js';

export type Running = { url: string; child: ChildProcess; stderr: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> };

// The real `accord serve` on a free port of 127.0.0.1 over `db`, with these extra environment
// variables (ACCORD_HEAVY_REQUESTS, ACCORD_JOB_SECONDS, ...); resolves once it prints its URL.
export function serveDb(db: string, env: Record<string, string>): Promise<Running> {
  const child = spawn(accordBin, ['serve', '--port', '0', '--empty', '--db', db], {
    cwd: repo,
    env: { ...process.env, ACCORD_DB: '', ACCORD_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let [stdout, stderr] = ['', ''];
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /serving (http:\/\/[^/\s]+)\//.exec(stdout)?.[1];
      if (url) resolve({ url, child, stderr: () => stderr, exited });
    });
    void exited.then(({ code }) => reject(new Error(`accord serve exited with ${code} before serving: ${stderr}`)));
  });
}

// Resident memory of a process now and at its peak, in MB, from /proc (Linux).
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

// A base of `count` made-up documents of about `chars` characters each, two statements each,
// written straight through the store (no extraction): seconds for thousands.
export async function buildBase(db: string, count: number, chars: number): Promise<void> {
  const store = SqliteStore.open(db);
  const filler = 'The delegates met again in the hall and spoke at length about testing. ';
  for (let i = 0; i < count; i += 1) {
    const head = `Load article ${i}\n\nKenya signed the statement, delegates said. `;
    const text = head + filler.repeat(Math.max(1, Math.ceil((chars - head.length) / filler.length)));
    const document: Document = {
      id: documentId(text),
      text,
      lang: 'en',
      format: 'text',
      title: `Load article ${i}`,
      byline: null,
      published: '2025-02-11',
      url: `https://example.org/load/${i}`,
      figures: [],
      sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length }],
    };
    const statement = (n: number, kind: Statement['kind'], subject: string): Statement =>
      ({
        id: (i * 2 + n).toString(16).padStart(16, '0'),
        documentId: document.id,
        kind,
        subject,
        value: {},
        start: head.indexOf('Kenya'),
        end: head.indexOf('Kenya') + 5,
        sentence: 0,
        rule: 'test.load',
        lang: 'en',
        words: 'Kenya',
        confidence: 0.9,
      }) as Statement;
    await store.saveDocument(document, { key: `/load/${i}.txt`, label: `${i}.txt` }, [statement(0, 'signed', 'KE'), statement(1, 'quote', 'KE')], '');
  }
  await store.close();
}
