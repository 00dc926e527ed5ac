import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAccord } from '../run-accord.js';
import { article } from './corpus.js';

// The machine's time zone never changes a stored publication date (issue 11, point 9): the same
// inputs ingested at UTC+14 and at UTC-9 give the same dates, each the calendar day as written.
const work = mkdtempSync(join(tmpdir(), 'accord-zones-'));
const dates: [string, string | null][] = [
  ['2025-02-10T23:30:00-05:00', '2025-02-10'],
  ['2025-02-11T00:30:00+14:00', '2025-02-11'],
  ['Tue, 11 Feb 2025 23:30:00 -0500', '2025-02-11'],
  ['Wed, 12 Feb 2025 00:30:00 GMT', '2025-02-12'],
  ['11 Feb 2025', '2025-02-11'],
  ['2025-02', '2025-02'],
  ['10/11/2025', null],
  ['page 5', null],
];
const feed = join(work, 'feed.jsonl');
writeFileSync(feed, dates.map(([published], i) => JSON.stringify({ text: article(`zone ${i}`), title: `zone ${i}`, published })).join('\n'));

function storedDates(zone: string): (string | null)[] {
  const db = join(work, `${zone.replace(/\W+/g, '-')}.db`);
  const env = { TZ: zone };
  expect(runAccord(['ingest', feed, '--db', db], { env, timeout: 60_000 }).status).toBe(0);
  const docs = JSON.parse(runAccord(['docs', '--json', '--db', db], { env, timeout: 60_000 }).stdout) as { title: string; published: string | null }[];
  return dates.map((_, i) => docs.find((d) => d.title === `zone ${i}`)?.published ?? null);
}

describe('publication dates and time zones', () => {
  it('stores the same dates at UTC+14 and at UTC-9', () => {
    const expected = dates.map(([, date]) => date);
    expect(storedDates('Pacific/Kiritimati')).toEqual(expected);
    expect(storedDates('America/Anchorage')).toEqual(expected);
  });
});
