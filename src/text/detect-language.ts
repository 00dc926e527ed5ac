import { eld } from 'eld/small';
import { isSupportedLang, type Lang } from '../model/index.js';

export type LanguageGuess = { lang: Lang; detected: string; isReliable: boolean };

// Enough text to decide; the detector's cost grows with length and its answer does not.
const sampleLength = 4000;

// Detects over all languages the detector knows, then keeps only those we have packs for:
// a German article is `und`, not "the closest of fr/en/vi". A page's own hint (html lang,
// a JSON Lines `lang`) decides only when the text alone is not conclusive.
export function detectLanguage(text: string, hint: string | null = null): LanguageGuess {
  const result = eld.detect(text.slice(0, sampleLength));
  const detected = result.language;
  const isReliable = result.isReliable();
  const hinted = hint?.toLowerCase().split(/[-_]/)[0] ?? '';
  if (isSupportedLang(detected) && isReliable) return { lang: detected, detected, isReliable };
  if (isSupportedLang(hinted) && (!isReliable || detected === '')) return { lang: hinted, detected, isReliable };
  if (isSupportedLang(detected) && hinted === '') return { lang: detected, detected, isReliable };
  return { lang: 'und', detected, isReliable };
}
