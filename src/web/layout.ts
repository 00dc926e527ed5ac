import { markup, type Html } from './markup.js';
import { localeNames, type Label, type Locale } from './i18n/index.js';
import { searchBox } from './search-box.js';
import type { Feed } from './page.js';
import { linkWith, type View } from './view.js';

const sections: [string, Label][] = [
  ['/', 'navSummits'],
  ['/declarations', 'navDeclarations'],
  ['/compare', 'navCompare'],
  ['/quotes', 'navQuotes'],
  ['/documents', 'navDocuments'],
  ['/add', 'navAdd'],
  ['/sources', 'navSources'],
];

function isCurrent(path: string, section: string): boolean {
  return section === '/' ? path === '/' || path.startsWith('/events') : path === section || path.startsWith(`${section}/`);
}

// The page shell: skip link, header with the sections and the language switch, main, footer.
// `feeds`: <link rel="alternate" type="application/atom+xml"> in the head, for feed readers.
export function layout(view: View, title: string, body: Html, feeds: Feed[] = []): Html {
  const { t, locale, url } = view;
  const nav = sections.map(([path, label]) => {
    const current = isCurrent(url.pathname, path);
    return markup`<li><a href="${path}"${current ? markup` aria-current="page"` : ''}>${t(label)}</a></li>`;
  });
  const langs = (Object.keys(localeNames) as Locale[]).map((code) => {
    const current = code === locale ? markup` aria-current="true"` : '';
    return markup`<li><a href="${linkWith(url, { lang: code })}" hreflang="${code}" lang="${code}"${current}>${localeNames[code]}</a></li>`;
  });
  return markup`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Accord</title>
        <link rel="stylesheet" href="/assets/style.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        ${feeds.map((f) => markup`<link rel="alternate" type="application/atom+xml" title="${f.title}" href="${f.href}" />`)}
      </head>
      <body>
        <a class="skip" href="#main">${t('skip')}</a>
        <header class="site">
          <div class="wrap site-bar">
            <a class="brand" href="/"><span class="brand-name">Accord</span> <span class="brand-tag">${t('tagline')}</span></a>
            <nav class="langs" aria-label="${t('language')}">
              <ul>
                ${langs}
              </ul>
            </nav>
          </div>
          <div class="wrap site-find">${searchBox(view)}</div>
          <nav class="sections wrap" aria-label="${t('sections')}">
            <ul>
              ${nav}
            </ul>
          </nav>
        </header>
        <main id="main" class="wrap" tabindex="-1">${body}</main>
        <footer class="site wrap">
          <p>${t('footer')}</p>
          <p><a href="/api">${t('apiLink')}</a> · <a href="/openapi.json">OpenAPI</a></p>
        </footer>
      </body>
    </html>`;
}
