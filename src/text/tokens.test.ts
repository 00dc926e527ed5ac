import { describe, expect, it } from 'vitest';
import { foldKey, lowerKey, setElisions, setFinalSpellings, tokenize } from './tokens.js';

// The elisions of a French-like pack and the final spellings of a Vietnamese-like one;
// loadLangPacks sets the real ones.
setFinalSpellings({ oà: 'òa', oè: 'òe', oẻ: 'ỏe', uỵ: 'ụy' });
setElisions(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

describe('lowerKey', () => {
  it.each([
    ['Ký', 'ký'],
    ['hoà', 'hòa'],
    ['Thuỵ', 'thụy'],
    ['khoẻ', 'khỏe'],
    ['hòa', 'hòa'],
    ['l’', "l'"],
  ])('%s -> %s', (word, key) => {
    expect(lowerKey(word)).toBe(key);
  });
});

describe('tokenize', () => {
  it.each<[string, string[]]>([
    [
      'La Chine, la France et l’Inde font partie des signataires.',
      ['La', 'Chine', ',', 'la', 'France', 'et', 'l’', 'Inde', 'font', 'partie', 'des', 'signataires', '.'],
    ],
    ['Le vice-président américain J.D. Vance et les États-Unis.', ['Le', 'vice-président', 'américain', 'J.D.', 'Vance', 'et', 'les', 'États-Unis', '.']],
    [
      'Thứ trưởng Bộ TT&TT Bùi Hoàng Phương, ngày 10-11/2/2025.',
      ['Thứ', 'trưởng', 'Bộ', 'TT&TT', 'Bùi', 'Hoàng', 'Phương', ',', 'ngày', '10', '-', '11', '/', '2', '/', '2025', '.'],
    ],
    [
      'China’s envoy said: “We signed,” said the U.S. envoy; 1.000 đại biểu, 2,5 tỷ.',
      [
        'China',
        '’',
        's',
        'envoy',
        'said',
        ':',
        '“',
        'We',
        'signed',
        ',',
        '”',
        'said',
        'the',
        'U.S.',
        'envoy',
        ';',
        '1.000',
        'đại',
        'biểu',
        ',',
        '2,5',
        'tỷ',
        '.',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it('keeps offsets into the text', () => {
    const text = 'Sommet : « Oui »';
    for (const token of tokenize(text, 2)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it.each([
    ['Phương', 'phuong'],
    ['Đặng', 'dang'],
    ['États-Unis', 'etats-unis'],
    ['l’', "l'"],
    ['J.D.', 'jd'],
    ['M.', 'm'],
  ])('folds %s to %s', (word, key) => {
    expect(foldKey(word)).toBe(key);
  });
});

describe('setElisions', () => {
  it.each<[string[], string, string[]]>([
    [['l'], "l'Inde", ["l'", 'Inde']],
    [['l'], "L'Inde", ["L'", 'Inde']],
    [[], "l'Inde", ['l', "'", 'Inde']],
    [['ka'], 'ka’zorvat', ['ka’', 'zorvat']],
    [['ka'], 'oka’zorvat', ['oka', '’', 'zorvat']],
  ])('%j: %s', (elisions, text, expected) => {
    setElisions(elisions);
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
    setElisions(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);
  });
});
