import type * as Feedsmith from 'feedsmith';
import type * as Linkedom from 'linkedom';
import { createRequire } from 'node:module';

// What a watched source lists: RSS, Atom, RDF and JSON Feed (read by feedsmith) and news
// sitemaps (<urlset> with <news:publication_date>). Each item is an article to fetch, its
// link made absolute against the feed's own URL.
export type FeedItem = { url: string; title: string | null; published: string | null };
export type Feed = { kind: string; title: string | null; items: FeedItem[] };

// An answer's content type that lists articles rather than being one.
export function isFeedType(contentType: string): boolean {
  return /rss|atom|feed|xml|json/.test(contentType) && !/html/.test(contentType);
}

// feedsmith and linkedom take a tenth of a second each to load: required on the first feed, so
// that commands which read none (`entity`, `signatories`, `ingest` of files) never load them.
const load = createRequire(import.meta.url);
type ParseFeed = typeof Feedsmith.parseFeed;
const parseFeed: ParseFeed = (text) => (load('feedsmith') as typeof Feedsmith).parseFeed(text);

export function parseFeedText(text: string, feedUrl: string): Feed {
  const trimmed = text.trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:urlset|sitemapindex)\b/.test(trimmed)) return parseSitemap(trimmed, feedUrl);
  let parsed: ReturnType<ParseFeed>;
  try {
    parsed = parseFeed(trimmed);
  } catch (error) {
    throw new Error(`not a feed Accord reads (RSS, Atom, JSON Feed or a sitemap): ${(error as Error).message}`);
  }
  const items = itemsOf(parsed).flatMap((item) => {
    const url = absolute(item.link, feedUrl);
    return url ? [{ url, title: item.title?.trim() || null, published: item.published?.trim() || null }] : [];
  });
  return { kind: parsed.format, title: titleOf(parsed), items };
}

type RawItem = { link: string | undefined; title: string | undefined; published: string | undefined };

// Each format names the same three things differently.
function itemsOf(parsed: ReturnType<ParseFeed>): RawItem[] {
  switch (parsed.format) {
    case 'rss':
    case 'rdf':
      return (parsed.feed.items ?? []).map((i) => ({ link: i.link, title: i.title, published: 'pubDate' in i ? String(i.pubDate ?? '') : undefined }));
    case 'atom':
      return (parsed.feed.entries ?? []).map((e) => ({
        link: (e.links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href,
        title: e.title?.value ?? undefined,
        published: String(e.published ?? e.updated ?? ''),
      }));
    case 'json':
      return (parsed.feed.items ?? []).map((i) => ({ link: i.url ?? i.external_url, title: i.title, published: String(i.date_published ?? '') }));
    default:
      return [];
  }
}

function titleOf(parsed: ReturnType<ParseFeed>): string | null {
  const title: unknown = parsed.format === 'atom' ? parsed.feed.title?.value : (parsed.feed as { title?: unknown }).title;
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : null;
}

function parseSitemap(text: string, feedUrl: string): Feed {
  const document = new (load('linkedom') as typeof Linkedom).DOMParser().parseFromString(text, 'text/xml');
  const urls = [...document.querySelectorAll('url')].flatMap((node) => {
    const url = absolute(node.querySelector('loc')?.textContent?.trim(), feedUrl);
    const published = [...node.querySelectorAll('*')].find((n) => /(^|:)publication_date$/.test(n.tagName.toLowerCase()))?.textContent?.trim() || null;
    const title = [...node.querySelectorAll('*')].find((n) => /(^|:)title$/.test(n.tagName.toLowerCase()))?.textContent?.trim() || null;
    return url ? [{ url, title, published }] : [];
  });
  if (urls.length === 0 && !/<urlset\b/.test(text)) throw new Error('a sitemap index: give one of the sitemaps it lists');
  return { kind: 'sitemap', title: null, items: urls };
}

function absolute(link: string | undefined | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
