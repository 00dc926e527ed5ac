import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBase, memoryOf, serveDb, type Running } from './server-load-harness.js';

// Issue 11, points 4 and 5: no single request stalls the server. A real `accord serve` child on
// 127.0.0.1: a pathological article posted while others read; four exports at once of a base of
// thousands of documents, the server's memory watched from /proc; SIGTERM in the middle of it all.
// Time bounds here are hang limits, many times what a healthy server needs.

const token = 'load-test-token-0123456789';
const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
const documents = 2500;
const readerLimitMs = 3000;

let work: string;
let base: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'accord-load-'));
  base = join(work, 'base.db');
  await buildBase(base, documents, 16_000);
}, 180_000);

// A copy of the base for one server, so that each test starts from the same documents.
function copyOfBase(name: string): string {
  const db = join(work, `${name}.db`);
  copyFileSync(base, db);
  return db;
}

// How long one GET takes to be answered in full.
async function timed(url: string): Promise<{ status: number; ms: number }> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - start };
}

// 1 MB of nested div around one sentence, posted as an HTML article.
const nestedHtml = (): string => {
  const depth = 90_000;
  return JSON.stringify({ html: `<html><body>${'<div>'.repeat(depth)}<p>Kenya signed the declaration in Paris.</p>${'</div>'.repeat(depth)}</body></html>` });
};

async function stop(server: Running): Promise<void> {
  server.child.kill('SIGTERM');
  await server.exited;
}

describe('a posted article is read off the request loop', () => {
  it('answers readers while a 1 MB nested-HTML article and a long article are read, and stores the nested one', async () => {
    // The long article takes seconds of extraction (over the 8 s limit on most machines): on the
    // request loop, every reader would wait for it.
    const server = await serveDb(copyOfBase('nested'), { ACCORD_TOKEN: token, ACCORD_JOB_SECONDS: '8' });
    try {
      const post = (body: string): Promise<Response> => fetch(`${server.url}/api/v1/documents`, { method: 'POST', headers: auth, body });
      const long = JSON.stringify({ text: `Long article\n\n${'Kenya signed the declaration in Paris, officials said. '.repeat(20_000)}` });
      let reading = true;
      const posts = Promise.all([post(long), post(nestedHtml())]).finally(() => (reading = false));
      const readers: { status: number; ms: number }[] = [];
      for (let page = 0; reading; page += 1) {
        readers.push(await timed(`${server.url}${page % 2 ? '/documents' : '/api/v1/documents?limit=5'}`));
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const [longPosted, nestedPosted] = await posts;
      expect(readers.length).toBeGreaterThan(3);
      expect(readers.filter((r) => r.status !== 200 || r.ms > readerLimitMs)).toEqual([]);
      expect([201, 400]).toContain(longPosted?.status);
      if (longPosted?.status === 400) expect(((await longPosted.json()) as { error: { message: string } }).error.message).toMatch(/took longer than 8 s/);
      const body = (await nestedPosted?.json()) as { statements?: { kind: string; subject: string }[]; error?: { message: string } };
      expect(body.error?.message).toBeUndefined();
      expect(nestedPosted?.status).toBe(201);
      expect(body.statements?.some((s) => s.kind === 'signed' && s.subject === 'KE')).toBe(true);
    } finally {
      await stop(server);
    }
  }, 90_000);

  it('stops an article over the time limit, says so, and goes on serving', async () => {
    const server = await serveDb(copyOfBase('limit'), { ACCORD_TOKEN: token, ACCORD_JOB_SECONDS: '0.001' });
    try {
      const text = `Long article\n\n${'Kenya signed the declaration in Paris, officials said. '.repeat(20_000)}`;
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const posted = await fetch(`${server.url}/api/v1/documents`, { method: 'POST', headers: auth, body: JSON.stringify({ text }) });
        const body = (await posted.json()) as { error: { code: string; message: string } };
        expect(posted.status).toBe(400);
        expect(body.error.message).toMatch(/took longer than 0\.001 s and was stopped/);
      }
      expect((await timed(`${server.url}/api/v1/documents?limit=1`)).status).toBe(200);
      const form = new FormData();
      form.set('text', text);
      form.set('token', token);
      const page = await fetch(`${server.url}/add`, { method: 'POST', body: form, headers: { Origin: new URL(server.url).origin } });
      expect(page.status).toBe(400);
      expect(await page.text()).toMatch(/took longer than 0\.001 s/);
    } finally {
      await stop(server);
    }
  });
});

