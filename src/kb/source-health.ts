// What a followed source's fetch log says of it: the one place that decides when a source is
// failing or has gone silent (the CLI, the API and the Sources page all show this).

// A source is failing after this many errors in a row.
export const failingAfter = 3;
// Silent: no new item for three of its usual gaps, and never less than two days.
const silentGaps = 3;
const silentAtLeastMs = 2 * 24 * 3600 * 1000;
const weekMs = 7 * 24 * 3600 * 1000;

// The figures the store keeps (see src/store/sources.ts), as this judgement reads them.
export type HealthFigures = {
  lastFetch: { at: string; result: 'ok' | 'unchanged' | 'error'; error: string | null } | null;
  errorsInRow: number;
  // new items in the fetches of the last 7 days
  newItemsSince: number;
  firstNewAt: string | null;
  lastNewAt: string | null;
  fetchesWithNew: number;
};

export type SourceHealth = {
  lastFetchAt: string | null;
  lastResult: 'ok' | 'unchanged' | 'error' | null;
  lastError: string | null;
  // new items a day, over the last 7 days
  itemsPerDay: number;
  errorsInRow: number;
  lastNewAt: string | null;
  failing: boolean;
  silent: boolean;
};

// The start of the week `itemsPerDay` counts, for the store's `sourceFigures(since)`.
export function healthSince(now: Date): string {
  return new Date(now.getTime() - weekMs).toISOString();
}

// `everySeconds`: how often the source is polled, its usual gap while it has brought new items
// only once. A source that is failing is not also called silent: the errors are the news.
export function judgeSource(figures: HealthFigures, everySeconds: number, now: Date): SourceHealth {
  const failing = figures.errorsInRow >= failingAfter;
  return {
    lastFetchAt: figures.lastFetch?.at ?? null,
    lastResult: figures.lastFetch?.result ?? null,
    lastError: figures.lastFetch?.result === 'error' ? figures.lastFetch.error : null,
    itemsPerDay: Math.round((figures.newItemsSince / 7) * 10) / 10,
    errorsInRow: figures.errorsInRow,
    lastNewAt: figures.lastNewAt,
    failing,
    silent: !failing && isSilent(figures, everySeconds, now),
  };
}

function isSilent(f: HealthFigures, everySeconds: number, now: Date): boolean {
  if (f.lastNewAt === null || f.firstNewAt === null) return false;
  const last = Date.parse(f.lastNewAt);
  const usualGap = f.fetchesWithNew >= 2 ? (last - Date.parse(f.firstNewAt)) / (f.fetchesWithNew - 1) : everySeconds * 1000;
  return now.getTime() - last > Math.max(silentGaps * usualGap, silentAtLeastMs);
}
