import { describe, expect, it } from 'vitest';
import { judgeSource, type HealthFigures } from './source-health.js';

const now = new Date('2026-03-20T12:00:00Z');
const daysAgo = (days: number): string => new Date(now.getTime() - days * 24 * 3600 * 1000).toISOString();
const base: HealthFigures = { lastFetch: { at: daysAgo(0), result: 'ok', error: null }, errorsInRow: 0, newItemsSince: 14, firstNewAt: daysAgo(10), lastNewAt: daysAgo(0.5), fetchesWithNew: 11 };

describe('judgeSource', () => {
  const rows: [string, Partial<HealthFigures>, number, { failing: boolean; silent: boolean; itemsPerDay?: number }][] = [
    ['a source publishing every day', {}, 1800, { failing: false, silent: false, itemsPerDay: 2 }],
    ['two errors in a row', { errorsInRow: 2 }, 1800, { failing: false, silent: false }],
    ['three errors in a row', { errorsInRow: 3, lastFetch: { at: daysAgo(0), result: 'error', error: 'HTTP 500' } }, 1800, { failing: true, silent: false }],
    // daily items, none for 3.5 days: three gaps and more than two days
    ['daily items, none for 3.5 days', { lastNewAt: daysAgo(3.5), firstNewAt: daysAgo(13.5) }, 1800, { failing: false, silent: true }],
    // hourly items stopping for a day: three gaps, but under two days
    ['hourly items, none for a day', { lastNewAt: daysAgo(1), firstNewAt: daysAgo(1.4), fetchesWithNew: 10 }, 1800, { failing: false, silent: false }],
    ['weekly items, none for 10 days', { lastNewAt: daysAgo(10), firstNewAt: daysAgo(38), fetchesWithNew: 5 }, 1800, { failing: false, silent: false }],
    ['never had an item', { lastNewAt: null, firstNewAt: null, fetchesWithNew: 0, newItemsSince: 0 }, 1800, { failing: false, silent: false, itemsPerDay: 0 }],
    ['one item, polled daily, none for 4 days', { lastNewAt: daysAgo(4), firstNewAt: daysAgo(4), fetchesWithNew: 1 }, 86_400, { failing: false, silent: true }],
  ];
  it.each(rows)('%s', (_, change, every, expected) => {
    expect(judgeSource({ ...base, ...change }, every, now)).toMatchObject(expected);
  });
});
