import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../model/index.js';
import { loadLangPacks, packFor, textDocument } from '../text/index.js';
import { analyse } from './analyse.js';
import { loadExtractor } from './index.js';
import { findClauseStances } from './stance-find.js';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const packs = loadLangPacks(dataDir);
const extractor = loadExtractor(dataDir, packs);

function stances(text: string, lang: Lang): string[] {
  const analysis = analyse(textDocument(text, lang, packFor(packs, lang)), extractor);
  return analysis.views
    .flatMap((v) => findClauseStances(v.scene, v.mentions, analysis.pack).found)
    .map((f) => `${f.kind}:${f.subject === 'count' ? f.value.count : f.subject}`);
}

// Sentences we wrote, in the shapes outlets use; each row: text, language, what the clause construction finds.
const rows: [string, Lang, string[]][] = [
  ['Ghana, Peru and Norway were, as expected, also on the final list released by the hosts.', 'en', ['signed:GH', 'signed:PE', 'signed:NO']],
  ['The charter was endorsed on Friday by a wide coalition, among them Chile, Kenya and the host, Japan.', 'en', ['signed:CL', 'signed:KE', 'signed:JP']],
  [
    'Canada and Mexico declined late on Monday to sign the closing statement, leaving 40 nations to endorse it.',
    'en',
    ['not_signed:CA', 'not_signed:MX', 'signatory_count:40'],
  ],
  ['Unlike Brazil, Argentina signed the declaration.', 'en', ['signed:AR']],
  ['Peru could still sign the text in the coming weeks.', 'en', []],
  ['India and France signed a memorandum on research.', 'en', []],
  ['Nearly 60 countries signed the statement.', 'en', []],
  ['SEOUL, May 22 — Kenya endorsed the declaration.', 'en', ['signed:KE']],
  ['Le Maroc, le Sénégal et la Tunisie figurent également parmi les signataires du texte.', 'fr', ['signed:MA', 'signed:SN', 'signed:TN']],
  ["L'Argentine n'a finalement pas signé la déclaration de Paris.", 'fr', ['not_signed:AR']],
  ['Le Chili pourrait signer le texte la semaine prochaine.', 'fr', []],
  ['Lors de ce sommet réunissant 90 nations, le Chili a endossé la déclaration.', 'fr', ['signed:CL']],
  ['Văn kiện được 58 quốc gia ký, trong đó có Nhật Bản, Ấn Độ và Brazil.', 'vi', ['signed:JP', 'signed:IN', 'signed:BR', 'signatory_count:58']],
  ['Argentina không ký tuyên bố chung.', 'vi', ['not_signed:AR']],
  ['Chile dự kiến sẽ ký văn kiện vào tháng tới.', 'vi', []],
  ['Tổng Thư ký Liên Hợp Quốc phát biểu trước 40 quốc gia tại Hà Nội.', 'vi', []],
  // A negator after the verb, where the language puts it.
  ['Gipfel in Genf: Kenia und Chile unterzeichnen Schlusserklärung nicht', 'de', ['not_signed:KE', 'not_signed:CL']],
  ['Kenia und Chile unterzeichneten die Schlusserklärung am Montag.', 'de', ['signed:KE', 'signed:CL']],
];

describe('the clause construction of stances', () => {
  it.each(rows)('%s', (text, lang, expected) => {
    expect(stances(text, lang).sort()).toEqual([...expected].sort());
  });
});
