import { peopleFromArticles } from '../../query/index.js';
import type { PageResult } from '../page.js';
import type { View } from '../view.js';
import { gazetteerEntries, indexPage, type IndexEntry } from './entity-index.js';

// /people: the persons of the gazetteers, then those only stored articles name (by their full
// name: a name of one word, "Hà" for "Lê Thu Hà", is no entry of its own).
export async function peoplePage(view: View): Promise<PageResult> {
  const { t } = view;
  const known = gazetteerEntries(view, 'person', () => null);
  const named: IndexEntry[] = (await peopleFromArticles(view.kb)).map((p) => ({ id: p.id, name: p.name, detail: t('knownFromArticles') }));
  return indexPage(view, 'groupPeople', 'peopleIntro', [...known, ...named]);
}
