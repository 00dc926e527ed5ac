import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import vi from 'i18n-iso-countries/langs/vi.json' with { type: 'json' };
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { entityId, supportedLangs, type Entity, type EntityKind as Kind } from '../model/index.js';
import { Gazetteer, type EntityKind } from './gazetteer.js';

const perLang = z.object({ en: z.array(z.string()).default([]), fr: z.array(z.string()).default([]), vi: z.array(z.string()).default([]) });
const CountriesSchema = z.record(z.string(), z.object({ names: perLang.optional(), demonyms: perLang.optional(), metonyms: perLang.optional() }));
const ItemsSchema = z.array(
  z
    .object({
      id: z.string(),
      kind: z.string().nullish(),
      name: z.string().nullish(),
      city: z.string().nullish(),
      country: z.string().nullish(),
      series: z.string().nullish(),
      edition: z.number().nullish(),
      event: z.string().nullish(),
      names: perLang,
    })
    .passthrough(),
);

// What the data says of an entity beside its names: the English label, a city, a country.
export type Label = {
  name: string;
  city: string | null;
  country: string | null;
  tag: string | null;
  series: string | null;
  edition: number | null;
  // for a declaration: the event that adopted it
  event: string | null;
  // for an event: the year it opens ("2027" of a partial date), so "the 2026 AI Summit" finds it
  year: number | null;
};
// The gazetteer for finding names in text, labels for what data says of each entity, and the
// entities themselves with their names (names only, no demonyms or metonyms) for resolution.
export type Lexicon = { gazetteer: Gazetteer; labels: Map<string, Label>; entities: Map<string, Entity> };
const RolesSchema = z.array(
  z.object({ role: z.string(), en: z.array(z.string()).default([]), fr: z.array(z.string()).default([]), vi: z.array(z.string()).default([]) }),
);

const listFiles: [string, EntityKind][] = [
  ['organizations.yaml', 'organization'],
  ['events.yaml', 'event'],
  ['declarations.yaml', 'declaration'],
  ['initiatives.yaml', 'initiative'],
  ['cities.yaml', 'city'],
  ['persons.yaml', 'person'],
];

// Country names from i18n-iso-countries in every language, our additions from
// data/gazetteers/countries.yaml, then organisations, events, declarations, initiatives, roles.
export function loadLexicon(dataDir: string): Lexicon {
  const gazetteer = new Gazetteer();
  const labels = new Map<string, Label>();
  const entities = new Map<string, Entity>();
  const named = (kind: Kind, key: string, label: string, lang: (typeof supportedLangs)[number], name: string): void => {
    const id = entityId(kind, key);
    const entity = entities.get(id) ?? { id, kind, key, label, names: { en: [], fr: [], vi: [] } };
    if (!entity.names[lang].includes(name)) entity.names[lang].push(name);
    entities.set(id, entity);
  };
  const locales = { en, fr, vi };
  for (const lang of supportedLangs) {
    countries.registerLocale(locales[lang]);
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const name of names) {
        gazetteer.add(name, { kind: 'country', id: code, form: 'name', lang });
        named('country', code, countries.getName(code, 'en', { select: 'alias' }) ?? code, lang, name);
      }
    }
  }
  const folder = join(dataDir, 'gazetteers');
  const read = (name: string): unknown => (existsSync(join(folder, name)) ? parse(readFileSync(join(folder, name), 'utf8')) : null);
  const added = CountriesSchema.parse(read('countries.yaml') ?? {});
  for (const [code, forms] of Object.entries(added)) {
    for (const form of ['names', 'demonyms', 'metonyms'] as const) {
      for (const lang of supportedLangs) {
        for (const name of forms[form]?.[lang] ?? []) {
          gazetteer.add(name, { kind: 'country', id: code, form: form === 'names' ? 'name' : form === 'demonyms' ? 'demonym' : 'metonym', lang });
          if (form === 'names')
            named('country', code, code === 'EU' ? 'European Union' : (countries.getName(code, 'en', { select: 'alias' }) ?? code), lang, name);
        }
      }
    }
  }
  for (const [file, kind] of listFiles) {
    for (const item of ItemsSchema.parse(read(file) ?? [])) {
      const name = item.name ?? item.names.en[0] ?? item.id;
      labels.set(`${kind}:${item.id}`, {
        name,
        city: item.city ?? null,
        country: item.country ?? null,
        tag: item.kind ?? null,
        series: item.series ?? null,
        edition: item.edition ?? null,
        event: item.event ?? null,
        year: /^\d{4}/.test(String(item.start ?? '')) ? Number(String(item.start).slice(0, 4)) : null,
      });
      for (const lang of supportedLangs) {
        for (const written of item.names[lang]) {
          gazetteer.add(written, { kind, id: item.id, form: 'name', lang, tag: item.kind ?? undefined });
          if (kind !== 'role') named(kind as Kind, item.id, name, lang, written);
        }
      }
    }
  }
  for (const role of RolesSchema.parse(read('roles.yaml') ?? [])) {
    for (const lang of supportedLangs) for (const name of role[lang]) gazetteer.add(name, { kind: 'role', id: role.role, form: 'name', lang });
  }
  return { gazetteer, labels, entities };
}
