import { statementId, type Document, type Statement, type StatementKind } from '../model/index.js';
import { foldKey, tokenize, type LangPack, type LangPacks } from '../text/index.js';
import { analyse, type Analysis, type View } from './analyse.js';
import { findDates } from './dates.js';
import { earlierEditions, editionAtVenue } from './editions.js';
import type { Mention } from './gazetteer.js';
import type { Lexicon } from './load-gazetteer.js';
import { findMatches } from './pattern.js';
import { mergePersons } from './people.js';
import { findQuotes, viewAt, type SentenceView } from './quotes.js';
import { candidateRules, hasRequiredWords, type Rule, type RuleIndex } from './rules.js';
import { statementsFromMatch, type Found } from './yields.js';

export type Extractor = { lexicon: Lexicon; rules: Rule[]; ruleIndex: Map<string, RuleIndex>; packs: LangPacks };

// What one rule finds in one sentence.
export function applyRule(rule: Rule, view: View, analysis: Analysis): Found[] {
  return hasRequiredWords(rule, view.keys) ? matchRule(rule, view, analysis) : [];
}

function matchRule(rule: Rule, view: View, analysis: Analysis): Found[] {
  return findMatches(rule.compiled, view.scene).flatMap((match) => statementsFromMatch(rule, match, view.tokens, analysis.resolve, analysis.cityName));
}

// Everything one document states, each statement with its span, rule and words.
export function extractStatements(document: Document, extractor: Extractor): Statement[] {
  const analysis = analyse(document, extractor);
  const { views, pack, resolve } = analysis;
  const { text } = document;
  const out = new StatementSink(document);
  const ruleIndex = extractor.ruleIndex.get(document.lang);
  const cities = views.flatMap((v) =>
    v.mentions.flatMap((m) => m.entries.filter((e) => e.kind === 'city').slice(0, 1).map((e) => ({ city: extractor.lexicon.labels.get(`city:${e.id}`)?.name ?? m.text, country: extractor.lexicon.labels.get(`city:${e.id}`)?.country ?? null, start: m.start, end: m.end, sentence: v.sentence.index, words: m.text }))),
  );
  const statedCities = new Set(cities.map((c) => c.city));
  const reference = new Date(document.published ?? Date.now());
  for (const view of views) {
    // Dates cost a chrono parse: only sentences that state a delegation or name an event need them.
    let dates: { start: string | null; end: string | null } | undefined;
    const datesHere = () => (dates ??= datesOf(view, document, reference));
    for (const rule of ruleIndex ? candidateRules(ruleIndex, view.keys) : []) {
      for (const found of matchRule(rule, view, analysis)) {
        const value = found.kind === 'delegation' ? { ...found.value, ...datesHere() } : found.kind === 'not_signed' ? { ...found.value, reason: reasonAfter(view, document.text, pack) } : found.value;
        out.add(found.kind, found.subject, value, found.start, found.end, view.sentence.index, rule.id, rule.confidence);
      }
    }
    addMentionStatements(view, extractor.lexicon, out, datesHere, statedCities);
    for (const org of view.organizations) {
      const [first, last] = [view.tokens[org.first], view.tokens[org.last]];
      out.add('organization', foldKey(org.name), { name: org.name, surface: org.name }, first?.start ?? 0, last?.end ?? 0, view.sentence.index, `${document.lang}.organization.named`, 0.7);
    }
  }
  if (!out.statements.some((s) => s.kind === 'event') && mentionsAny(views, pack.summit_words) && mentionsAny(views, pack.topic_words)) {
    const edition = editionAtVenue(cities, extractor.lexicon);
    const label = edition ? extractor.lexicon.labels.get(`event:${edition.id}`) : undefined;
    if (edition && label) out.add('event', edition.id, { name: label.name, city: label.city, country: label.country, start: null, end: null }, edition.place.start, edition.place.end, edition.place.sentence, 'series.event-at-venue', 0.6);
  }
  for (const place of earlierEditions(out.statements, cities, extractor.lexicon)) {
    out.add('previous_event', place.city ?? place.country ?? '', { city: place.city, country: place.country }, place.start, place.end, place.sentence, 'series.previous_event', 0.7);
  }
  for (const person of mergePersons(views.flatMap((view) => view.persons.map((p) => ({ ...p, view }))), resolve)) {
    const { view } = person;
    const [first, last] = [view.tokens[person.first], view.tokens[person.last]];
    out.add('person', person.name, { role: person.role, country: person.country, organization: person.organization }, first?.start ?? 0, last?.end ?? 0, view.sentence.index, `${document.lang}.person.${person.evidence}`, 0.8);
  }
  const named = new Set(out.statements.filter((s) => s.kind === 'person').map((s) => s.subject));
  for (const quote of findQuotes(text, views, pack, resolve)) {
    out.add(quote.isFragment ? 'quote_fragment' : 'quote', quote.speaker ?? '', { text: quote.text, speaker: quote.speaker }, quote.start, quote.end, quote.sentence, `${document.lang}.quote.${quote.how}`, quote.speaker ? 0.85 : 0.5);
    // Whoever speaks in quotes is a person the text names, title or not: "..., Tariq Hussain said."
    const at = quote.speaker && !quote.isFragment && !named.has(quote.speaker) ? text.indexOf(quote.speaker) : -1;
    if (quote.speaker && at !== -1 && quote.speaker.includes(' ')) {
      named.add(quote.speaker);
      const sentence = viewAt(views, at)?.sentence.index ?? quote.sentence;
      out.add('person', quote.speaker, { role: null, country: null, organization: null }, at, at + quote.speaker.length, sentence, `${document.lang}.person.speaker`, 0.7);
    }
  }
  return out.statements;
}

