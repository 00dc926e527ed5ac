import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LangSchema, readYamlFile, undetermined, type Lang, type PageWords } from '../model/index.js';
import { mergePacks } from './merge-packs.js';
import { blockKeys } from './pack-blocks.js';
import { setElisions, setFinalSpellings } from './tokens.js';

const words = z.array(z.string());
// Keys added for issue 9 may be left out by a pack that has no such words.
const optionalWords = words.default([]);

export const LangPackSchema = z.object({
  lang: LangSchema.refine((code) => code !== undetermined, 'und is no language'),
  // The language's own name, for language lists on pages: "Français".
  name: z.string().min(1),
  abbreviations: words,
  ambiguous: words,
  quote_marks: z.array(z.tuple([z.string(), z.string()])),
  credit_markers: words,
  determiners: words,
  conjunctions: words,
  honorifics: words,
  surnames: words,
  short_name: z.enum(['family', 'given']),
  speech_verbs: words,
  number_words: z.record(z.string(), z.number()),
  organization_heads: words,
  organization_links: words,
  // May lowercase words continue a name? French yes ("Institut européen d'études numériques"),
  // Vietnamese after a capitalised word ("Quan sát"), English no.
  organization_lowercase: z.union([z.boolean(), z.literal('after-capital')]),
  // Words that end a name: verbs and particles ("Collectif se félicite", "Nhóm đã").
  organization_stops: words,
  // A lowercase word right after the head continues the name only when it looks like this
  // (French adjectives: "Institut européen"); null lets any lowercase word continue.
  organization_adjective: z.string().nullable(),
  // Do rule words match with their accents? Vietnamese yes ("ký" is not "kỳ"), French and English no.
  match_accents: z.boolean(),
  function_words: words,
  reason_markers: words,
  summit_words: words,
  topic_words: words,
  ...movedKeys(),
  ...blockKeys(),
});
export type LangPack = z.infer<typeof LangPackSchema>;
// Every pack in data/lang/, by its code.
export type LangPacks = Record<string, LangPack>;

// Language data that lived in src/ before issue 9; what each key means is said in the packs.
function movedKeys() {
  return {
    elisions: optionalWords,
    chrono: z.string().nullable().default(null),
    months: optionalWords,
    date_cues: optionalWords,
    date_patterns: optionalWords,
    number_connectors: optionalWords,
    number_multipliers: optionalWords,
    number_compounds: optionalWords,
    name_particles: optionalWords,
    workplace_links: optionalWords,
    workplace_determiners: optionalWords,
    organization_left_stops: optionalWords,
    byline_openers: optionalWords,
    byline_prefixes: optionalWords,
    credit_links: optionalWords,
    // Words before a wire agency's name that credit it: "according to AFP", "Theo TTXVN".
    wire_credits: optionalWords,
    final_spellings: z.record(z.string(), z.string()).default({}),
  };
}

// Reads every data/lang/<code>.yaml: the languages are the files there. Throws naming the file
// on a bad pack. Loading also tells the tokenizer every pack's elisions ("l'", "qu'") and
// final spellings ("hoà" is "hòa").
export function loadLangPacks(dataDir: string): LangPacks {
  const packs: LangPacks = {};
  for (const lang of langCodes(dataDir)) {
    const path = join(dataDir, 'lang', `${lang}.yaml`);
    const result = LangPackSchema.safeParse(readYamlFile(path));
    if (!result.success) throw new Error(`${path}: invalid language pack: ${result.error.message}`);
    if (result.data.lang !== lang) throw new Error(`${path}: the pack says lang: ${result.data.lang}; the file name says ${lang}`);
    packs[lang] = result.data;
  }
  setElisions(Object.values(packs).flatMap((p) => p.elisions));
  setFinalSpellings(Object.assign({}, ...Object.values(packs).map((p) => p.final_spellings)) as Record<string, string>);
  return packs;
}

// The codes of the packs in data/lang/, sorted: `fr.yaml` -> `fr`.
export function langCodes(dataDir: string): string[] {
  const folder = join(dataDir, 'lang');
  if (!existsSync(folder)) throw new Error(`${folder}: no language packs`);
  return readdirSync(folder)
    .filter((name) => /^[a-z]{2,3}\.yaml$/.test(name) && name !== `${undetermined}.yaml`)
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

// The pack used for a document: its own language's, or all of them merged for `und`.
export function packFor(packs: LangPacks, lang: Lang): LangPack {
  const own = packs[lang];
  if (own) return own;
  let merged = mergedPacks.get(packs);
  if (!merged) {
    merged = mergePacks(Object.values(packs));
    mergedPacks.set(packs, merged);
  }
  return merged;
}

const mergedPacks = new WeakMap<LangPacks, LangPack>();

// What ingest needs before it knows an article's language: every pack's page words together.
export function pageWords(packs: LangPacks): PageWords {
  const all = Object.values(packs);
  const union = (pick: (p: LangPack) => string[]): string[] => [...new Set(all.flatMap(pick))];
  let words = pageWordsOf.get(packs);
  if (words) return words;
  words = {
    creditMarkers: union((p) => p.credit_markers),
    creditLinks: union((p) => p.credit_links),
    bylineOpeners: union((p) => p.byline_openers),
    bylinePrefixes: union((p) => p.byline_prefixes),
    nameParticles: union((p) => p.name_particles),
  };
  pageWordsOf.set(packs, words);
  return words;
}

const pageWordsOf = new WeakMap<LangPacks, PageWords>();
