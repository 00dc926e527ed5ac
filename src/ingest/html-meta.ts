import type { parseHTML } from 'linkedom';
import { cleanLine } from './clean-text.js';
import { firstPublished } from './published.js';

type HtmlDocument = ReturnType<typeof parseHTML>['document'];

// `dateWarnings`: the page's date fields that were refused (src/ingest/published.ts).
export type PageMeta = {
  title: string | null;
  byline: string | null;
  published: string | null;
  dateWarnings: string[];
  url: string | null;
  langHint: string | null;
  outlet: string | null;
};

// Where pages declare their publication date, in the order publishers fill them most reliably.
const dateFields = ['article:published_time', 'pubdate', 'publishdate', 'date', 'DC.date.issued', 'datePublished'];

// What news pages declare about themselves, in the order publishers fill them most reliably.
export function readPageMeta(document: HtmlDocument): PageMeta {
  const meta = (selectors: string[]): string | null => {
    for (const selector of selectors) {
      const value = document.querySelector(selector)?.getAttribute('content');
      if (value && value.trim()) return cleanLine(value);
    }
    return null;
  };
  const title = meta(['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? (cleanLine(document.querySelector('title')?.textContent ?? '') || null);
  const author = meta(['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]']);
  const published = firstPublished([
    ...dateFields.map((field): [string, string | null] => [`the page's meta ${field}`, metaDate(document, field)]),
    ['the datetime of its first <time>', document.querySelector('time[datetime]')?.getAttribute('datetime')],
    ['its JSON-LD datePublished', jsonLdField(document, 'datePublished')],
  ]);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(['meta[property="og:url"]']);
  const langHint =
    document.documentElement?.getAttribute('lang') ?? meta(['meta[http-equiv="content-language"]', 'meta[property="og:locale"]', 'meta[name="language"]']);
  const outlet = meta(['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]']) ?? jsonLdPublisher(document);
  return {
    title,
    outlet,
    byline: author && !/^https?:/.test(author) ? author : null,
    published: published.published,
    dateWarnings: published.warnings,
    url: url?.trim() || null,
    langHint: langHint?.trim() || null,
  };
}

// <meta property="article:published_time" content="…">, or name= or itemprop= for the others.
function metaDate(document: HtmlDocument, field: string): string | null {
  const found = ['property', 'name', 'itemprop']
    .map((attribute) => document.querySelector(`meta[${attribute}="${field}"]`)?.getAttribute('content'))
    .find((v) => v && v.trim());
  return found ? cleanLine(found) : null;
}

// <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-02-11"}</script>
function jsonLdField(document: HtmlDocument, field: string): string | null {
  return jsonLd(document, (value) => findField(value, field));
}

// "publisher": {"@type": "Organization", "name": "Le Quotidien"} (or the name alone).
function jsonLdPublisher(document: HtmlDocument): string | null {
  const name = jsonLd(document, (value) => findValue(value, 'publisher', (found) => (typeof found === 'string' ? found : findField(found, 'name'))));
  return name ? cleanLine(name) || null : null;
}

function jsonLd(document: HtmlDocument, pick: (value: unknown) => string | null): string | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]')) as { textContent: string | null }[]) {
    try {
      const found = pick(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      continue;
    }
  }
  return null;
}

function findField(value: unknown, field: string): string | null {
  return findValue(value, field, (found) => (typeof found === 'string' ? found : null));
}

// The first `field` in a JSON-LD value (through arrays and @graph) that `read` makes a string of.
function findValue(value: unknown, field: string, read: (found: unknown) => string | null): string | null {
  if (Array.isArray(value)) return value.map((item) => findValue(item, field, read)).find(Boolean) ?? null;
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  const found = record[field] !== undefined ? read(record[field]) : null;
  return found ?? findValue(record['@graph'], field, read);
}
