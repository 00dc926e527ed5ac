import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { supportedLangs, type Lang } from '../model/index.js';

// The words of stance constructions (data/rules/README.md), referred to as @name in rule
// patterns; the same keys in every language, each optional so a new pack may start small.
export const stanceClassNames = [
  'sign_verbs',
  'support_verbs',
  'text_nouns',
  'sign_inverted',
  'sign_present',
  'sign_passive',
  'agents',
  'auxiliaries',
  'adverbs',
  'asides',
  'inclusion',
  'party_nouns',
  'company_nouns',
  'signatory_nouns',
  'membership',
  'membership_verbs',
  'include_verbs',
  'support_nouns',
  'leader_heads',
  'list_joiners',
  'item_joiners',
  'refusal_verbs',
  'negators',
  'hedges',
  'future',
  'conditions',
  'clause_breaks',
  'approximations',
  'locatives',
] as const;
export type StanceClass = (typeof stanceClassNames)[number];
const StancesSchema = z.object(Object.fromEntries(stanceClassNames.map((name) => [name, z.array(z.string()).default([])])) as Record<StanceClass, z.ZodDefault<z.ZodArray<z.ZodString>>>);

export const LangPackSchema = z.object({
  lang: z.enum(supportedLangs),
  abbreviations: z.array(z.string()),
  ambiguous: z.array(z.string()),
  quote_marks: z.array(z.tuple([z.string(), z.string()])),
  credit_markers: z.array(z.string()),
  determiners: z.array(z.string()),
  conjunctions: z.array(z.string()),
  honorifics: z.array(z.string()),
  surnames: z.array(z.string()),
  short_name: z.enum(['family', 'given']),
  speech_verbs: z.array(z.string()),
  number_words: z.record(z.string(), z.number()),
  organization_heads: z.array(z.string()),
  organization_links: z.array(z.string()),
  // May lowercase words continue a name? French yes ("Institut européen d'études numériques"),
  // Vietnamese after a capitalised word ("Quan sát"), English no.
  organization_lowercase: z.union([z.boolean(), z.literal('after-capital')]),
  // Words that end a name: verbs and particles ("Collectif se félicite", "Nhóm đã").
  organization_stops: z.array(z.string()),
  // A lowercase word right after the head continues the name only when it looks like this
  // (French adjectives: "Institut européen"); null lets any lowercase word continue.
  organization_adjective: z.string().nullable(),
  // Do rule words match with their accents? Vietnamese yes ("ký" is not "kỳ"), French and English no.
  match_accents: z.boolean(),
  function_words: z.array(z.string()),
  reason_markers: z.array(z.string()),
  stances: StancesSchema.default(Object.fromEntries(stanceClassNames.map((name) => [name, [] as string[]])) as Record<StanceClass, string[]>),
  summit_words: z.array(z.string()),
  topic_words: z.array(z.string()),
});
export type LangPack = z.infer<typeof LangPackSchema>;
export type LangPacks = Record<(typeof supportedLangs)[number], LangPack>;

// Reads data/lang/<lang>.yaml for every supported language. Throws naming the file on a bad pack.
export function loadLangPacks(dataDir: string): LangPacks {
  const entries = supportedLangs.map((lang) => {
    const path = join(dataDir, 'lang', `${lang}.yaml`);
    const result = LangPackSchema.safeParse(parse(readFileSync(path, 'utf8')));
    if (!result.success) throw new Error(`${path}: invalid language pack: ${result.error.message}`);
    return [lang, result.data] as const;
  });
  return Object.fromEntries(entries) as LangPacks;
}

// The pack used for a document: its own language's, or all of them merged for `und`.
export function packFor(packs: LangPacks, lang: Lang): LangPack {
  if (lang !== 'und') return packs[lang];
  let merged = mergedPacks.get(packs);
  if (!merged) {
    merged = mergePacks(packs);
    mergedPacks.set(packs, merged);
  }
  return merged;
}

const mergedPacks = new WeakMap<LangPacks, LangPack>();

function mergePacks(packs: LangPacks): LangPack {
  const all = Object.values(packs);
  return {
    lang: 'en',
    abbreviations: all.flatMap((p) => p.abbreviations),
    ambiguous: all.flatMap((p) => p.ambiguous),
    quote_marks: all.flatMap((p) => p.quote_marks),
    credit_markers: all.flatMap((p) => p.credit_markers),
    determiners: all.flatMap((p) => p.determiners),
    conjunctions: all.flatMap((p) => p.conjunctions),
    honorifics: all.flatMap((p) => p.honorifics),
    surnames: all.flatMap((p) => p.surnames),
    short_name: 'family',
    speech_verbs: all.flatMap((p) => p.speech_verbs),
    number_words: Object.assign({}, ...all.map((p) => p.number_words)) as Record<string, number>,
    organization_heads: all.flatMap((p) => p.organization_heads),
    organization_links: all.flatMap((p) => p.organization_links),
    organization_lowercase: false,
    organization_stops: all.flatMap((p) => p.organization_stops),
    organization_adjective: null,
    match_accents: false,
    function_words: all.flatMap((p) => p.function_words),
    reason_markers: all.flatMap((p) => p.reason_markers),
    stances: Object.fromEntries(stanceClassNames.map((name) => [name, all.flatMap((p) => p.stances[name])])) as LangPack['stances'],
    summit_words: all.flatMap((p) => p.summit_words),
    topic_words: all.flatMap((p) => p.topic_words),
  };
}

export function allCreditMarkers(packs: LangPacks): string[] {
  return [...new Set(Object.values(packs).flatMap((p) => p.credit_markers))];
}
