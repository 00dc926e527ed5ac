import { undetermined } from '../model/index.js';
import type { LangPack } from './lang-pack.js';
import { mergeBlocks } from './pack-blocks.js';

type ListKey = { [K in keyof LangPack]: LangPack[K] extends string[] ? K : never }[keyof LangPack];

// Lists every pack's words together; the language-specific machinery (dates, chrono) stays off.
const listKeys: ListKey[] = [
  'abbreviations',
  'ambiguous',
  'credit_markers',
  'determiners',
  'conjunctions',
  'honorifics',
  'surnames',
  'speech_verbs',
  'organization_heads',
  'organization_links',
  'organization_stops',
  'function_words',
  'reason_markers',
  'summit_words',
  'topic_words',
  'elisions',
  'number_connectors',
  'number_multipliers',
  'number_compounds',
  'name_particles',
  'workplace_links',
  'workplace_determiners',
  'organization_left_stops',
  'byline_openers',
  'byline_prefixes',
  'credit_links',
];

// The pack of a document in no known language (`und`): all packs' words, neutral settings.
export function mergePacks(all: LangPack[]): LangPack {
  const lists = Object.fromEntries(listKeys.map((key) => [key, all.flatMap((p) => p[key])])) as Pick<LangPack, ListKey>;
  return {
    ...lists,
    ...mergeBlocks(all),
    lang: undetermined,
    name: undetermined,
    quote_marks: all.flatMap((p) => p.quote_marks),
    short_name: 'family',
    number_words: Object.assign({}, ...all.map((p) => p.number_words)) as Record<string, number>,
    organization_lowercase: false,
    organization_adjective: null,
    match_accents: false,
    chrono: null,
    months: [],
    date_cues: [],
    date_patterns: [],
    final_spellings: Object.assign({}, ...all.map((p) => p.final_spellings)) as Record<string, string>,
  };
}
