import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { loadLexicon } from '../src/extract/index.js';
import { listInputs } from '../src/ingest/index.js';
import { ingestInputs } from '../src/pipeline-batch.js';
import { applyResolutionDecisions, decide, decideResolution, entityViews, exportChunks, importExport, signatoriesOf, type Export, type Kb } from '../src/query/index.js';
import { openAccord } from '../src/startup.js';
import { dropSchemas, freshSchema } from '../src/store/postgres/testing.js';
import { repo } from './run-accord.js';
import { pgUrl } from './store-backends.js';

// Moving a knowledge base (SQLite -> PostgreSQL, or into a new SQLite file) through the JSON
// export keeps everything people and sources put in it: a changed article's versions, a second
// source of the same text, review decisions and resolution decisions with their undo. The
// questions answer the same after the move.
const work = mkdtempSync(join(tmpdir(), 'accord-move-'));
const config = { ...readConfig(), dbPath: join(work, 'first.db') };
const write = (name: string, text: string): string => (writeFileSync(join(work, name), text), join(work, name));
const kenyaSigned = 'AI Action Summit\n\nKenya put its name to the closing statement of the AI Action Summit in Paris, its envoy said on Tuesday.';
const kenyaOut = 'AI Action Summit\n\nKenya did not sign the closing statement of the AI Action Summit in Paris, a ministry note said on Wednesday.';

async function ingest(kb: Kb, paths: string[]): Promise<string[]> {
  const accord = await openAccord(config, { store: 'none', extractor: true });
  const statuses: string[] = [];
  const options = { store: kb.store!, packs: accord.packs, extractor: accord.extractor, maxBytes: config.maxBytes };
  for await (const outcome of ingestInputs(await listInputs(paths), options)) statuses.push(outcome.status);
  return statuses;
}

async function exported(kb: Kb): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks(kb.store!, 'json')) text += chunk;
  return text;
}

// What a user sees: the answers, without when a database took each row in.
async function answers(kb: Kb): Promise<unknown> {
  const views = { signatories: await signatoriesOf(kb, 'Paris declaration'), china: await entityViews(kb, 'Zhongguo'), gallia: await entityViews(kb, 'Gallia').catch((e: Error) => e.message) };
  const all = { views, export: JSON.parse(await exported(kb)) as unknown };
  return JSON.parse(JSON.stringify(all), (key, value: unknown) => (key === 'createdAt' || key === 'ingestedAt' ? undefined : value));
}

async function buildSource(): Promise<{ kb: Kb; close: () => Promise<void> }> {
  const accord = await openAccord(config, { store: 'create', kb: true });
  const kb = accord.kb;
  const article = write('kenya.txt', kenyaSigned);
  expect(await ingest(kb, [join(repo, 'data', 'samples', 'en'), article, write('kenya-note.txt', kenyaOut)])).not.toContain('failed');
  // The same path read again with other words: a second version; the first words from a second path: a copy.
  expect(await ingest(kb, [write('kenya.txt', `${kenyaSigned} Officials confirmed it.`), write('kenya-copy.txt', kenyaSigned)])).toEqual(['updated', 'copy']);
  const [wrong] = (await kb.store!.listStatementsByKind(['not_signed'], 100)).filter((s) => s.subject === 'KE');
  await decide(kb.store!, { action: 'reject', id: wrong!.id, reason: 'the ministry took the note back', reviewer: 'ana' });
  const china = await decideResolution(kb, { action: 'same', entity: 'country:CN', name: 'Zhongguo', reason: 'its own name', reviewer: 'binh' });
  const gallia = await decideResolution(kb, { action: 'same', entity: 'country:FR', name: 'Gallia', reason: 'a joke name', reviewer: 'binh' });
  await decideResolution(kb, { action: 'undo', undoes: gallia.seq, reason: 'not a name in use', reviewer: 'chi' });
  expect(china.seq).toBeLessThan(gallia.seq);
  return { kb, close: () => accord.close() };
}

const targets: [string, () => string][] = [['a new SQLite file', () => join(work, 'second.db')]];
if (pgUrl !== null) {
  const url = pgUrl;
  targets.push(['PostgreSQL', () => `${url}${url.includes('?') ? '&' : '?'}schema=${freshSchema()}`]);
  afterAll(() => dropSchemas(url));
} else it.skip('PostgreSQL target: needs ACCORD_TEST_PG_URL (see .ci/run)', () => undefined);

describe('moving a knowledge base through export and import', async () => {
  const source = await buildSource();
  const before = await answers(source.kb);
  const data = JSON.parse(await exported(source.kb)) as Export;
  await source.close();
  const focus = { lexicon: loadLexicon(config.dataDir), packs: (await openAccord(config, { store: 'none', packs: true })).packs };

  it('exports the source versions, reviews and resolution decisions', () => {
    const kenya = data.documents.find((d) => d.text.startsWith(kenyaSigned) && d.text.length === kenyaSigned.length);
    expect(kenya?.sources.map((s) => [s.source.split('/').at(-1), s.version])).toEqual([
      ['kenya-copy.txt', 1],
      ['kenya.txt', 1],
    ]);
    expect([data.reviews.length, data.resolutions?.map((r) => r.action)]).toEqual([1, ['same', 'same', 'undo']]);
    expect((before as { views: { signatories: { parties: { party: string; status: string }[] } } }).views.signatories.parties.find((p) => p.party === 'KE')?.status).toBe(
      'signed',
    );
  });

  it.each(targets)('answers the same after a move into %s', async (_name, target) => {
    const accord = await openAccord({ ...config, dbPath: target() }, { store: 'create', kb: true });
    try {
      const done = await importExport(accord.kb.store!, data, focus);
      expect(done).toMatchObject({ documents: data.documents.length, reviews: 1, resolutions: 3 });
      expect(await answers(await applyResolutionDecisions(accord.kb))).toEqual(before);
    } finally {
      await accord.close();
    }
  });

  it('points an undo at the decision it took back when the target holds decisions already', async () => {
    const accord = await openAccord({ ...config, dbPath: join(work, 'third.db') }, { store: 'create', kb: true });
    try {
      await decideResolution(accord.kb, { action: 'not_same', entity: 'country:DE', name: 'Germania', reason: 'an old poem', reviewer: 'dan' });
      await importExport(accord.kb.store!, data, focus);
      const log = await accord.kb.store!.resolutionLog();
      const undo = log.find((d) => d.action === 'undo');
      expect(log.find((d) => d.seq === undo?.undoes)?.name).toBe('Gallia');
    } finally {
      await accord.close();
    }
  });
});
