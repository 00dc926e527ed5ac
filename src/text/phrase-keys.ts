import { tokenize } from './tokens.js';

// The matching keys of each phrase of a word list from a pack ("hosted by" -> ["hosted", "by"]),
// folded (`norm`) or with accents kept (`lower`). Packs are loaded once and their lists never
// change, so each list is tokenised once, not once per sentence that looks for it.
export type KeyForm = 'norm' | 'lower';
const cache = { norm: new WeakMap<readonly string[], string[][]>(), lower: new WeakMap<readonly string[], string[][]>() };

export function phraseKeys(list: readonly string[], form: KeyForm): string[][] {
  let keys = cache[form].get(list);
  if (!keys) {
    keys = list.map((phrase) => tokenize(phrase).map((t) => t[form]));
    cache[form].set(list, keys);
  }
  return keys;
}
