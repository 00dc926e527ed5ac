export { extractStatements, type Extractor } from './extract.js';
export { editionsBeside, mainEvent, mainEventKey, reportedEvents } from './editions.js';
export { fileStances } from './focus.js';
export { Gazetteer, type Entry, type Mention } from './gazetteer.js';
export { loadLexicon, type Lexicon } from './load-gazetteer.js';
export { loadRules, type Rule } from './rules.js';
export { creditedWires, findWireCredits, loadWires, type Wire, type WireCredit, type WireData } from './wire-credits.js';

import type { LangPack, LangPacks } from '../text/index.js';
import { loadLexicon } from './load-gazetteer.js';
import { loadRules } from './rules.js';
import { indexRules } from './rule-index.js';
import { loadWires } from './wire-credits.js';

// Loads the gazetteers and every rule pack from data/: an explicit call, done once.
export function loadExtractor(dataDir: string, packs: LangPacks): import('./extract.js').Extractor {
  const rules = loadRules(
    dataDir,
    Object.keys(packs),
    (lang) => packs[lang]?.match_accents ?? false,
    (lang) => packs[lang]?.stances ?? {},
  );
  const byLang = new Map([...new Set(rules.map((r) => r.lang))].map((lang) => [lang, indexRules(rules.filter((r) => r.lang === lang))]));
  // Names travel: a French article names Vietnamese officials, "Ursula von der Leyen" and the
  // "Institut des Communs Numériques", so every pack knows every pack's surnames, name particles
  // and the words after which a name is a workplace.
  const all = Object.values(packs);
  const union = (pick: (p: LangPack) => string[]): string[] => [...new Set(all.flatMap(pick))];
  const names = {
    surnames: union((p) => p.surnames),
    name_particles: union((p) => p.name_particles),
    workplace_links: union((p) => p.workplace_links),
    workplace_determiners: union((p) => p.workplace_determiners),
  };
  const shared: LangPacks = Object.fromEntries(Object.entries(packs).map(([lang, pack]) => [lang, { ...pack, ...names }]));
  return { lexicon: loadLexicon(dataDir, packs), rules, ruleIndex: byLang, packs: shared, wires: loadWires(dataDir, union((p) => p.wire_credits)) };
}
