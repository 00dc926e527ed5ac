import { describe, expect, it } from 'vitest';
import { cleanParagraphs } from './clean-text.js';

describe('cleanParagraphs', () => {
  it.each<[string, string, string[]]>([
    ['blank lines separate paragraphs', 'Titre\n\nPremier.\r\n\r\nSecond.', ['Titre', 'Premier.', 'Second.']],
    ['one paragraph a line', 'Headline\nFirst paragraph.\nSecond one.', ['Headline', 'First paragraph.', 'Second one.']],
    ['hard-wrapped lines are joined', 'Les délégations de\nplus de cent pays étaient là.', ['Les délégations de plus de cent pays étaient là.']],
    ['spaces of every kind become one', 'Il a dit\u00a0:\u202f«\u00a0Oui\u00a0»\t\tpuis   parti.', ['Il a dit : « Oui » puis parti.']],
    ['invisible characters go', 'Sou\u00adverain\u200b et \ufeffnumérique.', ['Souverain et numérique.']],
    ['decomposed letters are composed (NFC)', 'Ho\u0302\u0323i nghi\u0323', ['Hội nghị']],
    ['control characters go', 'Texte\u0007 propre\u0000.', ['Texte propre.']],
    ['whitespace only', ' \n\t\n ', []],
  ])('%s', (_name, input, expected) => {
    expect(cleanParagraphs(input)).toEqual(expected);
  });
});
