import { undetermined, type Lang } from '../model/index.js';
import { detector } from './eld-detector.js';

export type LanguageGuess = { lang: Lang; detected: string; isReliable: boolean };

// Enough text to decide; the detector's cost grows with length and its answer does not. A short
// sample first (an article's title and lead), the long one only when the short is not conclusive.
const shortSample = 250;
const sampleLength = 1200;

// The languages the detector can tell: a pack in data/lang/ outside them is known only by the
// language its document declares (a JSON Lines `lang`, the API's `lang`, a page's lang).
let detectable: Set<string> | undefined;

export function isDetectable(lang: Lang): boolean {
  detectable ??= new Set(Object.values(detector().info().Languages));
  return detectable.has(lang);
}

// Detects over all languages the detector knows, then keeps only those with a pack (`langs`,
// the codes of data/lang/): a German article is `und`, not "the closest of the packs". A page's
// own hint decides when the text alone is not conclusive, or when the detector cannot tell
// that language at all.
export function detectLanguage(text: string, hint: string | null, langs: readonly Lang[]): LanguageGuess {
  const known = (code: string): boolean => langs.includes(code);
  const short = text.length > shortSample ? detector().detect(text.slice(0, shortSample)) : null;
  const result = short?.isReliable() && known(short.language) ? short : detector().detect(text.slice(0, sampleLength));
  const detected = result.language;
  const isReliable = result.isReliable();
  const hinted = hint?.toLowerCase().split(/[-_]/)[0] ?? '';
  if (known(hinted) && !isDetectable(hinted)) return { lang: hinted, detected, isReliable };
  if (known(detected) && isReliable) return { lang: detected, detected, isReliable };
  if (known(hinted) && (!isReliable || detected === '')) return { lang: hinted, detected, isReliable };
  if (known(detected) && hinted === '') return { lang: detected, detected, isReliable };
  return { lang: undetermined, detected, isReliable };
}
