// Partial ISO dates: `2025`, `2025-02`, `2025-02-10`. Sources give every precision; a date is
// kept at the precision it has, never completed (`2025` stays a year, not 1 January).
//
// Only real date formats are read: ISO 8601 (`2025-02-11`, `2025-02-11T23:30:00-05:00`,
// `20250211`), RFC 2822 as feeds write it (`Tue, 11 Feb 2025 23:30:00 -0500`), a year-first date
// with slashes (`2025/02/11`) and a date in figures (`11/02/2025`) in a known order, or when
// only one order makes a date of it. Everything else is refused with the reason (`page 5`, `-1`,
// `2025-02-31`): a wrong date is worse than none.
//
// Time zones: a date-time keeps the calendar date it was written in, in its own offset
// (`2025-02-11T23:30:00-05:00` is 2025-02-11, the day the publisher printed, though it was
// already the 12th in UTC). Nothing is converted, so the machine's zone never matters.

export type DateReading = { date: string } | { refused: string };
// The order of a date in figures, from a language pack (`[day, month, year]`); empty when the
// language writes both orders.
export type FigureOrder = readonly string[];

const isoDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?[ ]?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const isoBasic = /^(\d{4})(\d{2})(\d{2})(?:[Tt](\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?([Zz]|[+-]\d{2}(?:\d{2})?)?)?$/;
const yearFirst = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const figures = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
// RFC 2822 section 3.3; its two-digit years (obsolete) are refused as ambiguous.
const rfc2822 =
  /^(?:([A-Za-z]{3}),?[ \t]+)?(\d{1,2})[ \t]+([A-Za-z]{3})[ \t]+(\d{4})(?:[ \t]+(\d{2}):(\d{2})(?::(\d{2}))?(?:[ \t]+([+-]\d{4}|[A-Za-z]{1,5}))?)?$/;
// The month and weekday tokens of RFC 2822's syntax (like its GMT), not words of a language.
const rfcMonths = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const rfcWeekdays = 'sun mon tue wed thu fri sat'.split(' ');
const notADate = 'not a date in a known format (ISO 8601 such as 2025-02-11, or RFC 2822 such as Tue, 11 Feb 2025)';

// Years a news article can carry; `0001-01-01` and `9999-12-31` are a CMS's placeholders.
export const yearRange = { first: 1900, last: 2100 } as const;

export function readPartialDate(value: string, order: FigureOrder = []): DateReading {
  const raw = value.trim();
  if (!raw) return { refused: 'empty' };
  const iso = isoDate.exec(raw) ?? isoDateTime.exec(raw) ?? isoBasic.exec(raw);
  if (iso) return checkTime(iso.slice(4), () => partialDate(iso[1], iso[2], iso[3]));
  const slashes = yearFirst.exec(raw);
  if (slashes) return partialDate(slashes[1], slashes[2], slashes[3]);
  const numeric = figures.exec(raw);
  if (numeric) return readFigures(numeric[1] as string, numeric[3] as string, numeric[4] as string, order);
  const rfc = rfc2822.exec(raw);
  if (rfc) return checkTime(rfc.slice(5, 9), () => readRfc2822(rfc));
  return { refused: notADate };
}

// The date, or null for anything refused; for callers that need no reason.
export function toPartialDate(value: string | null | undefined, order: FigureOrder = []): string | null {
  if (value === null || value === undefined) return null;
  const reading = readPartialDate(value, order);
  return 'date' in reading ? reading.date : null;
}

// Year, month, day as written -> a partial date that exists on the calendar: no month 13, no
// 31 February, 29 February only in a leap year.
export function partialDate(year: string | undefined, month?: string, day?: string): DateReading {
  const y = Number(year);
  if (!year || !/^\d{4}$/.test(year)) return { refused: notADate };
  if (y < yearRange.first || y > yearRange.last) return { refused: `year ${year} is outside ${yearRange.first}-${yearRange.last}` };
  if (month === undefined) return { date: year };
  const m = Number(month);
  if (!/^\d{1,2}$/.test(month) || m < 1 || m > 12) return { refused: `there is no month ${month}` };
  const mm = String(m).padStart(2, '0');
  if (day === undefined) return { date: `${year}-${mm}` };
  const d = Number(day);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (!/^\d{1,2}$/.test(day) || d < 1 || d > days) return { refused: `${year}-${mm} has no day ${day}` };
  return { date: `${year}-${mm}-${String(d).padStart(2, '0')}` };
}

// "11/02/2025" in the pack's order; with no order, only when one reading alone is a date.
function readFigures(first: string, second: string, year: string, order: FigureOrder): DateReading {
  if (order.length === 3) {
    const parts: Record<string, string> = {};
    order.forEach((part, index) => (parts[part] = [first, second, year][index] as string));
    return parts.year === year && parts.month && parts.day ? partialDate(parts.year, parts.month, parts.day) : { refused: notADate };
  }
  const [a, b] = [Number(first), Number(second)];
  if (a === b || a > 12 || b > 12) return a > 12 ? partialDate(year, second, first) : partialDate(year, first, second);
  const [dayFirst, monthFirst] = [partialDate(year, second, first), partialDate(year, first, second)];
  const both = [dayFirst, monthFirst].map((r) => ('date' in r ? r.date : '')).join(' or ');
  return { refused: `ambiguous: ${both} (day and month both 12 or less, and the language writes both orders)` };
}

function readRfc2822(match: RegExpExecArray): DateReading {
  const [weekday, day, monthName, year] = [match[1], match[2], match[3] ?? '', match[4]];
  const month = rfcMonths.indexOf(monthName.toLowerCase()) + 1;
  if (month === 0) return { refused: notADate };
  const reading = partialDate(year, String(month), day);
  if (!('date' in reading) || !weekday) return reading;
  const index = rfcWeekdays.indexOf(weekday.toLowerCase());
  const actual = new Date(`${reading.date}T00:00:00Z`).getUTCDay();
  if (index === -1) return { refused: notADate };
  return index === actual ? reading : { refused: `${reading.date} is no ${weekday} (the weekday contradicts the date)` };
}

// A date-time's clock and offset must be real too: "2025-02-11T25:00" is junk.
function checkTime(parts: (string | undefined)[], read: () => DateReading): DateReading {
  const [hour, minute, second, zone] = parts;
  if (hour !== undefined && Number(hour) > 23) return { refused: `there is no hour ${hour}` };
  if (minute !== undefined && Number(minute) > 59) return { refused: `there is no minute ${minute}` };
  if (second !== undefined && Number(second) > 60) return { refused: `there is no second ${second}` };
  const offset = zone ? /^[+-](\d{2}):?(\d{2})?$/.exec(zone) : null;
  if (offset && (Number(offset[1]) > 14 || Number(offset[2] ?? 0) > 59)) return { refused: `there is no time zone offset ${zone}` };
  return read();
}
