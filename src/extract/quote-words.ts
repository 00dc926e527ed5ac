import { foldKey, lowerKey, tokenize, type LangPack, type Token } from '../text/index.js';

// The words of a language pack that attribute quotes, tokenised once per pack.
export type QuoteWords = {
  verbs: string[][];
  according: string[][];
  pronouns: Set<string>;
  honorifics: Set<string>;
  inversions: string[];
  complementizers: Set<string>;
  // Words that open an adjunct after a speech verb whose subject goes unstated, and articles
  // that open a stated subject: see `quotes:` in src/text/pack-blocks.ts.
  adjuncts: Set<string>;
  adverbs: Set<string>;
  articles: Set<string>;
  // Words a name never opens with ("The", "On", "Theo"), keyed as `keyOf` gives.
  notNames: Set<string>;
  keyOf: (t: Token) => string;
  wordKey: (word: string) => string;
};

// A speech verb at tokens[index, index + length); `isPronoun` when its subject is a pronoun
// written into the verb ("a-t-il conclu", "dit-elle").
export type Verb = { index: number; length: number; isPronoun: boolean };

const packWords = new WeakMap<LangPack, QuoteWords>();

export function quoteWordsOf(pack: LangPack): QuoteWords {
  let words = packWords.get(pack);
  if (!words) {
    const phrases = (list: string[]): string[][] => list.map((v) => tokenize(v).map((t) => t.norm)).filter((w) => w.length > 0);
    words = {
      verbs: phrases(pack.speech_verbs),
      according: phrases(pack.quotes.according),
      // "ông ấy": the first word is the pronoun; the rest follows it.
      pronouns: new Set(phrases(pack.quotes.pronouns).map((w) => w[0] as string)),
      honorifics: new Set(pack.honorifics.map(foldKey)),
      inversions: pack.quotes.inversions.map(foldKey),
      complementizers: new Set(phrases(pack.quotes.complementizers).map((w) => w[0] as string)),
      adjuncts: new Set(phrases(pack.quotes.adjuncts).map((w) => w[0] as string)),
      adverbs: new Set(phrases(pack.quotes.adverbs).map((w) => w[0] as string)),
      articles: new Set(phrases(pack.quotes.articles).map((w) => w[0] as string)),
      notNames: new Set(pack.function_words.map(pack.match_accents ? lowerKey : foldKey)),
      keyOf: pack.match_accents ? (t: Token): string => t.lower : (t: Token): string => t.norm,
      wordKey: pack.match_accents ? lowerKey : foldKey,
    };
    packWords.set(pack, words);
  }
  return words;
}

// The speech verb starting at tokens[index], e.g. "a déclaré", "said", "cho biết", "a-t-il".
export function verbAt(tokens: Token[], index: number, words: QuoteWords): Verb | null {
  const token = tokens[index];
  if (!token) return null;
  if (words.inversions.some((ending) => token.norm.length > ending.length && token.norm.endsWith(ending))) return { index, length: 1, isPronoun: true };
  const verb = words.verbs.find((phrase) => phrase.every((word, j) => tokens[index + j]?.norm === word));
  // "fügte er hinzu", "sagte sie": a pronoun written inside the verb phrase is its subject.
  return verb ? { index, length: verb.length, isPronoun: verb.some((word) => words.pronouns.has(word)) } : null;
}

// The first speech verb in tokens[from, to).
export function verbIn(tokens: Token[], words: QuoteWords, from: number, to: number): Verb | null {
  for (let i = from; i < Math.min(tokens.length, to); i += 1) {
    const verb = verbAt(tokens, i, words);
    if (verb) return verb;
  }
  return null;
}

// "According to X, ...", "Selon M. Dupont, ...": does an according-to phrase open the tokens?
export function opensWithAccording(tokens: Token[], words: QuoteWords): boolean {
  return words.according.some((phrase) => phrase.every((word, i) => tokens[i]?.norm === word));
}

// The speech verb that introduces a quote right after `tokens`: "he stated, “", "X said:",
// "Meloni nói trong cuộc họp:". A comma or colon follows it, after at most a few words
// ("said on Monday, “"). Without either the quote is the verb's object, woven into the
// sentence: "a salué « un texte équilibré »".
export function introVerb(tokens: Token[], words: QuoteWords): Verb | null {
  if (!/^[,:：]$/.test(tokens.at(-1)?.text ?? '')) return null;
  const [end, reach] = [tokens.length - 1, 4];
  for (let i = end - 1; i >= Math.max(0, end - 3 - reach); i -= 1) {
    if (/^[,;:.!?()]$/.test(tokens[i]?.text ?? '') || words.complementizers.has(tokens[i]?.norm ?? '')) return null;
    const verb = verbAt(tokens, i, words);
    if (verb && end - (i + verb.length) <= reach) return verb;
  }
  return null;
}
