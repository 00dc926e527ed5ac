import type { Kb } from '../query/index.js';
import type { Locale, Translate } from './i18n/index.js';

// What every page is rendered with: the knowledge base, the reader's interface language and the
// URL asked for (filters, paging and export links are built from it). `samples`: whether the
// reader asked to see or to leave out the sample articles (src/web/samples.ts); absent, each
// page's default.
export type View = { kb: Kb; locale: Locale; t: Translate; url: URL; samples?: 'include' | 'exclude' | null };

// The current path with some query parameters changed (null removes one): links for paging,
// sorting, the language switch and exports keep every other filter as it is.
export function linkWith(url: URL, changes: Record<string, string | number | null>): string {
  const next = new URL(url.href);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') next.searchParams.delete(key);
    else next.searchParams.set(key, String(value));
  }
  const query = next.searchParams.toString();
  return `${next.pathname}${query ? `?${query}` : ''}`;
}
