import { entityId, nameKey } from '../model/index.js';
import type { Kb } from './kb.js';

export type ArticlePerson = { id: string; key: string; name: string; statements: number };

// How many person statements the index reads at most: a bound, so the page stays fast on a
// large store (the most named come first among those read).
const read = 20_000;

// People named in stored articles whom the gazetteers do not know, by the id `entityViews`
// opens them with (`person:vu-thanh-tam`), the most often named first. A name that resolves to
// a gazetteer person is that person, not another entry.
export async function peopleFromArticles(kb: Kb): Promise<ArticlePerson[]> {
  if (!kb.store) return [];
  const people = new Map<string, ArticlePerson>();
  for (const s of await kb.store.listStatementsByKind(['person'], read)) {
    const key = nameKey(s.subject);
    if (!key.includes(' ') || kb.resolver.resolve(s.subject, 'person').length > 0) continue;
    const slug = key.replace(/[^\p{L}\p{N}]+/gu, '-');
    const known = people.get(slug) ?? { id: entityId('person', slug), key: slug, name: s.subject, statements: 0 };
    known.statements += 1;
    people.set(slug, known);
  }
  return [...people.values()].sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
}
