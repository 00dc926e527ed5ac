import type { Mention } from './gazetteer.js';

// "Le Royaume est représenté ...": the noun of a form of state names the one state of that form
// that the text names otherwise (by its name, an adjective or its capital). A text that names
// none, or several ("Spain and Morocco ... the Kingdom"), leaves the noun unresolved, and it
// names no country.
export function resolveRegimes(sentences: Mention[][]): Mention[][] {
  const named = new Set<string>();
  for (const mentions of sentences)
    for (const m of mentions) for (const e of m.entries) if (e.kind === 'country' && e.form !== 'regime') named.add(e.id);
  return sentences.map((mentions) =>
    mentions.flatMap((mention) => {
      if (!mention.entries.some((e) => e.form === 'regime')) return [mention];
      const states = mention.entries.filter((e) => e.form === 'regime' && named.has(e.id));
      const others = mention.entries.filter((e) => e.form !== 'regime');
      const entries = states.length === 1 ? [...others, ...states] : others;
      return entries.length > 0 ? [{ ...mention, entries }] : [];
    }),
  );
}
