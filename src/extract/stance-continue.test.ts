import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../model/index.js';
import { loadLangPacks, packFor, textDocument } from '../text/index.js';
import { analyse } from './analyse.js';
import { loadExtractor } from './index.js';
import { continuedStances } from './stance-continue.js';
import { findClauseStances, type OpenStance } from './stance-find.js';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const packs = loadLangPacks(dataDir);
const extractor = loadExtractor(dataDir, packs);

// What each sentence states by continuation of the one before it.
function continued(text: string, lang: Lang): string[] {
  const analysis = analyse(textDocument(text, lang, packFor(packs, lang)), extractor);
  let open: OpenStance = null;
  const found: string[] = [];
  for (const view of analysis.views) {
    found.push(...continuedStances(view.scene, view.mentions, analysis.pack, open).map((f) => `${f.kind}:${f.subject}`));
    open = findClauseStances(view.scene, view.mentions, analysis.pack).open;
  }
  return found;
}

// Two sentences each, written by us: a stance of a party noun alone, then the list that names them.
const rows: [string, Lang, string[]][] = [
  ['Forty nations backed the charter on Friday. Among them were Chile, Ghana and Peru.', 'en', ['signed:CL', 'signed:GH', 'signed:PE']],
  ['Several governments declined to sign the final text. They included Hungary and Argentina.', 'en', ['not_signed:HU', 'not_signed:AR']],
  ['Dozens of countries endorsed the pledge. This includes Asian economies such as Japan; and Nordic states, such as Norway.', 'en', ['signed:JP', 'signed:NO']],
  // The sentence before named its parties: nothing is left open.
  ['Kenya and Peru signed the charter. Among them were officials from Chile.', 'en', []],
  // The list sentence hedges: no fact.
  ['Forty nations backed the charter. Among them could be Chile and Peru.', 'en', []],
  // No stance before: a list of attendees is no list of signatories.
  ['Forty nations attended the talks. Among them were Chile and Peru.', 'en', []],
  ['Une quarantaine de pays ont signé la charte. Parmi eux, le Chili, le Ghana et le Pérou.', 'fr', ['signed:CL', 'signed:GH', 'signed:PE']],
  ['Bốn mươi nước đã ký văn kiện. Trong đó có Chile, Ghana và Peru.', 'vi', ['signed:CL', 'signed:GH', 'signed:PE']],
];

describe('a list that continues the stance of the sentence before', () => {
  it.each(rows)('%s', (text, lang, expected) => {
    expect(continued(text, lang).sort()).toEqual([...expected].sort());
  });
});
