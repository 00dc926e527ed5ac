import { foldKey, type Token } from '../text/index.js';

export type NumberWords = Map<string, number>;

export function numberWordsOf(words: Record<string, number>): NumberWords {
  return new Map(Object.entries(words).map(([word, value]) => [foldKey(word), value]));
}

// A count at tokens[at]: digits ("61", "1.000") or words ("Vingt-huit", "soixante et un",
// "quatre-vingt-huit", "twenty-eight", "hai mươi tám"). Returns the value and the tokens used.
export function readNumber(tokens: Token[], at: number, words: NumberWords): { value: number; length: number } | null {
  const first = tokens[at];
  if (!first) return null;
  if (/^\d+(?:[.,\s]\d{3})*$/.test(first.text)) return { value: Number(first.text.replace(/[.,\s]/g, '')), length: 1 };
  let total = 0;
  let current = 0;
  let length = 0;
  for (let i = at; i < tokens.length; i += 1) {
    const norm = (tokens[i] as Token).norm.replace(/quatre-vingts?/g, 'quatrevingt');
    const parts = norm.split('-');
    const isConnector = (norm === 'et' || norm === 'and') && length > 0;
    if (!isConnector && !parts.every((part) => words.has(part))) break;
    for (const part of isConnector ? [] : parts) {
      const value = words.get(part) as number;
      if (value === 100) current = (current || 1) * 100;
      else if (value === 1000) [total, current] = [total + (current || 1) * 1000, 0];
      // "hai mươi tám": a ten after a unit multiplies it
      else if (value === 10 && part === 'muoi' && current > 0 && current < 10) current *= 10;
      else current += value;
    }
    length = i - at + 1;
  }
  if ((tokens[at + length - 1]?.norm ?? '') === 'et' || tokens[at + length - 1]?.norm === 'and') length -= 1;
  return length > 0 ? { value: total + current, length } : null;
}
