import type { PageResult } from '../page.js';
import type { View } from '../view.js';
import { gazetteerEntries, indexPage } from './entity-index.js';

// /organizations: the organisations of the gazetteers, by their names in the reader's language.
export async function organizationsPage(view: View): Promise<PageResult> {
  return indexPage(
    view,
    'groupOrganizations',
    'organizationsIntro',
    gazetteerEntries(view, 'organization', () => null),
  );
}
