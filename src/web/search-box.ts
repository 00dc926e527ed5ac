import { markup, type Html } from './markup.js';
import type { View } from './view.js';

// The one search box of every page (the header's, and the 404 page's): it asks
// /search, which finds countries, people, organisations, events, declarations, articles and
// quotes by any name. `id` tells two boxes on one page apart.
export function searchBox(view: View, id = 'site-q'): Html {
  const { t, url } = view;
  const q = url.pathname === '/search' ? (url.searchParams.get('q') ?? '') : '';
  return markup`<form class="site-search" method="get" action="/search" role="search">
    <label for="${id}" class="visually-hidden">${t('searchLabel')}</label>
    <input id="${id}" name="q" type="search" value="${q}" placeholder="${t('searchPlaceholder')}" autocomplete="off" />
    <button type="submit">${t('find')}</button>
  </form>`;
}

// Where the indexes are: countries, people, organisations, declarations.
export function browseLinks(view: View): Html {
  const { t } = view;
  const links: [string, Parameters<View['t']>[0]][] = [
    ['/countries', 'groupCountries'],
    ['/people', 'groupPeople'],
    ['/organizations', 'groupOrganizations'],
    ['/declarations', 'groupDeclarations'],
  ];
  return markup`<nav class="browse" aria-label="${t('browse')}">
    <span class="note">${t('browse')}</span>
    <ul>
      ${links.map(([href, label]) => markup`<li><a href="${href}">${t(label)}</a></li>`)}
    </ul>
  </nav>`;
}
