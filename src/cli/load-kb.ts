import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { loadLexicon, type Lexicon } from '../extract/index.js';
import { buildResolver, type Resolver } from '../kb/index.js';
import { SqliteStore, type Store } from '../store/index.js';
import { loadLangPacks } from '../text/index.js';

// The gazetteers and a resolver over their entities, names given with or without their article.
export function loadResolver(config: Config): { lexicon: Lexicon; resolver: Resolver } {
  const lexicon = loadLexicon(config.dataDir);
  const determiners = Object.values(loadLangPacks(config.dataDir)).flatMap((pack) => pack.determiners);
  return { lexicon, resolver: buildResolver(lexicon.entities.values(), determiners) };
}

// The store when there is one: reading commands that also work on the reference dataset alone.
export function openStoreIfAny(db: string | undefined, config: Config): Store | null {
  const path = db ? resolve(db) : config.dbPath;
  return existsSync(path) ? SqliteStore.open(path) : null;
}
