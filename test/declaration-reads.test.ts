import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { loadKb, signatoriesOf } from '../src/query/index.js';
import { SqliteStore, type Store } from '../src/store/index.js';
import { webRoutes } from '../src/web/index.js';
import { runAccord } from './run-accord.js';

// The declaration page, its evidence page and the signatories read the store a fixed number of
// times, however many articles state a stance: no read per row (a getDocument per piece of
// evidence was one). Counted on a real SQLite store over articles ingested by the real CLI.
const places = ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret', 'Thika', 'Malindi', 'Kitale', 'Garissa', 'Kakamega', 'Nyeri', 'Meru'];
const article = (place: string, i: number): string =>
  `Kenya signed the Paris declaration on artificial intelligence, officials in ${place} said on day ${i}.\n\n` +
  `${place} is ${i * 37} kilometres from the coast; its council met ${i} times about the ${place} ${['bridge', 'market', 'school', 'harbour'][i % 4]} this year.`;

async function readsFor(articles: number): Promise<Map<string, number>> {
  const work = mkdtempSync(join(tmpdir(), 'accord-reads-'));
  const db = join(work, 'accord.db');
  const files = places.slice(0, articles).map((place, i) => {
    const file = join(work, `${place}.txt`);
    writeFileSync(file, article(place, i + 1));
    return file;
  });
  expect(runAccord(['ingest', ...files, '--db', db]).status).toBe(0);
  const store = await SqliteStore.open(db);
  const calls = new Map<string, number>();
  const counted = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function' || typeof name !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as Store;
  const kb = loadKb(readConfig(), counted);
  const kenya = (await signatoriesOf(kb, 'paris-statement')).parties.find((p) => p.party === 'KE');
  expect(kenya?.articles.signed).toBe(articles);
  // distinct stories, so that the page has a row for each of them (up to its 10 per stance)
  expect(kenya?.independent.signed).toBe(articles);
  const app = webRoutes(kb, { token: null });
  for (const path of ['/declarations/paris-statement', '/declarations/paris-statement/evidence?party=KE&stance=signed'])
    expect((await app.request(path)).status, path).toBe(200);
  await store.close();
  return calls;
}

describe('the reads of the declaration pages', () => {
  it('stay the same for 2 and 12 articles, and never read a document or statement by id', async () => {
    const [few, many] = [await readsFor(2), await readsFor(12)];
    expect(Object.fromEntries(many)).toEqual(Object.fromEntries(few));
    expect([...many.keys()].filter((name) => /^get(Document|Statement)$/.test(name))).toEqual([]);
  }, 60_000);
});
