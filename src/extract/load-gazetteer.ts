import countries from 'i18n-iso-countries';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import { entityId, readYamlFile, type Entity, type EntityKind as Kind } from '../model/index.js';
import { loadLangPacks, loadSettings, type LangPacks } from '../text/index.js';
import { Gazetteer, type EntityKind } from './gazetteer.js';

const nameForms = { names: 'name', demonyms: 'demonym', metonyms: 'metonym', regimes: 'regime' } as const;

// Names by language code: `{ en: [...], fr: [...] }`; the codes are checked against data/lang/.
const perLang = z.record(z.string(), z.array(z.string()));
const CountriesSchema = z.record(z.string(), z.object({ names: perLang.optional(), demonyms: perLang.optional(), metonyms: perLang.optional(), regimes: perLang.optional() }));
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

// What the data says of an entity beside its names: the label (in the label language of
// data/settings.yaml), a city, a country.
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
// `labelLang` is the label language of data/settings.yaml.
export type Lexicon = { gazetteer: Gazetteer; labels: Map<string, Label>; entities: Map<string, Entity>; labelLang: string };
// The labels of events, read once per lexicon: the passes that look for editions walk these.
const eventsOf = new WeakMap<Lexicon, [string, Label][]>();
export function eventLabels(lexicon: Lexicon): [string, Label][] {
  let events = eventsOf.get(lexicon);
  if (!events) eventsOf.set(lexicon, (events = [...lexicon.labels.entries()].filter(([key]) => key.startsWith('event:'))));
  return events;
}

const RolesSchema = z.array(z.object({ role: z.string() }).catchall(z.array(z.string())));

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
// `packs`: the packs of the same data folder when the caller has them (validating them again costs a command's start).
export function loadLexicon(dataDir: string, packs: LangPacks = loadLangPacks(dataDir)): Lexicon {
  const langs = Object.keys(packs);
  const { label_language: labelLang } = loadSettings(dataDir, langs);
  const gazetteer = new Gazetteer(new Set(langs.filter((lang) => packs[lang]?.match_accents)));
  const labels = new Map<string, Label>();
  const entities = new Map<string, Entity>();
  const named = (kind: Kind, key: string, label: string, lang: string, name: string): void => {
    const id = entityId(kind, key);
    const entity = entities.get(id) ?? { id, kind, key, label, names: Object.fromEntries(langs.map((l) => [l, [] as string[]])) };
    const names = (entity.names[lang] ??= []);
    if (!names.includes(name)) names.push(name);
    entities.set(id, entity);
  };
  const isoLabel = (code: string): string | undefined => countries.getName(code, labelLang, { select: 'alias' });
  for (const lang of langs.filter(registerCountryNames)) {
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const name of names) {
        gazetteer.add(name, { kind: 'country', id: code, form: 'name', lang });
        named('country', code, isoLabel(code) ?? code, lang, name);
      }
    }
  }
  const folder = join(dataDir, 'gazetteers');
  const read = (name: string): unknown => (existsSync(join(folder, name)) ? readYamlFile(join(folder, name)) : null);
  const known = (file: string, names: Record<string, string[]> | undefined): Record<string, string[]> => checkLangs(join(folder, file), names ?? {}, langs);
  const added = CountriesSchema.parse(read('countries.yaml') ?? {});
  for (const [code, forms] of Object.entries(added)) {
    const label = isoLabel(code) ?? forms.names?.[labelLang]?.[0] ?? code;
    for (const form of ['names', 'demonyms', 'metonyms', 'regimes'] as const) {
      for (const [lang, written] of Object.entries(known('countries.yaml', forms[form]))) {
        for (const name of written) {
          gazetteer.add(name, { kind: 'country', id: code, form: nameForms[form], lang });
          if (form === 'names') named('country', code, label, lang, name);
        }
      }
    }
  }
  for (const [file, kind] of listFiles) {
    for (const item of ItemsSchema.parse(read(file) ?? [])) {
      const name = item.name ?? item.names[labelLang]?.[0] ?? item.id;
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
      for (const [lang, names] of Object.entries(known(file, item.names))) {
        for (const written of names) {
          gazetteer.add(written, { kind, id: item.id, form: 'name', lang, tag: item.kind ?? undefined });
          if (kind !== 'role') named(kind as Kind, item.id, name, lang, written);
        }
      }
    }
  }
  for (const { role, ...names } of RolesSchema.parse(read('roles.yaml') ?? [])) {
    for (const [lang, written] of Object.entries(known('roles.yaml', names)))
      for (const name of written) gazetteer.add(name, { kind: 'role', id: role, form: 'name', lang });
  }
  return { gazetteer, labels, entities, labelLang };
}

const require = createRequire(import.meta.url);

// i18n-iso-countries ships country names for many languages; a pack whose language it lacks
// (a made-up one) names its countries in data/gazetteers/countries.yaml alone.
function registerCountryNames(lang: string): boolean {
  try {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as countries.LocaleData);
    return true;
  } catch {
    return false;
  }
}

// Names keyed by a language with no pack in data/lang/ are a mistake in the data, not names.
function checkLangs(file: string, names: Record<string, string[]>, langs: string[]): Record<string, string[]> {
  const stray = Object.keys(names).find((lang) => !langs.includes(lang));
  if (stray) throw new Error(`${file}: names in ${stray}, which has no pack in data/lang/`);
  return Object.fromEntries(langs.map((lang) => [lang, names[lang] ?? []]));
}
