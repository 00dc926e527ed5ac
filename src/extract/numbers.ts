import { foldKey, type LangPack, type Token } from '../text/index.js';

// Number words by their folded form, and the pack's rules for reading them together:
// `connectors` join parts ("soixante et un"), a `multiplier` after a unit multiplies it
// ("hai mươi tám" is 2 × 10 + 8), `compounds` are hyphenated words read as one ("quatre-vingt").
export type NumberWords = Map<string, number> & { connectors?: Set<string>; multipliers?: Set<string>; compounds?: [string, string][] };
type NumberPack = Pick<LangPack, 'number_words' | 'number_connectors' | 'number_multipliers' | 'number_compounds'>;

export function numberWordsOf(words: Record<string, number>, pack: Partial<NumberPack> = {}): NumberWords {
  const values: NumberWords = new Map(Object.entries(words).map(([word, value]) => [foldKey(word), value]));
  values.connectors = new Set((pack.number_connectors ?? []).map(foldKey));
  values.multipliers = new Set((pack.number_multipliers ?? []).map(foldKey));
  // Longest first: "quatre-vingts" before "quatre-vingt".
  values.compounds = (pack.number_compounds ?? [])
    .map(foldKey)
    .sort((a, b) => b.length - a.length)
    .map((c) => [c, c.replace(/-/g, '')]);
  return values;
}

// A count at tokens[at]: digits ("61", "1.000") or words ("Vingt-huit", "soixante et un",
// "quatre-vingt-huit", "twenty-eight", "hai mươi tám"). Returns the value and the tokens used.
export function readNumber(tokens: Token[], at: number, words: NumberWords): { value: number; length: number } | null {
  const first = tokens[at];
  if (!first) return null;
  if (/^\d+(?:[.,\s]\d{3})*$/.test(first.text)) return { value: Number(first.text.replace(/[.,\s]/g, '')), length: 1 };
  const isConnectorAt = (i: number): boolean => words.connectors?.has(tokens[i]?.norm ?? '') ?? false;
  let total = 0;
  let current = 0;
  let length = 0;
  for (let i = at; i < tokens.length; i += 1) {
    const norm = joinCompounds((tokens[i] as Token).norm, words.compounds ?? []);
    const parts = norm.split('-');
    const isConnector = isConnectorAt(i) && length > 0;
    if (!isConnector && !parts.every((part) => words.has(part))) break;
    for (const part of isConnector ? [] : parts) {
      const value = words.get(part) as number;
      if (value === 100) current = (current || 1) * 100;
      else if (value === 1000) [total, current] = [total + (current || 1) * 1000, 0];
      else if (words.multipliers?.has(part) && current > 0 && current < 10) current *= value;
      else current += value;
    }
    length = i - at + 1;
  }
  if (length > 0 && isConnectorAt(at + length - 1)) length -= 1;
  return length > 0 ? { value: total + current, length } : null;
}

function joinCompounds(norm: string, compounds: [string, string][]): string {
  let joined = norm;
  for (const [compound, word] of compounds) joined = joined.replaceAll(compound, word);
  return joined;
}
