import { describe, expect, it } from 'vitest';
import type { Entity, ResolutionEntry } from '../model/index.js';
import { buildResolver } from './resolve.js';

const entity = (id: string, label: string, en: string[], fr: string[], vi: string[]): Entity => {
  const [kind, key] = id.split(':') as [Entity['kind'], string];
  return { id, kind, key, label, names: { en, fr, vi } };
};
const resolver = buildResolver(
  [
    entity('country:CN', 'China', ['China', "People's Republic of China"], ['Chine'], ['Trung Quốc']),
    entity('country:US', 'United States', ['United States', 'U.S.'], ['États-Unis'], ['Mỹ', 'Hoa Kỳ']),
    entity('person:jd-vance', 'JD Vance', ['JD Vance', 'J.D. Vance'], [], []),
    entity('person:bui-hoang-phuong', 'Bui Hoang Phuong', ['Bui Hoang Phuong'], [], ['Bùi Hoàng Phương']),
    entity('declaration:paris-statement', 'Paris Declaration on AI', ['Paris declaration'], ["Déclaration de Paris sur l'IA"], ['Tuyên bố Paris']),
    entity('declaration:paris-annex', 'Paris annex', ['Paris annex'], [], []),
    entity(
      'event:ai-action-summit-2025',
      'AI Action Summit',
      ['AI Action Summit'],
      ["Sommet pour l'action sur l'IA"],
      ['Hội nghị thượng đỉnh Hành động về AI'],
    ),
    entity('city:paris', 'Paris', ['Paris'], ['Paris'], ['Paris', 'Pa-ri']),
  ],
  ['the', 'la', 'le', 'les', "l'", 'nước'],
  [],
  new Map([
    ['event:ai-action-summit-2025', ['declaration:paris-statement', 'declaration:paris-annex']],
    ['city:paris', ['declaration:paris-statement', 'declaration:paris-annex']],
  ]),
);

describe('resolve', () => {
  it.each<[string, string[]]>([
    ['Chine', ['country:CN']],
    ['China', ['country:CN']],
    ['Trung Quốc', ['country:CN']],
    ['trung quoc', ['country:CN']],
    ['la Chine', ['country:CN']],
    ['CN', ['country:CN']],
    ['les États-Unis', ['country:US']],
    ['Etats Unis', ['country:US']],
    ['the U.S.', ['country:US']],
    ['nước Mỹ', ['country:US']],
    ['Hoa Kỳ', ['country:US']],
    ['J.D. Vance', ['person:jd-vance']],
    ['JD Vance', ['person:jd-vance']],
    ['Bùi Hoàng Phương', ['person:bui-hoang-phuong']],
    ['Déclaration de Paris sur l’IA', ['declaration:paris-statement']],
    ['Tuyên bố Paris', ['declaration:paris-statement']],
    ['Atlantis', []],
    // ids as any page, the API or the CLI shows them, with or without their kind
    ['event:ai-action-summit-2025', ['event:ai-action-summit-2025']],
    ['ai-action-summit-2025', ['event:ai-action-summit-2025']],
    ['AI-Action-Summit-2025', ['event:ai-action-summit-2025']],
    ['country:CN', ['country:CN']],
    ['country:cn', ['country:CN']],
    [' person:jd-vance ', ['person:jd-vance']],
    ['jd-vance', ['person:jd-vance']],
    ['paris-statement', ['declaration:paris-statement']],
    ['declaration:paris-statement', ['declaration:paris-statement']],
    ['country:XX', []],
    ['event:CN', []],
    ['Paris', ['city:paris']],
  ])('%s', (name, ids) => {
    expect(resolver.resolve(name).map((e) => e.id)).toEqual(ids);
  });

  // A declaration asked for by its summit's or its city's name: the summit's, main one first.
  it.each<[string, string[]]>([
    ['Paris', ['declaration:paris-statement', 'declaration:paris-annex']],
    ['Pa-ri', ['declaration:paris-statement', 'declaration:paris-annex']],
    ["Sommet pour l'action sur l'IA", ['declaration:paris-statement', 'declaration:paris-annex']],
    ['event:ai-action-summit-2025', ['declaration:paris-statement', 'declaration:paris-annex']],
    ['Paris annex', ['declaration:paris-annex']],
    ['Tuyên bố Paris', ['declaration:paris-statement']],
    ['China', []],
  ])('declaration %s', (name, ids) => {
    expect(resolver.resolve(name, 'declaration').map((e) => e.id)).toEqual(ids);
  });

  it('filters by kind and finds entities by id', () => {
    expect(resolver.resolve('China', 'person')).toEqual([]);
    expect(resolver.entity('country:CN')?.label).toBe('China');
  });
});

describe('resolution decisions', () => {
  const entities: Entity[] = [
    { id: 'person:jd-vance', kind: 'person', key: 'jd-vance', label: 'JD Vance', names: { en: ['JD Vance', 'J.D. Vance'], fr: [], vi: [] } },
    { id: 'person:j-vance', kind: 'person', key: 'j-vance', label: 'James Vance', names: { en: ['James Vance'], fr: [], vi: [] } },
    { id: 'country:GE', kind: 'country', key: 'GE', label: 'Georgia', names: { en: ['Georgia'], fr: ['Géorgie'], vi: [] } },
  ];
  const decision = (seq: number, action: ResolutionEntry['action'], entity: string, name: string, undoes: number | null = null): ResolutionEntry => ({
    seq,
    action,
    entity,
    name,
    reason: 'checked',
    reviewer: 'ana',
    at: '2026-11-29T10:00:00Z',
    undoes,
  });

  it('adds a name, merges an entity, takes a name away, and undoes', () => {
    const ids = (r: ReturnType<typeof buildResolver>, name: string): string[] => r.resolve(name).map((e) => e.id);
    const same = buildResolver(entities, [], [decision(1, 'same', 'person:jd-vance', 'James David Vance')]);
    expect(ids(same, 'james david VANCE')).toEqual(['person:jd-vance']);
    const merged = buildResolver(entities, [], [decision(1, 'same', 'person:jd-vance', 'person:j-vance')]);
    expect(ids(merged, 'James Vance')).toEqual(['person:jd-vance']);
    const apart = buildResolver(entities, [], [decision(1, 'not_same', 'country:GE', 'Georgia')]);
    expect(ids(apart, 'Georgia')).toEqual([]);
    expect(ids(apart, 'Géorgie')).toEqual(['country:GE']);
    const undone = buildResolver(entities, [], [decision(1, 'not_same', 'country:GE', 'Georgia'), decision(2, 'undo', 'country:GE', 'Georgia', 1)]);
    expect(ids(undone, 'Georgia')).toEqual(['country:GE']);
  });
});
