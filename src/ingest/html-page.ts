import type { PageWords } from '../model/index.js';
import { simpleParagraphs, tooComplex } from './html-fallback.js';
import { readFullPage, type HtmlArticle } from './html.js';

export type { HtmlArticle };

// A page read in full (Readability, meta tags, figures) when the full reading can take it; else,
// and when a parser throws on it, the simple reading, with a warning that says why.
export function parseHtml(markup: string, words: PageWords): HtmlArticle {
  const complex = tooComplex(markup);
  if (complex) return simplePage(markup, `${complex}: read as plain text`);
  try {
    return readFullPage(markup, words);
  } catch {
    return simplePage(markup, 'the page is malformed HTML that the parser cannot read: read as plain text');
  }
}

function simplePage(markup: string, warning: string): HtmlArticle {
  const none = { title: null, byline: null, published: null, dateWarnings: [], url: null, langHint: null, outlet: null };
  // "<!--d<body>…": browsers too read everything after an unclosed comment as the comment.
  const unclosed = /<!--(?![\s\S]*-->)/.test(markup) ? '; an HTML comment opened with <!-- never closes, so the rest of the page is a comment' : '';
  return { ...none, paragraphs: simpleParagraphs(markup), figures: [], warning: `${warning}${unclosed}` };
}
