import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { listInputs, type Article } from '../src/ingest/index.js';
import { readArticles } from '../src/pipeline.js';
import { ingestInputs, storeArticles } from '../src/pipeline-batch.js';
import { openAccord } from '../src/startup.js';
import type { Store } from '../src/store/index.js';
import type { LangPacks } from '../src/text/index.js';

// A worker's batch: extracted one by one, stored in one transaction; when the batch cannot be
// stored whole, each article alone, so that only a bad one fails.
const work = mkdtempSync(join(tmpdir(), 'accord-batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const texts = [
  'Summit on machine learning\n\nChile put its name to the closing text of the summit in Santiago, its minister said on Monday.',
  'Forum report\n\nNorway did not sign the closing text of the forum, a spokeswoman said on Tuesday.',
  'Talks in Lisbon\n\nThe delegates met again on Wednesday to talk about compute and energy.',
];

async function articles(packs: LangPacks): Promise<Article[]> {
  const paths = texts.map((text, i) => (writeFileSync(join(work, `a${i}.txt`), text), join(work, `a${i}.txt`)));
  const found: Article[] = [];
  for await (const item of readArticles(await listInputs(paths), { packs, maxBytes: 1_000_000 })) if (!('status' in item)) found.push(item);
  return found;
}

async function opened(name: string) {
  return openAccord({ ...readConfig(), dbPath: join(work, name) }, { store: 'create', extractor: true });
}

describe('storeArticles', () => {
  it('stores a batch in one go, and finds it stored the second time', async () => {
    const { store, packs, extractor } = await opened('batch.db');
    const options = { store, packs, extractor, maxBytes: 1_000_000 };
    const batch = await articles(packs);
    expect((await storeArticles(batch, options)).map((o) => o.status)).toEqual(['new', 'new', 'new']);
    expect((await storeArticles(batch, options)).map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await store.countDocuments()).toBe(3);
    await store.close();
  });

  it('stores each article alone when the batch cannot be stored whole, and fails only the one that cannot be', async () => {
    const accord = await opened('alone.db');
    const batch = await articles(accord.packs);
    // The store as it is, except that a whole batch fails and so does the second article.
    const store = new Proxy(accord.store, {
      get(target, key, receiver) {
        if (key === 'saveDocuments') return () => Promise.reject(new Error('disk full'));
        if (key === 'saveDocument')
          return (document: { text: string }, ...rest: unknown[]) =>
            document.text.includes('Norway') ? Promise.reject(new Error('disk full')) : target.saveDocument(document as never, ...(rest as [never]));
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) as Store;
    const outcomes = await storeArticles(batch, { store, packs: accord.packs, extractor: accord.extractor, maxBytes: 1_000_000 });
    expect(outcomes.map((o) => o.status)).toEqual(['new', 'failed', 'new']);
    expect(outcomes[1]?.error).toContain('disk full');
    expect(await accord.store.countDocuments()).toBe(2);
    await accord.store.close();
  });
});

describe('ingestInputs', () => {
  it('stores the articles read in one transaction and gives an outcome per input in the order read, failures in place', async () => {
    const { store, packs, extractor } = await opened('inputs.db');
    const paths = texts.map((text, i) => (writeFileSync(join(work, `in${i}.txt`), text), join(work, `in${i}.txt`)));
    writeFileSync(join(work, 'in-empty.txt'), '');
    const list = await listInputs([paths[0] as string, join(work, 'in-empty.txt'), paths[1] as string, join(work, 'missing.txt'), paths[2] as string]);
    // Counts the store's transactions: the three articles in one.
    let saves = 0;
    const counted = new Proxy(store, {
      get(target, key, receiver) {
        if (key === 'saveDocuments') return (...args: unknown[]) => ((saves += 1), target.saveDocuments(...(args as [never])));
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) as Store;
    const outcomes = [];
    for await (const outcome of ingestInputs(list, { store: counted, packs, extractor, maxBytes: 1_000_000 })) outcomes.push(outcome);
    const sources = outcomes.map((o) => `${o.source.split('/').at(-1)} ${o.status}`);
    expect(sources.filter((s) => s.endsWith(' new'))).toEqual(['in0.txt new', 'in1.txt new', 'in2.txt new']);
    // A path that cannot be listed is reported first (listInputs), the rest in the order read.
    expect(sources).toEqual(['missing.txt failed', 'in0.txt new', 'in-empty.txt failed', 'in1.txt new', 'in2.txt new']);
    expect(saves).toBe(1);
    expect(await store.countDocuments()).toBe(3);
    await store.close();
  });
});

describe('ingestInputs with groups stored elsewhere (ingest --concurrency)', () => {
  it('keeps the order read whatever order the groups end in, holds at most inFlight, and fails a lost group alone', async () => {
    const { store, packs, extractor } = await opened('storer.db');
    const folder = join(work, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 200; i += 1) writeFileSync(join(folder, `${String(i).padStart(3, '0')}.txt`), `Note ${i}\n\nThe delegates met for the ${i}th time.`);
    let [running, most, calls] = [0, 0, 0];
    // The first group ends last; the second is lost (its worker died).
    const storer = {
      inFlight: 3,
      store: async (articles: Article[]) => {
        const call = (calls += 1);
        running += 1;
        most = Math.max(most, running);
        await new Promise((done) => setTimeout(done, call === 1 ? 300 : 20));
        running -= 1;
        if (call === 2) throw new Error('the worker stopped');
        return articles.map((a) => ({ id: a.text, source: a.source.label, status: 'new' as const, lang: null, sentences: 0, figures: 0, statements: 0, warnings: [], sample: false }));
      },
    };
    const outcomes = [];
    for await (const outcome of ingestInputs(await listInputs([folder]), { store, packs, extractor, maxBytes: 1_000_000 }, () => {}, storer)) outcomes.push(outcome);
    expect(outcomes.map((o) => o.source.split('/').at(-1))).toEqual(Array.from({ length: 200 }, (_, i) => `${String(i).padStart(3, '0')}.txt`));
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(3);
    const lost = outcomes.filter((o) => o.status === 'failed');
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((o) => o.error === 'could not store: the worker stopped')).toBe(true);
    expect(outcomes.filter((o) => o.status === 'new').length).toBe(200 - lost.length);
    await store.close();
  });
});
