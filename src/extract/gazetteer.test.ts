import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { Gazetteer } from './gazetteer.js';

const gazetteer = new Gazetteer(new Set(['vi']));
gazetteer.add('Royaume-Uni', { kind: 'country', id: 'GB', form: 'name', lang: 'fr' });
gazetteer.add('Royaume', { kind: 'country', id: 'XX', form: 'name', lang: 'fr' });
gazetteer.add('États-Unis', { kind: 'country', id: 'US', form: 'name', lang: 'fr' });
gazetteer.add('américain', { kind: 'country', id: 'US', form: 'demonym', lang: 'fr' });
gazetteer.add('Chine', { kind: 'country', id: 'CN', form: 'name', lang: 'fr' });
gazetteer.add('Pékin', { kind: 'country', id: 'CN', form: 'metonym', lang: 'fr' });
gazetteer.add('Trung Quốc', { kind: 'country', id: 'CN', form: 'name', lang: 'vi' });
gazetteer.add('vice-président', { kind: 'role', id: 'Vice President', form: 'name', lang: 'fr' });

function mentions(text: string): string[] {
  return gazetteer.findMentions(tokenize(text), text).map((m) => `${m.text}=${m.entries.map((e) => `${e.id}/${e.form}`).join('+')}`);
}

describe('Gazetteer.findMentions', () => {
  it.each<[string, string[]]>([
    ['Le Royaume-Uni et les États‑Unis', ['Royaume-Uni=GB/name', 'États‑Unis=US/name']],
    ['le vice-président américain a vu la chine puis la Chine', ['vice-président=Vice President/name', 'américain=US/demonym', 'Chine=CN/name']],
    ['Pékin et TRUNG QUỐC, trung quốc', ['Pékin=CN/metonym', 'TRUNG QUỐC=CN/name']],
    ['Le Royaume du Maroc', ['Royaume=XX/name']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
