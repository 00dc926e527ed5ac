import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { loadExtractor } from '../src/extract/index.js';
import { listInputs } from '../src/ingest/index.js';
import { ingestInputs } from '../src/pipeline-batch.js';
import { documentView, loadKb, signatoriesOf, type Kb } from '../src/query/index.js';
import type { Store } from '../src/store/index.js';
import { loadLangPacks } from '../src/text/index.js';
import { storeBackends } from './store-backends.js';

// One wire story of our own in English and one in French (test/fixtures/wire), each carried by
// three outlets with a rewritten lead, a cut tail and a title of their own, and an unrelated
// article on the same summit: through the whole pipeline, on every backend.
const fixture = (name: string): string[] => readFileSync(join(import.meta.dirname, 'fixtures', 'wire', `${name}.txt`), 'utf8').trim().split('\n\n');
const leads = {
  en: [
    'Kenya and Chile on Tuesday put their names to the Paris declaration on artificial intelligence as a two-day summit in the French capital drew to a close, officials said.',
    'Kenya and Chile became the latest countries to sign the Paris declaration on artificial intelligence on Tuesday, officials said at the end of the summit.',
  ],
  fr: [
    "Le Sénégal et le Maroc ont signé mardi la déclaration de Paris sur l'intelligence artificielle, au terme de deux jours de sommet dans la capitale française.",
    "Le Sénégal et le Maroc ont à leur tour signé mardi la déclaration de Paris sur l'intelligence artificielle, ont annoncé des responsables à la fin du sommet.",
  ],
};
// [outlet, title, paragraphs]: a new lead and the tail cut, the wire's own lead and a shorter cut,
// another lead and a byline crediting the agency.
function carriers(lang: 'en' | 'fr'): [string, string, string[]][] {
  const wire = fixture(`${lang}-wire`);
  return [
    [`Lakeside Courier ${lang}`, 'Two more nations back the AI text', [leads[lang][0] as string, ...wire.slice(1, -1)]],
    [`Hill Gazette ${lang}`, 'Paris summit ends with a short statement', wire.slice(0, 4)],
    [`Valley Post ${lang}`, 'A floor, not a ceiling', [leads[lang][1] as string, ...wire.slice(1, -2)]],
  ];
}

const work = mkdtempSync(join(tmpdir(), 'accord-wire-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const config = readConfig({});
const packs = loadLangPacks(config.dataDir);
const extractor = loadExtractor(config.dataDir, packs);

async function ingest(store: Store, name: string, pages: [string, string, string[]][]): Promise<string[]> {
  const path = join(work, `${name}-${Math.random().toString(16).slice(2)}.jsonl`);
  const line = ([outlet, title, text]: [string, string, string[]], i: number) =>
    JSON.stringify({ text: text.join('\n\n'), title, outlet, byline: outlet.startsWith('Valley') ? 'Staff writers | AFP' : null, url: `https://${outlet.replace(/\W+/g, '-').toLowerCase()}.example/${name}`, published: `2025-02-1${i + 1}` });
  writeFileSync(path, `${pages.map(line).join('\n')}\n`);
  const ids: string[] = [];
  for await (const outcome of ingestInputs(await listInputs([path]), { store, packs, extractor, maxBytes: config.maxBytes })) {
    expect(outcome.error).toBeUndefined();
    ids.push(outcome.id ?? '');
  }
  return ids;
}

const party = async (kb: Kb, code: string) => (await signatoriesOf(kb, 'Paris declaration')).parties.find((p) => p.party === code);

for (const backend of storeBackends())
  describe(`wire copies: ${backend.name}`, () => {
    afterAll(backend.cleanup);
    it.each([
      ['en', 'KE', 'en-other'],
      ['fr', 'SN', 'fr-other'],
    ] as const)('%s: three carriers are one cluster and one source; an unrelated article is another', async (lang, code, other) => {
      const store = await backend.open();
      const kb = loadKb(config, store);
      try {
        const ids = await ingest(store, `${lang}-wire`, carriers(lang));
        const views = await Promise.all(ids.map((id) => documentView(kb, id)));
        expect(new Set(views.map((v) => v.document.cluster))).toEqual(new Set([ids[0]]));
        // The first lost its dateline and its tail, the second keeps "PARIS (AFP) -", the third has "| AFP" in its byline.
        expect(views.map((v) => v.document.wires)).toEqual([undefined, ['afp'], ['afp']]);
        expect(views[2]?.carriers.map((c) => c.outlet)).toEqual(carriers(lang).map(([outlet]) => outlet));
        expect(await party(kb, code)).toMatchObject({ articles: { signed: 3 }, independent: { signed: 1, not_signed: 0 } });
        const evidence = (await party(kb, code))?.evidence.filter((e) => e.kind === 'article') ?? [];
        expect(evidence.map((e) => [e.documentId, e.carriers?.length])).toEqual([[ids[0], 3]]);
        const [alone] = await ingest(store, other, [[`Radio ${lang}`, 'The minister explains', fixture(other)]]);
        expect((await documentView(kb, alone ?? '')).document.cluster).toBe(alone);
        expect(await party(kb, code)).toMatchObject({ articles: { signed: 4 }, independent: { signed: 2, not_signed: 0 } });
      } finally {
        await store.close();
      }
    });

    it('keeps a conflict between a story and its edited copy visible, from one original', async () => {
      const store = await backend.open();
      const kb = loadKb(config, store);
      try {
        const [first, , third] = carriers('en');
        const edited = third?.[2].map((p) => p.replace('Botswana also signed the text', 'Botswana did not sign the text')) ?? [];
        const ids = await ingest(store, 'edited', [first, ['Corrected Daily', 'Correction: Botswana', edited]] as [string, string, string[]][]);
        expect((await documentView(kb, ids[1] ?? '')).document.cluster).toBe(ids[0]);
        expect(await party(kb, 'BW')).toMatchObject({ status: 'conflict', oneOriginal: ids[0], sources: 1, independent: { signed: 1, not_signed: 1 } });
      } finally {
        await store.close();
      }
    });
  });
