import { describe, expect, it } from 'vitest';
import type { PageWords } from '../model/index.js';
import { separateFigures, splitCredit } from './figures.js';
import { creditPattern } from './page-words.js';

const markers: PageWords = {
  creditMarkers: ['Photo', 'Crédit photo', 'Ảnh', 'Photo credit', 'Credit'],
  creditLinks: ['by', 'de'],
  bylineOpeners: ['By', 'Par'],
  bylinePrefixes: ['by', 'par', 'de', 'theo', 'bởi'],
  nameParticles: ['de', 'van', 'von'],
};
const credit = creditPattern(markers);

describe('splitCredit', () => {
  it.each([
    ['Le ministre visite le stand. Photo : MIC', 'Le ministre visite le stand.', 'MIC'],
    ['Delegates at the plenary. Photo: Reuters/Jane Doe', 'Delegates at the plenary.', 'Reuters/Jane Doe'],
    ['Thứ trưởng phát biểu tại hội nghị. (Ảnh: TTXVN)', 'Thứ trưởng phát biểu tại hội nghị.', 'TTXVN'],
    ['Une vue du Grand Palais. Crédit photo : Élysée', 'Une vue du Grand Palais.', 'Élysée'],
    ['Leaders pose for a group photo at the summit.', 'Leaders pose for a group photo at the summit.', null],
    ['Photo: AFP', null, 'AFP'],
  ])('%s', (input, caption, creditLine) => {
    expect(splitCredit(input, credit)).toEqual({ caption, credit: creditLine });
  });
});

describe('separateFigures', () => {
  it('turns file lines and credited captions into figures', () => {
    const paragraphs = [
      'Le sommet a ouvert ses portes lundi.',
      '476772171_595207370158726_3989875316058376130_n.jpg',
      'Le vice-ministre a dirigé la délégation. Photo : MIC',
      'Les discussions ont continué.',
      'Ông Phương tại gian hàng Việt Nam. Ảnh: TTXVN',
      'https://cdn.example.org/img/plenary%20room.png',
      'La dernière phrase du corps.',
    ];
    expect(separateFigures(paragraphs, markers)).toEqual({
      body: ['Le sommet a ouvert ses portes lundi.', 'Les discussions ont continué.', 'La dernière phrase du corps.'],
      figures: [
        { file: '476772171_595207370158726_3989875316058376130_n.jpg', caption: 'Le vice-ministre a dirigé la délégation.', credit: 'MIC', paragraph: 1 },
        { file: null, caption: 'Ông Phương tại gian hàng Việt Nam.', credit: 'TTXVN', paragraph: 2 },
        { file: 'plenary room.png', caption: null, credit: null, paragraph: 2 },
      ],
    });
  });
});

describe('a picture file name that is not percent-encoded', () => {
  it.each([
    ['100%_safe_ai.jpg', '100%_safe_ai.jpg'],
    ['https://cdn.example.org/img/growth-50%.png', 'growth-50%.png'],
    ['s%C3%A9ance%20pl%C3%A9ni%C3%A8re.jpg', 'séance plénière.jpg'],
  ])('%s is kept, the article goes on', (line, file) => {
    const { body, figures } = separateFigures(['Le sommet a ouvert lundi.', line, 'La suite du texte.'], markers);
    expect(body).toEqual(['Le sommet a ouvert lundi.', 'La suite du texte.']);
    expect(figures.map((f) => f.file)).toEqual([file]);
  });
});
