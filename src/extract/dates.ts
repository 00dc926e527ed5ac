import type * as chrono from 'chrono-node';
import { createRequire } from 'node:module';
import type { LangPack } from '../text/index.js';

// A date or a range found in text, as partial ISO dates, with where it stands.
export type DateSpan = { start: string; end: string | null; index: number; length: number };

// What a pack says of dates: chrono's parser for the language, its month names, its own range
// patterns, and the words without which chrono need not run.
export type DatePack = Pick<LangPack, 'chrono' | 'months' | 'date_patterns' | 'date_cues'>;
type DateRules = { patterns: RegExp[]; months: string[]; parser: chrono.Chrono | null; cue: RegExp };
const compiled = new WeakMap<DatePack, DateRules>();

// A pack's `date_patterns` name their groups: day, end_day, then month (a number) or
// month_name (one of `months`, which `{months}` stands for), and year:
// "(?<day>\d{1,2}) et (?<end_day>\d{1,2}) (?<month_name>{months})" reads "les 21 et 22 mai".
function rulesOf(pack: DatePack): DateRules {
  let rules = compiled.get(pack);
  if (!rules) {
    const months = pack.months.map((m) => m.toLowerCase());
    const patterns = pack.date_patterns.map((source) => new RegExp(source.replaceAll('{months}', months.join('|')), 'giu'));
    const parser = pack.chrono ? chronoParser(pack.chrono) : null;
    // chrono is slow; a date it can read names a month or writes one as a number (11/02).
    const cue = new RegExp(`\\d{1,2}[/.-]\\d{1,2}${pack.date_cues.length > 0 ? `|\\b(${pack.date_cues.join('|')})` : ''}`, 'gi');
    rules = { patterns, months, parser, cue };
    compiled.set(pack, rules);
  }
  return rules;
}

// chrono-node takes most of a second to load: required on first use, so that commands which
// find no dates (`docs`, `signatories`, the server's pages) never load it.
function chronoParser(locale: string): chrono.Chrono {
  const library = createRequire(import.meta.url)('chrono-node') as typeof chrono;
  const parser = (library as unknown as Record<string, { casual?: chrono.Chrono } | undefined>)[locale]?.casual;
  if (!parser) throw new Error(`chrono: ${locale}: chrono-node has no parser for this language`);
  return parser;
}

// Dates in `text`, resolved against the publication date (or `reference`) for missing years.
export function findDates(text: string, pack: DatePack, reference: Date): DateSpan[] {
  const found: DateSpan[] = [];
  const isFree = (index: number, length: number): boolean => found.every((d) => index + length <= d.index || index >= d.index + d.length);
  const rules = rulesOf(pack);
  for (const pattern of rules.patterns) {
    for (const m of text.matchAll(pattern)) {
      const [day, endDay, month, year] = readGroups(m.groups ?? {}, rules.months);
      if (month < 1 || month > 12 || !isFree(m.index, m[0].length)) continue;
      const y = year ?? reference.getUTCFullYear();
      found.push({ start: iso(y, month, day), end: endDay ? iso(y, month, endDay) : null, index: m.index, length: m[0].length });
    }
  }
  for (const result of chronoDates(text, rules, reference)) {
    // "maintenant", "today" are dates to chrono, not to a reader of news: a date has a number.
    if (!/\d/.test(result.text) || !result.start.isCertain('day') || !result.start.isCertain('month') || !isFree(result.index, result.text.length)) continue;
    const start = iso(result.start.get('year') ?? 0, result.start.get('month') ?? 0, result.start.get('day') ?? 0);
    const end = result.end ? iso(result.end.get('year') ?? 0, result.end.get('month') ?? 0, result.end.get('day') ?? 0) : null;
    found.push({ start, end, index: result.index, length: result.text.length });
  }
  return found.sort((a, b) => a.index - b.index);
}

// chrono reads the words around each cue only (`reach` characters each way, to a space), not
// the whole sentence: its parsers try every position of what they are given.
const reach = 48;
type Found = { text: string; index: number; start: chrono.ParsedComponents; end: chrono.ParsedComponents | null };
function chronoDates(text: string, rules: DateRules, reference: Date): Found[] {
  if (!rules.parser) return [];
  const found: Found[] = [];
  for (const [from, to] of cueWindows(text, rules.cue))
    for (const r of rules.parser.parse(text.slice(from, to), reference)) found.push({ text: r.text, index: r.index + from, start: r.start, end: r.end ?? null });
  return found;
}

function cueWindows(text: string, cue: RegExp): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(cue)) {
    let from = Math.max(0, m.index - reach);
    let to = Math.min(text.length, m.index + m[0].length + reach);
    while (from > 0 && !/\s/.test(text[from - 1] ?? '')) from -= 1;
    while (to < text.length && !/\s/.test(text[to] ?? '')) to += 1;
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

function readGroups(groups: Record<string, string | undefined>, months: string[]): [number, number | null, number, number | null] {
  const month = groups.month ? Number(groups.month) : months.indexOf((groups.month_name ?? '').toLowerCase()) + 1;
  return [Number(groups.day), groups.end_day ? Number(groups.end_day) : null, month, groups.year ? Number(groups.year) : null];
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
