import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLangPacks, type LangPack } from '../text/index.js';
import { nameResolver } from './people.js';
import type { Person } from './persons.js';

const packs = loadLangPacks(join(import.meta.dirname, '..', '..', 'data'));
const person = (name: string): Person => ({ name, first: 0, last: 0, role: null, country: null, organization: null, evidence: 'known' });

describe('nameResolver', () => {
  it.each<[string, string[], string, string]>([
    ['family name', ['Emmanuel Macron'], 'Macron', 'Emmanuel Macron'],
    ['given name in Vietnamese', ['Bùi Hoàng Phương'], 'Phương', 'Bùi Hoàng Phương'],
    ['one letter off', ['Guy Parmelin', 'Narendra Modi'], 'Parmelia', 'Guy Parmelin'],
    ['one letter dropped', ['Karin Keller-Sutter'], 'Keller-Suter', 'Karin Keller-Sutter'],
    ['short names are not guessed', ['Ana Lopes'], 'Lopez', 'Lopez'],
    ['two names come as close', ['Jan Martens', 'Eva Martins'], 'Martons', 'Martons'],
    ['another first letter', ['Guy Parmelin'], 'Barmelin', 'Barmelin'],
  ])('%s', (_, full, name, expected) => {
    expect(nameResolver(full.map(person), packs.en as LangPack)(name)).toBe(expected);
  });
});
