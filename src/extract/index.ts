export { extractStatements, type Extractor } from './extract.js';
export { mainEvent, mainEventKey } from './editions.js';
export { Gazetteer, type Entry, type Mention } from './gazetteer.js';
export { loadLexicon, type Lexicon } from './load-gazetteer.js';
export { loadRules, type Rule } from './rules.js';

import type { LangPacks } from '../text/index.js';
import { loadLexicon } from './load-gazetteer.js';
import { indexRules, loadRules } from './rules.js';

// Loads the gazetteers and every rule pack from data/: an explicit call, done once.
export function loadExtractor(dataDir: string, packs: LangPacks): import('./extract.js').Extractor {
  const packOf = (lang: string) => packs[lang as keyof LangPacks] as LangPacks[keyof LangPacks] | undefined;
  const rules = loadRules(dataDir, (lang) => packOf(lang)?.match_accents ?? false, (lang) => packOf(lang)?.stances ?? {});
  const byLang = new Map([...new Set(rules.map((r) => r.lang))].map((lang) => [lang, indexRules(rules.filter((r) => r.lang === lang))]));
  // Names travel: a French article names Vietnamese officials, so every pack knows every pack's surnames.
  const surnames = [...new Set(Object.values(packs).flatMap((p) => p.surnames))];
  const shared = Object.fromEntries(Object.entries(packs).map(([lang, pack]) => [lang, { ...pack, surnames }])) as LangPacks;
  return { lexicon: loadLexicon(dataDir), rules, ruleIndex: byLang, packs: shared };
}
