import type { PageWords } from '../model/index.js';

// The patterns of page furniture, built once per set of page words from the packs.
type PagePatterns = { credit: RegExp; bylineLine: RegExp; bylinePrefix: RegExp };
const built = new WeakMap<PageWords, PagePatterns>();

export function pagePatterns(words: PageWords): PagePatterns {
  let patterns = built.get(words);
  if (!patterns) {
    patterns = { credit: creditPattern(words), bylineLine: bylineLine(words), bylinePrefix: bylinePrefix(words) };
    built.set(words, patterns);
  }
  return patterns;
}

// "... à Paris. Photo : MIC", "(Ảnh: TTXVN)", "Photo by Jane Doe": a marker, then a colon or a
// link word, then the credit. A credit names an agency or a photographer: short, no sentence inside it.
export function creditPattern(words: Pick<PageWords, 'creditMarkers' | 'creditLinks'>): RegExp {
  const markers = alternatives(words.creditMarkers, true);
  const links = [':', ...words.creditLinks.map(escapeRegExp)].join('|');
  return new RegExp(`(?:^|[\\s.;—–-])\\(?(?:${markers})\\s*(?:${links})\\s*([^.!?()]{1,80}?)\\)?\\.?$`, 'iu');
}

// "By Jane Doe" / "Par Claire de Vries" alone on a line near the top is the byline, not text.
function bylineLine(words: PageWords): RegExp {
  const particles = words.nameParticles.map((p) => `${escapeRegExp(p)}\\s+`).join('|');
  const name = "\\p{Lu}[\\p{L}.'’-]+";
  return new RegExp(`^(?:${alternatives(words.bylineOpeners)})\\s+(${name}(?:\\s+(?:${particles})?${name}){0,3})$`, 'u');
}

// The word before the author's name on a line that repeats the byline: "by Priya Raman".
function bylinePrefix(words: PageWords): RegExp {
  return new RegExp(`^(?:${alternatives(words.bylinePrefixes)})\\s+`, 'iu');
}

// Longest first, so that "Crédit photo" wins over "Crédit"; a list with nothing matches nothing.
function alternatives(list: string[], longestFirst = false): string {
  const sorted = longestFirst ? [...list].sort((a, b) => b.length - a.length) : list;
  return sorted.length > 0 ? sorted.map(escapeRegExp).join('|') : '(?!)';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