describe('exports stream with bounded memory', () => {
  it('serves four exports at once of thousands of documents, whole, with bounded memory, answering readers meanwhile', async () => {
    const server = await serveDb(copyOfBase('exports'), { ACCORD_HEAVY_REQUESTS: '4' });
    try {
      const pid = server.child.pid as number;
      await timed(`${server.url}/api/v1/documents?limit=1`);
      const before = memoryOf(pid);
      const read = async (format: string): Promise<string> => {
        const response = await fetch(`${server.url}/api/v1/export?format=${format}`);
        expect(response.status).toBe(200);
        return response.text();
      };
      const exports = Promise.all(['json', 'jsonl', 'csv', 'jsonld'].map(read));
      const reader = await timed(`${server.url}/api/v1/documents?limit=5`);
      const [json, jsonl, csv, jsonld] = await exports;
      const after = memoryOf(pid);
      expect(reader.status).toBe(200);
      expect(reader.ms).toBeLessThan(readerLimitMs);
      const records = (jsonl as string)
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const whole = JSON.parse(json as string) as { documents: unknown[]; statements: unknown[] };
      expect(whole.documents).toHaveLength(documents);
      expect(records[0]).toEqual({ format: 'accord', version: 1 });
      expect(records.flatMap((r) => (r.document ? [r.document] : []))).toEqual(whole.documents);
      expect(records.flatMap((r) => (r.statement ? [r.statement] : []))).toEqual(whole.statements);
      expect((csv as string).trimEnd().split('\r\n')).toHaveLength(1 + documents * 2);
      expect((JSON.parse(jsonld as string) as { '@graph': unknown[] })['@graph']).toHaveLength(documents * 3);
      expect((json as string).length).toBeGreaterThan(documents * 16_000);
      // Each JSON export alone is over 40 MB; built in memory, four of them took gigabytes.
      expect(after.peak - before.rss).toBeLessThan(300);
    } finally {
      await stop(server);
    }
  }, 120_000);

  it('refuses one heavy request over the limit with a 503 and Retry-After, and serves again once a slot is free', async () => {
    const server = await serveDb(copyOfBase('busy'), { ACCORD_HEAVY_REQUESTS: '2' });
    try {
      // Two exports whose bodies are not read: each holds its slot while the pipe is full.
      const held = await Promise.all([1, 2].map(() => fetch(`${server.url}/api/v1/export?format=json`)));
      expect(held.map((r) => r.status)).toEqual([200, 200]);
      const refused = await fetch(`${server.url}/api/v1/export?format=csv`);
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('busy');
      expect((await timed(`${server.url}/api/v1/documents?limit=1`)).status).toBe(200);
      await Promise.all(held.map((r) => r.body?.cancel()));
      let status = 0;
      for (let attempt = 0; attempt < 50 && status !== 200; attempt += 1) {
        const again = await fetch(`${server.url}/api/v1/export?format=csv&kind=signed`);
        status = again.status;
        await again.arrayBuffer();
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status).toBe(200);
    } finally {
      await stop(server);
    }
  }, 60_000);
});

describe('SIGTERM', () => {
  it('stops the server within seconds during an export and an article post, leaving the database whole', async () => {
    const db = copyOfBase('sigterm');
    const server = await serveDb(db, { ACCORD_TOKEN: token });
    const exporting = await fetch(`${server.url}/api/v1/export?format=jsonld`);
    expect(exporting.status).toBe(200);
    const posting = fetch(`${server.url}/api/v1/documents`, { method: 'POST', headers: auth, body: nestedHtml() }).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const start = performance.now();
    server.child.kill('SIGTERM');
    const exit = await server.exited;
    expect(performance.now() - start).toBeLessThan(8000);
    expect(exit.code === 0 || exit.signal === 'SIGTERM' || exit.code === 143).toBe(true);
    expect(server.stderr()).toMatch(/SIGTERM: stopping/);
    await posting;
    await exporting.body?.cancel().catch(() => undefined);
    const sqlite = new Database(db, { readonly: true });
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(sqlite.prepare('SELECT count(*) FROM documents').pluck().get()).toBeGreaterThanOrEqual(documents);
    } finally {
      sqlite.close();
    }
  }, 60_000);
});
