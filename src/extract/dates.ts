import * as chrono from 'chrono-node';
import type { Lang } from '../model/index.js';

// A date or a range found in text, as partial ISO dates, with where it stands.
export type DateSpan = { start: string; end: string | null; index: number; length: number };

const frMonths = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

// Ranges chrono does not read: "les 21 et 22 mai 2024", "ngày 10-11/2/2025",
// "từ ngày 10 đến 13 tháng 2 năm 2025", "10-13/2/2025".
const ownRules: { lang: Lang; pattern: RegExp; read: (m: RegExpExecArray) => [number, number | null, number, number | null] }[] = [
  {
    lang: 'fr',
    pattern: new RegExp(`\\b(\\d{1,2})(?:er)? et (\\d{1,2}) (${frMonths.join('|')})(?: (\\d{4}))?`, 'giu'),
    read: (m) => [Number(m[1]), Number(m[2]), frMonths.indexOf((m[3] ?? '').toLowerCase()) + 1, m[4] ? Number(m[4]) : null],
  },
  {
    lang: 'vi',
    pattern: /(?:từ )?(?:ngày )?(\d{1,2})\s*(?:-|–|đến|tới)\s*(?:ngày )?(\d{1,2})\s*(?:\/|tháng )(\d{1,2})(?:\s*(?:\/|năm )(\d{4}))?/giu,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ? Number(m[4]) : null],
  },
  {
    lang: 'vi',
    pattern: /ngày (\d{1,2})\s*(?:\/|tháng )(\d{1,2})(?:\s*(?:\/|năm )(\d{4}))?/giu,
    read: (m) => [Number(m[1]), null, Number(m[2]), m[3] ? Number(m[3]) : null],
  },
];

// Dates in `text`, resolved against the publication date (or `reference`) for missing years.
export function findDates(text: string, lang: Lang, reference: Date): DateSpan[] {
  const found: DateSpan[] = [];
  const isFree = (index: number, length: number): boolean => found.every((d) => index + length <= d.index || index >= d.index + d.length);
  for (const rule of ownRules.filter((r) => r.lang === lang)) {
    for (const m of text.matchAll(rule.pattern)) {
      const [day, endDay, month, year] = rule.read(m as RegExpExecArray);
      if (month < 1 || month > 12 || !isFree(m.index, m[0].length)) continue;
      const y = year ?? reference.getUTCFullYear();
      found.push({ start: iso(y, month, day), end: endDay ? iso(y, month, endDay) : null, index: m.index, length: m[0].length });
    }
  }
  const parser = lang === 'fr' ? chrono.fr : lang === 'en' ? chrono.en : null;
  // chrono is slow; a date it can read names a month or writes one as a number (11/02).
  const mayHoldDate = /\d{1,2}[/.-]\d{1,2}|\b(janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)/i.test(
    text,
  );
  for (const result of (mayHoldDate ? parser?.parse(text, reference) : null) ?? []) {
    // "maintenant", "today" are dates to chrono, not to a reader of news: a date has a number.
    if (!/\d/.test(result.text) || !result.start.isCertain('day') || !result.start.isCertain('month') || !isFree(result.index, result.text.length)) continue;
    const start = iso(result.start.get('year') ?? 0, result.start.get('month') ?? 0, result.start.get('day') ?? 0);
    const end = result.end ? iso(result.end.get('year') ?? 0, result.end.get('month') ?? 0, result.end.get('day') ?? 0) : null;
    found.push({ start, end, index: result.index, length: result.text.length });
  }
  return found.sort((a, b) => a.index - b.index);
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
