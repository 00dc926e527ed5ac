import type { Figure, Format, PageWords, SourceRef } from '../model/index.js';
import { cleanParagraphs } from './clean-text.js';
import { separateFigures } from './figures.js';
import { parseHtml } from './html-page.js';
import { pagePatterns } from './page-words.js';

// One article read from an input: clean body text, figures apart, what the source said of it.
export type Article = {
  source: SourceRef;
  format: Format;
  text: string;
  figures: Figure[];
  title: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  langHint: string | null;
  // the site that published it: from the page, else the host of its URL
  outlet: string | null;
  // written by us (a folder marked as samples, `ingest --sample`, a JSON line's "sample": true)
  sample: boolean;
  // what reading it noticed and the user should know: "3 invalid UTF-8 byte sequences replaced"
  warnings?: string[];
};

// An input that could not become an article, with the reason in one line.
export type Failure = { source: SourceRef; error: string };

export type ArticleMeta = Partial<Pick<Article, 'title' | 'byline' | 'published' | 'url' | 'langHint' | 'outlet' | 'sample' | 'warnings'>>;

export function isFailure(item: Article | Failure): item is Failure {
  return 'error' in item;
}

// Plain text or HTML -> Article. Throws when nothing readable is left.
export function toArticle(content: string, kind: 'text' | 'html', format: Format, source: SourceRef, meta: ArticleMeta, words: PageWords): Article {
  if (content.trim().length === 0) throw new Error('empty: no text at all');
  const page = kind === 'html' ? parseHtml(content, words) : null;
  const paragraphs = page ? page.paragraphs : cleanParagraphs(content);
  const { body: withByline, figures } = separateFigures(paragraphs, words);
  const { body, byline } = takeByline(withByline, pagePatterns(words).bylineLine);
  if (body.length === 0)
    throw new Error(page ? `no article text found in the HTML${page.warning ? ` (${page.warning})` : ''}` : 'empty: no body text once captions are set apart');
  return {
    source,
    format,
    text: body.join('\n\n'),
    figures: page ? mergeFigures(page.figures, figures) : figures,
    title: withoutBidi(meta.title ?? page?.title ?? headline(body)),
    byline: withoutBidi(meta.byline ?? page?.byline ?? byline),
    published: meta.published ?? page?.published ?? null,
    url: meta.url ?? page?.url ?? null,
    langHint: meta.langHint ?? page?.langHint ?? null,
    outlet: withoutBidi(meta.outlet ?? page?.outlet ?? hostOf(meta.url ?? page?.url ?? source.key)),
    sample: meta.sample ?? false,
    ...withWarnings([...(page?.warning ? [page.warning] : []), ...(meta.warnings ?? []), ...(page?.dateWarnings ?? [])]),
  };
}

function withWarnings(warnings: string[]): Pick<Article, 'warnings'> {
  return warnings.length > 0 ? { warnings } : {};
}

// Bidi controls in a title or byline ("\u202e") reverse what follows them wherever it is shown:
// metadata is stored without them (the article's own text keeps what it wrote).
function withoutBidi(value: string | null): string | null {
  return value === null ? null : value.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '') || null;
}

// "https://www.lemonde.fr/..." -> lemonde.fr: who published a page when it does not say.
export function hostOf(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

// "By Jane Doe" alone on a line near the top is the byline, not text (openers from the packs).
function takeByline(paragraphs: string[], bylineLine: RegExp): { body: string[]; byline: string | null } {
  const index = paragraphs.slice(0, 4).findIndex((line) => bylineLine.test(line));
  if (index === -1) return { body: paragraphs, byline: null };
  const byline = bylineLine.exec(paragraphs[index] as string)?.[1] ?? null;
  return { body: paragraphs.filter((_, i) => i !== index), byline };
}

// A plain-text article's first line is its headline when it reads like one: short, no final stop.
function headline(body: string[]): string | null {
  const first = body[0] ?? '';
  return body.length > 1 && first.length <= 200 && !/[.!?:;,]$/.test(first) ? first : null;
}

function mergeFigures(fromMarkup: Figure[], fromText: Figure[]): Figure[] {
  return [...fromMarkup, ...fromText].sort((a, b) => a.paragraph - b.paragraph);
}

// `<` first means markup; anything else is read as plain text.
export function looksLikeHtml(content: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>]|<meta|<!--)/i.test(content);
}
