import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it.each<[string, string | null, string]>([
    ['Du 10 au 13 février 2025, le vice-ministre a dirigé la délégation vietnamienne au sommet de Paris.', null, 'fr'],
    ['The summit in Paris drew leaders from more than 100 countries, officials said on Tuesday.', null, 'en'],
    ['Thứ trưởng Bùi Hoàng Phương dẫn đầu đoàn Việt Nam tham dự hội nghị thượng đỉnh tại Paris.', null, 'vi'],
    ['Der Gipfel in Paris brachte führende Politiker aus mehr als hundert Ländern zusammen.', null, 'und'],
    ['La cumbre de París reunió a líderes de más de cien países, según los organizadores.', null, 'und'],
    // A German text keeps `und` even when the page claims French.
    ['Der Gipfel in Paris brachte führende Politiker aus mehr als hundert Ländern zusammen.', 'fr', 'und'],
    // Too short to tell: the page's own hint decides.
    ['OK', 'fr-FR', 'fr'],
    ['12 345 678', null, 'und'],
    // A pack the detector cannot tell (a made-up language) is known by its declared language.
    ['Zorvat plenik ka sumito.', 'xx', 'xx'],
  ])('%s (hint %s) -> %s', (text, hint, lang) => {
    expect(detectLanguage(text, hint, ['en', 'fr', 'vi', 'xx']).lang).toBe(lang);
  });
});
