import type { Facts, Gold } from './gold.js';
import { isContained, isSameName, normalizeName } from './normalize.js';

export const coreKeys = ['events', 'chairs', 'signed', 'not_signed', 'quotes', 'delegations', 'initiatives', 'signatory_count'] as const;
export const scoredKeys = [...coreKeys, 'persons', 'organizations', 'previous_events', 'next_event', 'figures'] as const;
export type ScoredKey = (typeof scoredKeys)[number];

export type Counts = { tp: number; fp: number; fn: number };
export type KeyResult = Counts & { missed: unknown[]; spurious: unknown[] };
export type DocumentScore = { id: string; lang: string; keys: Record<ScoredKey, KeyResult> };

type Place = { city?: string | null; country?: string | null };
type Quote = { speaker: string; starts?: string; text?: string };

const samePlace = (a: Place, b: Place): boolean =>
  a.city && b.city ? isContained(a.city, b.city) : Boolean(a.country && b.country && a.country.toUpperCase() === b.country.toUpperCase());
const sameCode = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

// How a predicted item matches a gold item, key by key (../shared/eval/README.md, "Matching").
const matchers: { [K in ScoredKey]: (gold: never, predicted: never) => boolean } = {
  events: samePlace,
  previous_events: samePlace,
  next_event: samePlace,
  chairs: (g: { person: string }, p: { person: string }) => isSameName(g.person, p.person),
  signed: sameCode,
  not_signed: sameCode,
  signatory_count: (g: number, p: number) => g === p,
  quotes: (g: Quote, p: Quote) => isSameName(g.speaker, p.speaker) && containsStart(p.text ?? '', g.starts ?? ''),
  persons: (g: { name: string }, p: { name: string }) => isSameName(g.name, p.name),
  organizations: (g: string, p: string) => isSameName(g, p),
  initiatives: (g: string, p: string) => isContained(g, p),
  delegations: (g: { country: string; head: string }, p: { country: string; head: string }) => sameCode(g.country, p.country) && isSameName(g.head, p.head),
  figures: (g: { file: string }, p: { file: string }) => g.file === p.file,
};

function itemsOf(facts: Facts, key: ScoredKey): unknown[] {
  const value = facts[key];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

// Each gold item takes the first unused prediction that matches it, in gold order.
function matchGreedy(gold: unknown[], predicted: unknown[], match: (g: never, p: never) => boolean): { tp: number; missed: unknown[]; unused: unknown[] } {
  const used = new Set<number>();
  const missed: unknown[] = [];
  for (const item of gold) {
    const index = predicted.findIndex((p, i) => !used.has(i) && match(item as never, p as never));
    if (index === -1) missed.push(item);
    else used.add(index);
  }
  return { tp: used.size, missed, unused: predicted.filter((_, i) => !used.has(i)) };
}

export function scoreDocument(gold: Gold, predicted: Gold, text: string): DocumentScore {
  const keys = {} as Record<ScoredKey, KeyResult>;
  for (const key of scoredKeys) {
    const { tp, missed, unused } = matchGreedy(itemsOf(gold.facts, key), itemsOf(predicted.facts, key), matchers[key]);
    const spurious = key === 'quotes' ? unused.filter((q) => !isNeutralQuote(q as Quote, gold.facts, text)) : unused;
    keys[key] = { tp, fp: spurious.length, fn: missed.length, missed, spurious };
  }
  return { id: gold.id, lang: gold.lang, keys };
}

// A predicted quote that matches no gold quote counts neither way when it is a known fragment
// or lies in a quoted span of the article that holds no gold quote.
function isNeutralQuote(quote: Quote, gold: Facts, text: string): boolean {
  const said = quote.text ?? '';
  if ((gold.quote_fragments ?? []).some((f) => containsStart(said, f.starts))) return true;
  const starts = (gold.quotes ?? []).map((q) => ('starts' in q ? q.starts : ''));
  const probe = normalizeQuoted(said).slice(0, 40);
  return quotedSpans(text).some((span) => {
    const inside = normalizeQuoted(span);
    return probe.length > 0 && (inside.includes(probe) || probe.includes(inside)) && !starts.some((s) => inside.includes(normalizeQuoted(s)));
  });
}

function containsStart(text: string, starts: string): boolean {
  const s = normalizeQuoted(starts);
  return s.length > 0 && normalizeQuoted(text).includes(s);
}

function normalizeQuoted(text: string): string {
  return normalizeName(text)
    .replace(/["']/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Every span between quote marks: « », “ ”, and pairs of straight quotes.
function quotedSpans(text: string): string[] {
  return [...text.matchAll(/«([^»]*)»|“([^”]*)”|"([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}
