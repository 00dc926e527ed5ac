import type { PageWords, SourceRef } from '../model/index.js';
import { toArticle, type Article } from './article.js';
import { decodeBytes, forcedEncoding } from './decode.js';

// A page fetched from the web (`accord fetch`, a watched source): its bytes in the charset its
// answer declared (an unknown or UTF-16 label on an 8-bit page is ignored, as browsers do),
// read as HTML or plain text, under its final URL. Throws with the reason when it holds no article.
export type WebPage = { url: string; requested: string; contentType: string; charset: string | null; body: Uint8Array };

export function articleFromWebPage(page: WebPage, words: PageWords, sample = false): Article {
  // Pages and plain text are articles; anything else that was fetched (a feed) lists them.
  if (!/html/.test(page.contentType) && page.contentType !== 'text/plain') throw new Error(`${page.contentType}: a feed, not an article (fetch the feed itself to get its articles)`);
  const kind = /html/.test(page.contentType) ? 'html' : 'text';
  const { text, warning } = decodeBytes(page.body, declaredCharset(page.charset, page.body));
  const source: SourceRef = { key: page.url, label: page.requested };
  const article = toArticle(text, kind, kind, source, { url: page.url, sample }, words);
  return warning ? { ...article, warnings: [...(article.warnings ?? []), warning] } : article;
}

function declaredCharset(charset: string | null, body: Uint8Array): string | null {
  if (!charset) return null;
  try {
    const label = forcedEncoding(charset);
    // A UTF-16 label on bytes with no zero byte in their first kilobyte is a lie.
    return label.startsWith('utf-16') && !body.subarray(0, 1024).includes(0) ? null : label;
  } catch {
    return null;
  }
}
