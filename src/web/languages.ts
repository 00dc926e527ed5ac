import type { Kb } from '../query/index.js';

// The article languages a filter accepts: the packs of data/lang/, and `und` for the rest.
export function isListedLanguage(kb: Kb, code: string): boolean {
  return code === 'und' || kb.languages.some((l) => l.code === code);
}

// "en, fr, vi, und": for the message that refuses another code.
export function languageCodes(kb: Kb): string {
  return [...kb.languages.map((l) => l.code), 'und'].join(', ');
}
