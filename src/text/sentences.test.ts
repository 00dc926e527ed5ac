import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Lang } from '../model/index.js';
import { loadLangPacks, packFor } from './lang-pack.js';
import { splitSentences } from './sentences.js';

const packs = loadLangPacks(join(import.meta.dirname, '..', '..', 'data'));

function split(text: string, lang: Lang): string[] {
  return splitSentences(text, lang, packFor(packs, lang)).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each<[string, Lang, string[]]>([
    ['Lors du sommet, M. Macron a reçu J.D. Vance. Ils ont parlé.', 'fr', ['Lors du sommet, M. Macron a reçu J.D. Vance.', 'Ils ont parlé.']],
    ['Mme Bouverot et le Dr. Martin étaient là. Le Pr. Dupont aussi.', 'fr', ['Mme Bouverot et le Dr. Martin étaient là.', 'Le Pr. Dupont aussi.']],
    ['Il a dit : « Nous vivons une révolution. » Il a souligné ce point.', 'fr', ['Il a dit : « Nous vivons une révolution. »', 'Il a souligné ce point.']],
    [
      '« Nous y sommes. Voilà. C’est décisif », a déclaré Linda Griffin. Elle est partie.',
      'fr',
      ['« Nous y sommes. Voilà. C’est décisif », a déclaré Linda Griffin.', 'Elle est partie.'],
    ],
    ['“We are here. This is it,” said Mr. Sunak. Dr. Smith agreed.', 'en', ['“We are here. This is it,” said Mr. Sunak.', 'Dr. Smith agreed.']],
    ['The U.S. delegation arrived. It met the U.K. team.', 'en', ['The U.S. delegation arrived.', 'It met the U.K. team.']],
    ['Talks with the U.S. ended. The summit closed.', 'en', ['Talks with the U.S. ended.', 'The summit closed.']],
    [
      'Hours later, U.S. Vice President JD Vance spoke. Talks went on with the U.S. He left.',
      'en',
      ['Hours later, U.S. Vice President JD Vance spoke.', 'Talks went on with the U.S.', 'He left.'],
    ],
    ['He said: "We are here. Good." Then he left.', 'en', ['He said: "We are here. Good."', 'Then he left.']],
    [
      'TS. Nguyễn Văn An cho biết hội nghị thành công. PGS.TS. Lê Thu Hà đồng ý.',
      'vi',
      ['TS. Nguyễn Văn An cho biết hội nghị thành công.', 'PGS.TS. Lê Thu Hà đồng ý.'],
    ],
    ['Ông nói: “Chúng tôi rất vui. Cảm ơn.” Sau đó ông rời đi.', 'vi', ['Ông nói: “Chúng tôi rất vui. Cảm ơn.”', 'Sau đó ông rời đi.']],
    ['Titre sans point\n\nPremier paragraphe. Deuxième phrase.', 'fr', ['Titre sans point', 'Premier paragraphe.', 'Deuxième phrase.']],
    // An unbalanced mark does not swallow the rest of the paragraph.
    ['« Une citation jamais fermée. Puis une phrase. Et une autre.', 'fr', ['« Une citation jamais fermée.', 'Puis une phrase.', 'Et une autre.']],
    ['', 'fr', []],
  ])('%s', (text, lang, expected) => {
    expect(split(text, lang)).toEqual(expected);
  });

  it('gives offsets into the text, paragraph by paragraph', () => {
    const text = 'Un. Deux.\n\nTrois.';
    expect(splitSentences(text, 'fr', packFor(packs, 'fr'))).toEqual([
      { index: 0, paragraph: 0, start: 0, end: 3 },
      { index: 1, paragraph: 0, start: 4, end: 9 },
      { index: 2, paragraph: 1, start: 11, end: 17 },
    ]);
  });

  it('stays linear on a huge paragraph with a stray quote mark', () => {
    const text = `« ${'Une phrase courte. '.repeat(20000)}`;
    expect(split(text, 'fr')).toHaveLength(20000);
  });
});