// "n'ont pas signé la déclaration finale, invoquant des intérêts nationaux et des préoccupations
// réglementaires, ont indiqué des sources" -> "des intérêts nationaux et des préoccupations réglementaires"
function reasonAfter(view: View, text: string, pack: LangPack): string | null {
  const sentence = text.slice(view.sentence.start, view.sentence.end);
  const lower = sentence.toLowerCase();
  for (const marker of pack.reason_markers) {
    const match = new RegExp(`(?:^|[\\s,(])${marker.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s`, 'u').exec(lower);
    if (!match) continue;
    const reason = sentence.slice(match.index + match[0].length).split(/[,;.:!?](?:\s|$)/)[0]?.trim() ?? '';
    if (reason.length > 2) return reason;
  }
  return null;
}

function mentionsAny(views: View[], list: string[]): boolean {
  const words = list.map((w) => tokenize(w).map((t) => t.norm));
  return views.some((v) => v.tokens.some((_, i) => words.some((w) => w.every((key, j) => v.tokens[i + j]?.norm === key))));
}

// The first date or range a sentence gives: "Du 10 au 13 février 2025, ..." -> start and end.
function datesOf(view: View, document: Document, reference: Date): { start: string | null; end: string | null } {
  const text = document.text.slice(view.sentence.start, view.sentence.end);
  if (!/\d/.test(text)) return { start: null, end: null };
  const first = findDates(text, document.lang, Number.isNaN(reference.getTime()) ? new Date() : reference)[0];
  return { start: first?.start ?? null, end: first?.end ?? null };
}

// An event's city is given only where the text names it, in any of its languages.
function addMentionStatements(view: View, lexicon: Lexicon, out: StatementSink, dates: () => { start: string | null; end: string | null }, statedCities: Set<string>): void {
  for (const mention of view.mentions) {
    for (const entry of mention.entries) {
      const label = lexicon.labels.get(`${entry.kind}:${entry.id}`);
      const rule = `gazetteer.${entry.kind}`;
      if (entry.kind === 'organization' && entry.tag !== 'media' && !isInsideTitle(view, mention)) out.add('organization', entry.id, { name: label?.name ?? mention.text, surface: mention.text }, mention.start, mention.end, view.sentence.index, rule, 0.8);
      if (entry.kind === 'initiative') out.add('initiative', entry.id, { name: label?.name ?? mention.text, surface: mention.text, surfaceLang: entry.lang }, mention.start, mention.end, view.sentence.index, rule, 0.8);
      if (entry.kind === 'declaration') out.add('declaration', entry.id, { name: label?.name ?? mention.text, surface: mention.text }, mention.start, mention.end, view.sentence.index, rule, 0.8);
      // Copy dates an event where it first names it; later mentions would cost a date parse each.
      const isFirst = entry.kind === 'event' && !out.has('event', entry.id);
      const isSeries = label?.edition === null && !label?.city;
      if (entry.kind === 'event') out.add('event', entry.id, { name: label?.name ?? mention.text, city: label?.city && statedCities.has(label.city) ? label.city : null, country: label?.country ?? null, isSeries, ...(isFirst ? dates() : { start: null, end: null }) }, mention.start, mention.end, view.sentence.index, rule, 0.7);
    }
  }
}

// "le vice-ministre de l'Information ... Bui Hoang Phuong": a ministry in a title is no actor.
function isInsideTitle(view: SentenceView, mention: Mention): boolean {
  return view.persons.some((p) => p.first > mention.last && p.first - mention.last <= 2);
}

// Collects statements, one per natural key.
class StatementSink {
  readonly statements: Statement[] = [];
  private readonly seen = new Set<string>();
  private readonly subjects = new Set<string>();

  constructor(private readonly document: Document) {}

  has(kind: StatementKind, subject: string): boolean {
    return this.subjects.has(`${kind}\u0000${subject}`);
  }

  add(kind: StatementKind, subject: string, value: Statement['value'], start: number, end: number, sentence: number, rule: string, confidence: number): void {
    const id = statementId(this.document.id, kind, subject, start, end, rule);
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.subjects.add(`${kind}\u0000${subject}`);
    this.statements.push({ id, documentId: this.document.id, kind, subject, value, start, end, sentence, rule, lang: this.document.lang, words: this.document.text.slice(start, end), confidence });
  }
}

