import type { Config } from '../config.js';
import { loadLexicon, type Lexicon } from '../extract/index.js';
import { buildResolver, loadReference, type Resolver } from '../kb/index.js';
import type { Entity, ReferenceFact } from '../model/index.js';
import type { Store } from '../store/index.js';
import { loadLangPacks, type LangPacks } from '../text/index.js';
import { declarationLinks } from './declaration-links.js';

// Everything a question is answered from: the gazetteers with their resolver, the cited
// reference dataset, and the store when there is one (the reference alone answers without it).
// Loaded once: the CLI per command, the server at start. `languages` are the packs of
// data/lang/ (code and own name, for language lists); `labelLang` the label language of data/settings.yaml;
// `packs` the language packs, for filing stances stored before they named their declaration.
export type Kb = {
  config: Config;
  lexicon: Lexicon;
  packs: LangPacks;
  resolver: Resolver;
  reference: ReferenceFact[];
  store: Store | null;
  determiners: string[];
  languages: Language[];
  labelLang: string;
};
export type Language = { code: string; name: string };

// An answer that cannot be given: `not_found` (no such declaration, entity, statement) or
// `bad_request` (the question itself is wrong). The CLI prints the message; the API maps the code.
export class QueryError extends Error {
  constructor(
    readonly code: 'not_found' | 'bad_request',
    message: string,
  ) {
    super(message);
  }
}

// `packs`: the language packs when the caller has them loaded already (src/startup.ts).
export function loadKb(config: Config, store: Store | null, packs: LangPacks = loadLangPacks(config.dataDir)): Kb {
  const lexicon = loadLexicon(config.dataDir, packs);
  // Names are resolved with or without their article: "la Chine", "the UK", "nước Mỹ".
  const determiners = Object.values(packs).flatMap((pack) => pack.determiners);
  const languages = Object.values(packs).map((pack) => ({ code: pack.lang, name: pack.name }));
  return {
    config,
    lexicon,
    packs,
    resolver: buildResolver(lexicon.entities.values(), determiners, [], declarationLinks(lexicon)),
    reference: loadReference(config.dataDir),
    store,
    determiners,
    languages,
    labelLang: lexicon.labelLang,
  };
}

// The resolver again, with people's decisions on resolution (same / not the same) from the
// store applied: called once the store is open, and after every new decision.
export async function applyResolutionDecisions(kb: Kb): Promise<Kb> {
  if (kb.store) kb.resolver = buildResolver(kb.lexicon.entities.values(), kb.determiners, await kb.store.resolutionLog(), declarationLinks(kb.lexicon));
  return kb;
}

// A language filter names a pack of data/lang/ or `und`; any other code is a bad request:
// `query lang: xx: no such language (en, fr, vi, und)`.
export function checkLang(kb: Kb, lang: string | undefined | null, where: string): void {
  const codes = [...kb.languages.map((l) => l.code), 'und'];
  if (lang && !codes.includes(lang)) throw new QueryError('bad_request', `${where}: ${lang}: no such language (${codes.join(', ')})`);
}

// A few names of a kind to try, one language after the other, from the gazetteers:
// `"AI Action Summit", "Sommet de Séoul", "Hội nghị Bletchley"` for events.
export function namesToTry(kb: Kb, kind: Entity['kind'], count = 3): string {
  const entities = [...kb.lexicon.entities.values()].filter((e) => e.kind === kind);
  const names = entities.slice(0, count).map((e, i) => e.names[kb.languages[i % kb.languages.length]?.code ?? '']?.[0] ?? e.label);
  return names.map((n) => `"${n}"`).join(', ');
}
