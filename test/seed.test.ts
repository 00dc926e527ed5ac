import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../src/ingest/index.js';
import { buildDocument } from '../src/pipeline.js';
import { pageWords, loadLangPacks } from '../src/text/index.js';
import { repo } from './run-accord.js';

// The seed article lives in ../shared when this checkout has it; the suite passes without it.
const seeds = join(repo, '..', 'shared', 'seeds');
const seedName = '000_e9f726e1cb1bea11';
const hasSeed = existsSync(join(seeds, `${seedName}.txt`));

describe.skipIf(!hasSeed)('the seed article (../shared/seeds)', () => {
  it('becomes a French document with its three photos as figures and clean sentences', async () => {
    const packs = loadLangPacks(join(repo, 'data'));
    const path = join(seeds, `${seedName}.txt`);
    const items = [];
    for await (const item of readInput({ path, label: path, kind: 'text' }, { maxBytes: 5_000_000, pageWords: pageWords(packs) })) items.push(item);
    expect(items).toHaveLength(1);
    const { document } = buildDocument(items[0] as Parameters<typeof buildDocument>[0], packs);
    const gold = JSON.parse(readFileSync(join(seeds, `${seedName}.gold.json`), 'utf8')) as { facts: { figures: { file: string; credit: string }[] } };

    expect(document.lang).toBe('fr');
    expect(document.figures.map(({ file, credit }) => ({ file, credit }))).toEqual(gold.facts.figures);
    expect(document.text).not.toMatch(/Photo : MIC|\.jpg/);
    const sentences = document.sentences.map((s) => document.text.slice(s.start, s.end));
    expect(sentences).toContain(
      "Lors de l'événement, M. Macron a appelé les pays européens à accélérer pour éviter de prendre du retard, en esquissant une \"feuille de route claire pour l'action\", en attirant les talents et en donnant la priorité à l'utilisation d'énergies à faibles émissions.",
    );
    expect(sentences.filter((s) => s.startsWith('« C’est la première fois'))).toEqual([
      '« C’est la première fois que le monde a une discussion internationale d’une telle ampleur sur l’avenir de l’IA. Je considère cela comme un moment décisif », a déclaré Linda Griffin, vice-présidente des politiques publiques chez Mozilla.',
    ]);
  });
});
