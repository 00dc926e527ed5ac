import { spawn } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAtomFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { findSavedSearch, loadKb, newItems, saveSearch, type Kb, type SearchRequest } from '../src/query/index.js';
import { createApp, startServer, type RunningServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/index.js';
import { accordBin, repo } from './run-accord.js';

const fixtures = join(repo, 'test', 'fixtures', 'alerts');
const secret = 'a-webhook-secret-of-our-own';
const db = join(mkdtempSync(join(tmpdir(), 'accord-alerts-')), 'accord.db');

// A webhook receiver of the test's own: it answers each POST with the next status of `answers`
// (then 200) and keeps what it got, raw body and headers.
type Received = { body: string; headers: IncomingMessage['headers']; answered: number };
const received: Received[] = [];
let answers: number[] = [];
let receiver: Server;
let hook = '';

// The CLI, run without blocking this process (the receiver must answer while it runs).
function accord(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, ACCORD_DB: '', ACCORD_ALLOW_PRIVATE_FETCH: '1', ACCORD_WEBHOOK_RETRY_DELAY: '20', ACCORD_WEBHOOK_TRIES: '3' };
  const child = spawn(accordBin, [...args, '--db', db], { cwd: repo, env });
  let [stdout, stderr] = ['', ''];
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

// What a receiver does: the HMAC of the raw body with its copy of the secret, compared in constant time.
function verifies(r: Received, key: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', key).update(r.body, 'utf8').digest('hex')}`);
  const given = Buffer.from(String(r.headers['x-accord-signature'] ?? ''));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const answered = answers.shift() ?? 200;
      received.push({ body, headers: request.headers, answered });
      response.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

describe('saved searches and alerts', () => {
  it('finds a new matching quote, shows it in accord alerts and the Atom feed, and delivers it signed, once', async () => {
    expect((await accord(['ingest', join(fixtures, 'before.txt')])).status).toBe(0);
    const added = await accord(['alerts', 'add', 'open models', '--quotes', 'open models', '--webhook', hook, '--secret', secret, '--json']);
    expect(added.status, added.stderr).toBe(0);
    const search = JSON.parse(added.stdout) as { id: string; hasSecret: boolean; secret?: string };
    expect(search).toMatchObject({ hasSecret: true });
    expect(search.secret).toBeUndefined();

    // The receiver fails every try of the delivery that follows the ingest: the cursor stays.
    answers = [500, 500, 500];
    const ingested = await accord(['ingest', join(fixtures, 'after.txt'), join(fixtures, 'other.txt')]);
    expect(ingested.stderr).toMatch(/alerts: open models: failed, 1 item/);
    expect(received.map((r) => r.answered)).toEqual([500, 500, 500]);

    const shown = await accord(['alerts', 'show', 'open models']);
    expect(shown.stdout).toMatch(/open models: 1 new/);
    expect(shown.stdout).toContain('Paul Garnier: "Our labs will publish open models with their training data,"');
    expect(shown.stdout).toMatch(/\/documents\/[0-9a-f]{16}#s-[0-9a-f]{16}/);
    expect(shown.stdout).not.toContain('Claire Martel');

    const feed = await atomOf(search.id);
    expect(feed.id).toBe(`urn:accord:search:${search.id}`);
    expect(feed.title?.value).toBe('open models · Accord');
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const entry = feed.entries?.[0];
    expect(entry?.title?.value).toContain('Paul Garnier');
    expect(entry?.id).toMatch(/^urn:accord:statement:[0-9a-f]{16}$/);
    expect(entry?.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(entry?.authors?.[0]?.name).toBeTruthy();
    expect(entry?.links?.[0]?.href).toMatch(/^\/documents\/[0-9a-f]{16}#s-[0-9a-f]{16}$/);
    expect(entry?.content).toMatchObject({ type: 'html', value: expect.stringContaining('training data') });

    // 500, then 200: delivered once, in two tries of the same signed body.
    received.length = 0;
    answers = [500, 200];
    const delivered = await accord(['alerts', 'deliver']);
    expect(delivered.stdout, delivered.stderr).toMatch(/open models: delivered, 1 item\(s\) in 2 tries/);
    expect(received.map((r) => r.answered)).toEqual([500, 200]);
    const ok = received[1] as Received;
    expect(ok.body).toBe(received[0]?.body);
    expect(verifies(ok, secret)).toBe(true);
    expect(verifies(ok, 'not-the-secret-at-all')).toBe(false);
    expect(verifies({ ...ok, body: ok.body.replace('Garnier', 'Garnler') }, secret)).toBe(false);
    expect(ok.headers['x-accord-timestamp']).toMatch(/^\d+$/);
    const payload = JSON.parse(ok.body) as { items: { statement: { subject: string; words: string }; link: string }[] };
    expect(payload.items.map((i) => i.statement.subject)).toEqual(['Paul Garnier']);
    expect(payload.items[0]?.link).toMatch(/#s-/);

    // Nothing new: nothing sent, and nothing left to show.
    received.length = 0;
    expect((await accord(['alerts', 'deliver'])).stdout).toMatch(/open models: nothing new/);
    expect(received).toEqual([]);
    await withKb(async (kb) => {
      const saved = await findSavedSearch(kb, 'open models');
      expect((await newItems(kb, saved)).items).toEqual([]);
      expect((await kb.store?.deliveryLog(saved.id))?.map((d) => [d.status, d.attempts, d.httpStatus])).toEqual([
        ['delivered', 2, 200],
        ['failed', 3, 500],
      ]);
    });
  }, 60_000);

  it('refuses bad input in one line each: a webhook without a secret, an unknown entity, a taken name', async () => {
    const run = await accord(['alerts', 'add', 'x', '--quotes', 'a', '--webhook', hook]);
    expect([run.status, run.stderr]).toEqual([1, 'accord: secret: a webhook needs a secret of at least 16 characters, to sign what is sent\n']);
    await withKb(async (kb) => {
      const refusals: [SearchRequest, RegExp][] = [
        [{ name: 'y', kind: 'entity', entity: 'country:ZZZ' }, /^country:ZZZ: no country/],
        [{ name: 'z', kind: 'declaration', declaration: 'no such thing' }, /no declaration by that name/],
        [{ name: 'open models', kind: 'quotes', quotes: { search: 'b' } }, /a saved search by that name exists/],
        [{ name: 'w', kind: 'quotes', webhook: 'ftp://example.org/x', secret }, /only http and https/],
        [{ name: 'v', kind: 'quotes', quotes: { from: 'March' } }, /from March: expected a date/],
      ];
      for (const [request, message] of refusals) await expect(saveSearch(kb, request)).rejects.toThrow(message);
    });
  }, 30_000);
});

async function withKb(use: (kb: Kb) => Promise<void>): Promise<void> {
  const store = SqliteStore.open(db);
  try {
    await use(loadKb(readConfig({}), store));
  } finally {
    await store.close();
  }
}

// The feed as a feed reader gets it: over HTTP from the API, parsed by feedsmith.
async function atomOf(id: string) {
  const store = SqliteStore.open(db);
  let server: RunningServer | null = null;
  try {
    server = await startServer(createApp(loadKb(readConfig({}), store), { token: null }), '127.0.0.1', 0);
    const response = await fetch(`${server.url}/api/v1/searches/${id}/atom`);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const text = await response.text();
    expect(text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    return parseAtomFeed(text);
  } finally {
    await server?.close();
    await store.close();
  }
}
