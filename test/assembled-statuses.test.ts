import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import type { Party } from '../src/kb/index.js';
import { assembleMissing, listDeclarations, loadKb, signatoriesOf, type Kb } from '../src/query/index.js';
import { SqliteStore } from '../src/store/index.js';
import { jsonLines, repo, runAccord } from './run-accord.js';

// Our corpus (and ../shared/devset when it is there) ingested through the real CLI; then every
// summit declaration's statuses as the knowledge base assembles them, against data/reference/.
// A conflict must be two sources that really disagree about the same declaration: each article
// on a side of it states that stance in its own gold. A stance misread, or filed under the wrong
// declaration ("a year ago, the US declined" counted against the summit reported on), fails here.
const work = mkdtempSync(join(tmpdir(), 'accord-statuses-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const devset = process.env.ACCORD_DEVSET ?? resolve(repo, '..', 'shared', 'devset');
const folders = [join(repo, 'test', 'corpus'), ...(existsSync(devset) ? [devset] : [])];
if (!existsSync(devset)) process.stdout.write(`assembled statuses: ${devset} not found, our corpus only\n`);

type Gold = { topic?: string; facts: { signed?: string[]; not_signed?: string[] } };
type Golds = Map<string, Gold>;
// Devset topics of the summit series; any other (a COP, the G7, the Council of Europe) files no stance under a summit's text.
const summitTopics = /^(bletchley|seoul|paris|new-delhi|geneva)-\d{4}$/;
type Figures = { declaration: string; parties: number; fromArticles: number; agreeing: number; conflicts: string[] };

// Each ingested document's gold, by document id.
function ingest(db: string): Golds {
  const articles = folders.flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => n.endsWith('.txt') && existsSync(join(dir, n.replace(/\.txt$/, '.gold.json'))))
      .map((n) => join(dir, n)),
  );
  const run = runAccord(['ingest', ...articles, '--db', db, '--json']);
  expect(run.status, run.stderr).toBe(0);
  const golds: Golds = new Map();
  for (const line of jsonLines(run.stdout) as { id: string; source: string }[])
    golds.set(line.id, JSON.parse(readFileSync(line.source.replace(/\.txt$/, '.gold.json'), 'utf8')) as Gold);
  return golds;
}

// Is every article on each side of a conflict one whose gold states that side?
function stated(party: Party, golds: Golds): string[] {
  return party.evidence
    .filter((e) => e.kind === 'article' && e.documentId)
    .filter((e) => !(golds.get(e.documentId as string)?.facts[e.stance] ?? []).includes(party.party))
    .map((e) => `${party.party} ${e.stance} in ${e.documentId} (${e.words ?? ''})`);
}

async function figuresOf(kb: Kb, id: string, golds: Golds): Promise<Figures & { unfounded: string[] }> {
  const { parties } = await signatoriesOf(kb, id, { evidence: 50 });
  const fromArticles = parties.filter((p) => p.articles.signed + p.articles.not_signed > 0);
  const referenceSide = (p: Party): Set<string> => new Set(p.evidence.filter((e) => e.kind === 'reference').map((e) => e.stance));
  const agreeing = fromArticles.filter((p) => p.status !== 'conflict' && referenceSide(p).size > 0);
  const conflicts = parties.filter((p) => p.status === 'conflict');
  return {
    declaration: id,
    parties: parties.length,
    fromArticles: fromArticles.length,
    agreeing: agreeing.length,
    conflicts: conflicts.map((p) => p.party),
    unfounded: conflicts.flatMap((p) => stated(p, golds)),
  };
}

describe('the statuses the knowledge base assembles', () => {
  it('agree with the reference, with no conflict unless two sources disagree about the same declaration', async () => {
    const db = join(work, 'statuses.db');
    const golds = ingest(db);
    const store = SqliteStore.open(db);
    try {
      const kb = loadKb({ ...readConfig(), dbPath: db }, store);
      await assembleMissing(kb);
      const summits = listDeclarations(kb).filter((d) => d.event && kb.lexicon.labels.get(d.id)?.series === 'ai-summits');
      const figures = await Promise.all(summits.map((d) => figuresOf(kb, d.id, golds)));
      for (const f of figures)
        process.stdout.write(
          `${f.declaration}: ${f.parties} parties, ${f.fromArticles} stated by articles, ${f.agreeing} agreeing with the reference, ${f.conflicts.length} conflicts${f.conflicts.length ? ` (${f.conflicts.join(' ')})` : ''}\n`,
        );
      expect(figures.flatMap((f) => f.unfounded)).toEqual([]);
      // An article off the series (a climate COP, the G7 code, the Council of Europe convention)
      // files none of its stances under a summit's text.
      const summitKeys = new Set(summits.map((d) => d.key));
      const offSeries: string[] = [];
      for (const [id, gold] of golds) {
        if (!gold.topic || summitTopics.test(gold.topic)) continue;
        for (const s of await store.listStatements(id))
          if (typeof s.value.declaration === 'string' && summitKeys.has(s.value.declaration))
            offSeries.push(`${gold.topic}: ${s.kind} ${s.subject} (${s.words})`);
      }
      expect(offSeries).toEqual([]);
      expect(golds.size).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  }, 300_000);
});
