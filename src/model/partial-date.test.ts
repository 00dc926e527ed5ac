import { afterAll, describe, expect, it } from 'vitest';
import { readPartialDate, toPartialDate } from './partial-date.js';

const dayFirst = ['day', 'month', 'year'];
const monthFirst = ['month', 'day', 'year'];

// [input, figure order, the date, or a piece of the reason it is refused]
const cases: [string, string[], string | RegExp][] = [
  // ISO 8601 at every precision, with and without a time and an offset
  ['2025', [], '2025'],
  ['2025-02', [], '2025-02'],
  ['2025-02-10', [], '2025-02-10'],
  ['  2025-02-10\n', [], '2025-02-10'],
  ['2025-02-10T09:30:00+01:00', [], '2025-02-10'],
  ['2025-02-10T09:30+01:00', [], '2025-02-10'],
  ['2025-02-10T09:30:00.123Z', [], '2025-02-10'],
  ['2025-02-10t09:30:00z', [], '2025-02-10'],
  ['2025-02-10 09:30:00', [], '2025-02-10'],
  ['2025-02-10T09:30:00+0100', [], '2025-02-10'],
  ['2025-02-10T09:30:00+01', [], '2025-02-10'],
  ['20250210', [], '2025-02-10'],
  ['20250210T093000Z', [], '2025-02-10'],
  // the calendar date as written, in its own offset, never moved to UTC or the machine's zone
  ['2025-02-10T23:30:00-05:00', [], '2025-02-10'],
  ['2025-02-11T00:30:00+14:00', [], '2025-02-11'],
  ['2024-05-21T08:00:00+09:00', [], '2024-05-21'],
  ['2025-02-10T23:59:59-12:00', [], '2025-02-10'],
  // RFC 2822, as feeds write it
  ['Tue, 11 Feb 2025 10:00:00 GMT', [], '2025-02-11'],
  ['Tue, 11 Feb 2025 23:30:00 -0500', [], '2025-02-11'],
  ['Wed, 12 Feb 2025 00:30:00 +1400', [], '2025-02-12'],
  ['11 Feb 2025 10:00 +0100', [], '2025-02-11'],
  ['1 Nov 2023', [], '2023-11-01'],
  ['tue, 11 feb 2025', [], '2025-02-11'],
  ['Wed, 11 Feb 2025 10:00:00 GMT', [], /2025-02-11 is no Wed/],
  ['Tue, 11 Fbr 2025', [], /not a date/],
  ['Tue, 11 Feb 25 10:00:00 GMT', [], /not a date/],
  ['Sat, 29 Feb 2025 10:00:00 GMT', [], /no day 29/],
  // year first with slashes; figures in the pack's order, or the one order that makes a date
  ['2025/02/11', [], '2025-02-11'],
  ['11/2/2025', dayFirst, '2025-02-11'],
  ['11.02.2025', dayFirst, '2025-02-11'],
  ['2/11/2025', monthFirst, '2025-02-11'],
  ['10/11/2025', [], /ambiguous: 2025-11-10 or 2025-10-11/],
  ['10-11-2025', [], /ambiguous/],
  ['25/12/2025', [], '2025-12-25'],
  ['12/25/2025', [], '2025-12-25'],
  ['5/5/2025', [], '2025-05-05'],
  ['12/25/2025', dayFirst, /no month 25/],
  ['13/13/2025', [], /no month 13/],
  ['11/2-2025', [], /not a date/],
  // junk
  ['-1', [], /not a date/],
  ['0', [], /not a date/],
  ['page 5', [], /not a date/],
  ['x 2025', [], /not a date/],
  ['2025 x', [], /not a date/],
  ['Published 2025-02-11', [], /not a date/],
  ['yesterday', [], /not a date/],
  ['1739260800', [], /not a date/],
  ['25', [], /not a date/],
  ['', [], /empty/],
  ['   ', [], /empty/],
  // dates that are not on the calendar
  ['2025-02-31', [], /2025-02 has no day 31/],
  ['2025-02-29', [], /no day 29/],
  ['2024-02-29', [], '2024-02-29'],
  ['1900-02-29', [], /no day 29/],
  ['2000-02-29', [], '2000-02-29'],
  ['2025-04-31', [], /no day 31/],
  ['2025-13', [], /no month 13/],
  ['2025-13-01', [], /no month 13/],
  ['2025-00-10', [], /no month 00/],
  ['2025-01-00', [], /no day 00/],
  ['2025-02-10T25:00:00Z', [], /no hour 25/],
  ['2025-02-10T10:61:00Z', [], /no minute 61/],
  ['2025-02-10T10:00:00+15:00', [], /offset \+15:00/],
  ['0001-01-01', [], /year 0001 is outside/],
  ['9999-12-31T23:59:59Z', [], /year 9999 is outside/],
];

describe('readPartialDate', () => {
  it.each(cases)('%s (order %j) -> %s', (input, order, expected) => {
    const reading = readPartialDate(input, order);
    if (typeof expected === 'string') expect(reading).toEqual({ date: expected });
    else expect('refused' in reading ? reading.refused : reading.date).toMatch(expected);
  });

  // The machine's zone never moves a date: the same stored date at UTC+14 and at UTC-9.
  const zone = process.env.TZ;
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  it.each(['Pacific/Kiritimati', 'America/Anchorage', 'UTC'])('reads every case alike with TZ=%s', (tz) => {
    process.env.TZ = tz;
    expect(new Date(2025, 1, 11).getTimezoneOffset()).toBe({ 'Pacific/Kiritimati': -840, 'America/Anchorage': 540, UTC: 0 }[tz]);
    for (const [input, order, expected] of cases) {
      if (typeof expected === 'string') expect([input, toPartialDate(input, order)]).toEqual([input, expected]);
    }
  });

  it('keeps null and undefined as no date', () => {
    expect([toPartialDate(null), toPartialDate(undefined)]).toEqual([null, null]);
  });
});
