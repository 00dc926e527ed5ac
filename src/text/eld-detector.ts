import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { eld as Eld } from 'eld/small';
import { parsedOnce } from '../model/index.js';

export type Detector = typeof Eld;
type Internals = { createEld: () => { instance: Detector; loadData: (data: unknown) => unknown } };

const load = createRequire(import.meta.url);
let loaded: Detector | undefined;

// eld's 'small' detector, loaded on first use: its n-gram tables are a 1.6 MB JavaScript module
// that takes about a second to compile, so a command that never detects a language (`docs`,
// `signatories`, `--help`) never loads them, and one that does reads them as cached JSON (the
// same tables, keyed by a hash of the module, json-cache.ts), which is several times faster. This
// builds the detector as eld's own entry does (src/entries/static.small.js of the pinned eld);
// should eld's files move, it falls back to that entry. A synchronous require of an ES module
// (Node 20.19+) keeps detection synchronous.
export function detector(): Detector {
  loaded ??= build();
  return loaded;
}

function build(): Detector {
  const entry = fileURLToPath(import.meta.resolve('eld/small'));
  try {
    const ngrams = join(dirname(entry), '..', 'ngrams', 'small.js');
    const { createEld } = load(join(dirname(entry), '..', 'languageDetector.js')) as Internals;
    const data = parsedOnce('eld-ngrams', readFileSync(ngrams, 'utf8'), () => (load(ngrams) as { ngramsData: unknown }).ngramsData);
    const { instance, loadData } = createEld();
    loadData(data);
    return instance;
  } catch {
    return (load(entry) as { eld: Detector }).eld;
  }
}
