import { describe, expect, it } from 'vitest';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { pickLocale, translator } from './index.js';
import { vi } from './vi.js';

describe('pickLocale', () => {
  it.each([
    ['fr', 'vi', 'en-GB', 'fr'],
    [undefined, 'vi', 'fr-FR', 'vi'],
    [undefined, undefined, 'vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    [undefined, undefined, 'de-DE,fr;q=0.7,en;q=0.9', 'de'],
    [undefined, undefined, 'de-DE,fr;q=0.7', 'de'],
    [undefined, undefined, 'es-ES', 'es'],
    [undefined, undefined, 'it-IT,es;q=0.8,de;q=0.9', 'de'],
    [undefined, undefined, 'it-IT,pt;q=0.7,fr;q=0.5', 'fr'],
    [undefined, undefined, undefined, 'en'],
    ['xx', 'yy', 'zz', 'en'],
  ])('?lang=%s, cookie %s, Accept-Language %s -> %s', (query, cookie, accept, expected) => {
    expect(pickLocale(query, cookie, accept)).toBe(expected);
  });
});

describe('labels', () => {
  it.each([
    ['fr', fr],
    ['vi', vi],
    ['es', es],
    ['de', de],
  ])('%s gives every label, with the same {placeholders} as English', (_lang, labels) => {
    for (const [key, text] of Object.entries(en)) {
      const translated = labels[key as keyof typeof en];
      expect(translated.trim(), key).not.toBe('');
      expect([...translated.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(), key).toEqual([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
    }
  });

  it('fills placeholders', () => {
    expect(translator('fr')('rowsOf', { from: 1, to: 50, total: 412 })).toBe('Lignes 1 à 50 sur 412');
    expect(translator('es')('rowsOf', { from: 1, to: 50, total: 412 })).toBe('Filas 1–50 de 412');
    expect(translator('de')('rowsOf', { from: 1, to: 50, total: 412 })).toBe('Zeilen 1–50 von 412');
  });
});
