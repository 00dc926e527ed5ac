import type { Page } from './export.js';
import { markup, type Html } from './markup.js';
import { linkWith, type View } from './view.js';

// A request the page cannot answer as asked: shown as a page with this status and message.
export class WebError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413,
    message: string,
  ) {
    super(message);
  }
}

export const maxLimit = 500;

// ?offset=&limit= (50 rows by default, at most 500): a bad value is refused by name, never guessed.
export function readPaging(url: URL, defaultLimit = 50, largest = maxLimit): { offset: number; limit: number } {
  const read = (name: string, fallback: number, min: number, max: number): number => {
    const raw = url.searchParams.get(name);
    if (raw === null || raw === '') return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) throw new WebError(400, `${name}=${raw}: expected a whole number from ${min} to ${max}`);
    return value;
  };
  return { offset: read('offset', 0, 0, Number.MAX_SAFE_INTEGER), limit: read('limit', defaultLimit, 1, largest) };
}

// Rows 51–100 of 412 · Previous · Next (the total only when it is known without a full scan).
export function pager(view: View, page: Page, shown: number): Html {
  const { t } = view;
  if (shown === 0 && page.offset === 0) return markup``;
  const from = shown === 0 ? 0 : page.offset + 1;
  const to = page.offset + shown;
  const label = page.total === null ? t('rows', { from, to }) : t('rowsOf', { from, to, total: page.total });
  const previous = page.offset > 0 ? linkWith(view.url, { offset: Math.max(0, page.offset - page.limit) || null }) : null;
  const next = page.hasMore ? linkWith(view.url, { offset: page.offset + page.limit }) : null;
  return markup`<nav class="pager" aria-label="${t('pages')}">
    <span class="pager-rows">${label}</span>
    ${previous ? markup`<a href="${previous}" rel="prev">← ${t('previous')}</a>` : ''} ${next ? markup`<a href="${next}" rel="next">${t('next')} →</a>` : ''}
  </nav>`;
}
