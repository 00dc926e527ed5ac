import type { PageResult } from '../page.js';
import type { View } from '../view.js';
import { gazetteerEntries, indexPage } from './entity-index.js';

// /countries: every country and territory, with its ISO code; each page tells where it stands.
export async function countriesPage(view: View): Promise<PageResult> {
  return indexPage(
    view,
    'groupCountries',
    'countriesIntro',
    gazetteerEntries(view, 'country', (e) => e.key),
  );
}
