import type { PageWords } from '../model/index.js';
import { simpleParagraphs, tooComplex } from './html-fallback.js';
import { closeHead } from './html-repair.js';
import { readFullPage, type HtmlArticle } from './html.js';

export type { HtmlArticle };

// A page read in full (Readability, meta tags, figures) when the full reading can take it; else,
// and when a parser throws on it, the simple reading, with a warning that says why. A page with
// no text says what in its markup hides the text, when something does.
export function parseHtml(page: string, words: PageWords): HtmlArticle {
  const markup = closeHead(page);
  const complex = tooComplex(markup);
  if (complex) return simplePage(markup, `${complex}: read as plain text`);
  try {
    const page = readFullPage(markup, words);
    const hidden = page.paragraphs.length === 0 ? whyNoText(markup) : null;
    return hidden ? { ...page, warning: hidden } : page;
  } catch {
    return simplePage(markup, 'the page is malformed HTML that the parser cannot read: read as plain text');
  }
}

function simplePage(markup: string, warning: string): HtmlArticle {
  const none = { title: null, byline: null, published: null, dateWarnings: [], url: null, langHint: null, outlet: null };
  const paragraphs = simpleParagraphs(markup);
  const hidden = paragraphs.length === 0 ? whyNoText(markup) : null;
  return { ...none, paragraphs, figures: [], warning: `${warning}${hidden ? `; ${hidden}` : ''}` };
}

// What browsers too would read as no text: "<!--d<body>…" (all comment), `<p class="x>…` (all
// one attribute), `<script>` or `<title>` never closed (all script, all title), a page of scripts and styles.
function whyNoText(markup: string): string | null {
  if (/<!--(?![\s\S]*-->)/.test(markup)) return 'an HTML comment opened with <!-- never closes, so the rest of the page is a comment';
  const quote = /<[a-zA-Z][\w:-]*\s[^<>]*?=\s*(["'])/g;
  for (let match = quote.exec(markup); match; match = quote.exec(markup)) {
    if (!markup.includes(match[1] as string, match.index + match[0].length))
      return `an attribute's ${match[1]} quote never closes (at character ${match.index}), so the rest of the page is one attribute`;
  }
  const open = /<(script|style|title|textarea)\b/gi;
  for (let match = open.exec(markup); match; match = open.exec(markup)) {
    const name = (match[1] as string).toLowerCase();
    if (!new RegExp(`</${name}\\s*>`, 'i').test(markup.slice(match.index)))
      return `a <${name}> never closes (at character ${match.index}), so the rest of the page is ${name}`;
  }
  if (simpleParagraphs(markup).length === 0) return 'the page has no text outside its head, scripts and styles';
  return null;
}
