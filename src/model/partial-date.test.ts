import { describe, expect, it } from 'vitest';
import { toPartialDate } from './partial-date.js';

describe('toPartialDate', () => {
  it.each([
    ['2025-02-10T09:30:00+01:00', '2025-02-10'],
    ['2025-02-10', '2025-02-10'],
    ['2025-02', '2025-02'],
    ['2025', '2025'],
    ['Tue, 11 Feb 2025 10:00:00 GMT', '2025-02-11'],
    ['2025-13-01', null],
    ['not a date', null],
    ['', null],
    [null, null],
  ])('%s -> %s', (input, expected) => {
    expect(toPartialDate(input)).toBe(expected);
  });
});
