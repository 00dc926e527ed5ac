import { intlTags as intlTag, type Locale } from './i18n/index.js';

// Intl formatters cost far more to make than to use: one per locale and kind, made once.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(locale: Locale, withDay: boolean): Intl.DateTimeFormat {
  const key = `date ${locale} ${withDay}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    const options: Intl.DateTimeFormatOptions = withDay ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
    format = new Intl.DateTimeFormat(intlTag[locale], { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

// Partial ISO dates at their own precision: "2025" -> 2025, "2025-02" -> February 2025,
// "2025-02-10" -> 10 February 2025 (10 février 2025, 10 tháng 2, 2025).
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (!month) return year as string;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  return dateFormat(locale, Boolean(day)).format(date);
}

// A start and an end date as one range, at the precision both share: "10–11 February 2025",
// "10–11 février 2025"; dates of other precisions are written out side by side.
export function formatRange(start: string | null | undefined, end: string | null | undefined, locale: Locale): string {
  if (!start) return formatDate(end, locale);
  if (!end || end === start) return formatDate(start, locale);
  const full = /^\d{4}-\d{2}-\d{2}$/;
  if (!full.test(start) || !full.test(end)) return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  return dateFormat(locale, true).formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
}

export function formatNumber(value: number, locale: Locale): string {
  const key = `number ${locale}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(intlTag[locale]);
    formatters.set(key, format);
  }
  return format.format(value);
}
