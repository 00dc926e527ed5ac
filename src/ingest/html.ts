import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { createRequire } from 'node:module';
import type { Figure, PageWords } from '../model/index.js';
import { cleanLine } from './clean-text.js';
import { splitCredit } from './figures.js';
import { pagePatterns } from './page-words.js';
import { readPageMeta, type PageMeta } from './html-meta.js';

// `warning`: the page was read the simple way (src/ingest/html-fallback.ts), and why.
export type HtmlArticle = PageMeta & { paragraphs: string[]; figures: Figure[]; warning?: string };

// linkedom takes most of a second to load: required on first use, so that commands which read
// no HTML (`docs`, `signatories`, the server's pages) never load it.
const load = createRequire(import.meta.url);
function parseHTML(html: string): ReturnType<typeof ParseHtml> {
  return (load('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML(html);
}

type Element = ReturnType<typeof ParseHtml>['document']['body'];
type Node = Element['childNodes'][number];

const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'IFRAME', 'NAV', 'ASIDE', 'FOOTER', 'SELECT']);
const blocks = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'HR',
  'BR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
]);

// The page's main text through Readability, then split into paragraphs at block elements;
// <figure> and lone <img> become figures. Meta tags are read before Readability rewrites the page.
export function readFullPage(markup: string, words: PageWords): HtmlArticle {
  // A fragment (`<p>...</p>`, as JSON Lines datasets carry) gets the page around it.
  const html = /<html[\s>]|<body[\s>]/i.test(markup) ? markup : `<!doctype html><html><body>${markup}</body></html>`;
  const { document } = parseHTML(html);
  const meta = readPageMeta(document);
  removeFurniture(document.body);
  const article = new (load('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability(document as unknown as ConstructorParameters<typeof ReadabilityClass>[0], { charThreshold: 200 }).parse();
  const { credit, bylinePrefix } = pagePatterns(words);
  const content = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body : null;
  let walker = walkBlocks(content, credit);
  // Readability gives up on fragments and very short pages: then the whole body is the article.
  if (walker.paragraphs.length === 0) {
    const page = parseHTML(html).document;
    removeFurniture(page.body);
    walker = walkBlocks(page.body, credit);
  }
  const title = meta.title ?? nonEmpty(article?.title);
  const byline = meta.byline ?? nonEmpty(article?.byline);
  const paragraphs = walker.paragraphs.filter((line) => !isTitleOrByline(line, title, byline, bylinePrefix));
  return { ...meta, title, byline, paragraphs, figures: walker.figures };
}

// Readability knows sidebars and footers; these banners it keeps on small pages. Only small
// elements go: a class like "article shareable" on the story's own container must not.
const furniture = /cookie|consent|gdpr|newsletter|subscribe|paywall|share|social|promo|related|advert/i;

function removeFurniture(body: Element | null): void {
  if (!body) return;
  for (const element of Array.from(body.querySelectorAll('[class],[id]')) as Element[]) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (furniture.test(names) && (element.textContent ?? '').length < 500) element.remove();
  }
}

// The headline repeated as <h1>, or "By Priya Raman" / "Par Jean Dupont" standing alone.
function isTitleOrByline(line: string, title: string | null, byline: string | null, prefix: RegExp): boolean {
  if (title && line === title) return true;
  if (!byline) return false;
  return line === byline || line.replace(prefix, '') === byline;
}

function walkBlocks(root: Element | null, credit: RegExp): BlockWalker {
  const walker = new BlockWalker(credit);
  if (root) walker.walk(root as Node);
  walker.flush();
  return walker;
}

// Accumulates inline text until a block boundary; the state of one walk over one page.
class BlockWalker {
  paragraphs: string[] = [];
  figures: Figure[] = [];
  private buffer = '';

  constructor(private readonly credit: RegExp) {}

  walk(node: Node): void {
    if (node.nodeType === 3) {
      this.buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (skipped.has(tag)) return;
    if (tag === 'FIGURE' || tag === 'IMG' || tag === 'PICTURE') return this.addFigure(element, tag);
    const isBlock = blocks.has(tag);
    if (isBlock) this.flush();
    for (const child of Array.from(element.childNodes)) this.walk(child as Node);
    if (isBlock) this.flush();
  }

  flush(): void {
    const line = cleanLine(this.buffer);
    if (line) this.paragraphs.push(line);
    this.buffer = '';
  }

  private addFigure(element: Element, tag: string): void {
    this.flush();
    const img = tag === 'IMG' ? element : element.querySelector('img');
    const source = img?.getAttribute('src') || img?.getAttribute('data-src') || null;
    const captionText = cleanLine(element.querySelector('figcaption')?.textContent ?? '');
    const { caption, credit } = captionText ? splitCredit(captionText, this.credit) : { caption: null, credit: null };
    if (!source && !caption) return;
    this.figures.push({ file: source ? fileName(source) : null, caption, credit, paragraph: this.paragraphs.length });
  }
}

function fileName(source: string): string | null {
  const path = source.split(/[?#]/)[0] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!name || name.startsWith('data:')) return null;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value ? cleanLine(value) : '';
  return trimmed || null;
}
