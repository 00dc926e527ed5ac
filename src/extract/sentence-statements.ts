import type { Document, Statement, StatementKind } from '../model/index.js';
import type { LangPack } from '../text/index.js';
import { foldKey } from '../text/index.js';
import type { Analysis, View } from './analyse.js';
import { findDates, type DatePack } from './dates.js';
import { findDelegations } from './delegation-clauses.js';
import type { Extractor } from './extract.js';
import type { Entry, Mention } from './gazetteer.js';
import type { Lexicon } from './load-gazetteer.js';
import { findMatches } from './pattern.js';
import type { SentenceView } from './quotes.js';
import { candidateRules } from './rule-index.js';
import { hasRequiredWords, type Rule } from './rules.js';
import type { StatementSink } from './statement-sink.js';
import { continuedStances } from './stance-continue.js';
import { findClauseStances, type OpenStance } from './stance-find.js';
import { statementsFromMatch, type Found } from './yields.js';

type Dates = { start: string | null; end: string | null };

// What one rule finds in one sentence.
export function applyRule(rule: Rule, view: View, analysis: Analysis): Found[] {
  return hasRequiredWords(rule, view.keys) ? matchRule(rule, view, analysis) : [];
}

function matchRule(rule: Rule, view: View, analysis: Analysis): Found[] {
  return findMatches(rule.compiled, view.scene).flatMap((match) => statementsFromMatch(rule, match, view.tokens, analysis));
}

// What each sentence states by the rules of its pack, the gazetteers and organisation names.
export function addSentenceStatements(document: Document, extractor: Extractor, analysis: Analysis, out: StatementSink, statedCities: Set<string>): void {
  const ruleIndex = extractor.ruleIndex.get(document.lang);
  const reference = new Date(document.published ?? Date.now());
  let open: OpenStance = null;
  for (const view of analysis.views) {
    // Dates cost a date parse: only sentences that state a delegation or name an event need them.
    let dates: Dates | undefined;
    const datesHere = (): Dates => (dates ??= datesOf(view, document, analysis.pack, reference));
    // What the rules stated of stances here: a party (signed or not) once, a count once.
    const stated = new Set<string>();
    const stanceKey = (found: Found): string | null =>
      found.kind === 'signatory_count' ? found.kind : found.kind === 'signed' || found.kind === 'not_signed' ? found.subject : null;
    const add = (found: Found, rule: string, confidence: number): void => {
      const value =
        found.kind === 'delegation'
          ? { ...found.value, ...datesHere() }
          : found.kind === 'not_signed'
            ? { ...found.value, reason: reasonAfter(view, document.text, analysis.pack) }
            : found.value;
      const key = stanceKey(found);
      if (key) stated.add(key);
      out.add(found.kind, found.subject, value, found.start, found.end, view.sentence.index, rule, confidence);
    };
    let hasDelegation = false;
    for (const rule of ruleIndex ? candidateRules(ruleIndex, view.keys) : []) {
      // A rule with a slot for a kind of name this sentence does not hold cannot match.
      if (!rule.kinds.every((kind) => view.kinds.has(kind))) continue;
      for (const found of matchRule(rule, view, analysis)) {
        hasDelegation ||= found.kind === 'delegation';
        add(found, rule.id, rule.confidence);
      }
    }
    // A delegation the rules did not read, the construction may (delegation-clauses.ts).
    if (!hasDelegation) for (const found of findDelegations(view, analysis.pack, analysis.resolve)) add(found, `${document.lang}.delegation.clause`, 0.7);
    // What the rules did not find, the clause construction may: a party once per sentence.
    const { found: clauses, open: leftOpen } = findClauseStances(view.scene, view.mentions, analysis.pack);
    for (const found of clauses) if (!stated.has(stanceKey(found) ?? '')) add(found, `${document.lang}.${found.kind}.clause`, 0.75);
    // "Forty nations backed the text. Among them were Chile and Peru."
    const continued = clauses.length > 0 || stated.size > 0 ? [] : continuedStances(view.scene, view.mentions, analysis.pack, open);
    for (const found of continued) add(found, `${document.lang}.${found.kind}.continued`, 0.7);
    open = leftOpen;
    addMentionStatements(view, extractor.lexicon, out, datesHere, statedCities);
    for (const org of view.organizations) {
      const [first, last] = [view.tokens[org.first], view.tokens[org.last]];
      out.add(
        'organization',
        foldKey(org.name),
        { name: org.name, surface: org.name },
        first?.start ?? 0,
        last?.end ?? 0,
        view.sentence.index,
        `${document.lang}.organization.named`,
        0.7,
      );
    }
  }
}

// "n'ont pas signé la déclaration finale, invoquant des intérêts nationaux et des préoccupations
// réglementaires, ont indiqué des sources" -> "des intérêts nationaux et des préoccupations réglementaires"
function reasonAfter(view: View, text: string, pack: LangPack): string | null {
  const sentence = text.slice(view.sentence.start, view.sentence.end);
  const lower = sentence.toLowerCase();
  for (const marker of pack.reason_markers) {
    const match = new RegExp(`(?:^|[\\s,(])${marker.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s`, 'u').exec(lower);
    if (!match) continue;
    const reason =
      sentence
        .slice(match.index + match[0].length)
        .split(/[,;.:!?](?:\s|$)/)[0]
        ?.trim() ?? '';
    if (reason.length > 2) return reason;
  }
  return null;
}

// The first date or range a sentence gives: "Du 10 au 13 février 2025, ..." -> start and end.
function datesOf(view: View, document: Document, pack: DatePack, reference: Date): Dates {
  const text = document.text.slice(view.sentence.start, view.sentence.end);
  if (!/\d/.test(text)) return { start: null, end: null };
  const first = findDates(text, pack, Number.isNaN(reference.getTime()) ? new Date() : reference)[0];
  return { start: first?.start ?? null, end: first?.end ?? null };
}

// Organisations, initiatives, declarations and events a sentence names, one statement each.
function addMentionStatements(view: View, lexicon: Lexicon, out: StatementSink, dates: () => Dates, statedCities: Set<string>): void {
  for (const mention of view.mentions) {
    for (const entry of mention.entries) {
      const value = mentionValue(entry, mention, view, lexicon, { out, dates, statedCities });
      if (value)
        out.add(
          entry.kind as StatementKind,
          entry.id,
          value,
          mention.start,
          mention.end,
          view.sentence.index,
          `gazetteer.${entry.kind}`,
          entry.kind === 'event' ? 0.7 : 0.8,
        );
    }
  }
}

type MentionContext = { out: StatementSink; dates: () => Dates; statedCities: Set<string> };

// What a statement records of a mention, or null for mentions that state nothing themselves.
function mentionValue(entry: Entry, mention: Mention, view: View, lexicon: Lexicon, { out, dates, statedCities }: MentionContext): Statement['value'] | null {
  const label = lexicon.labels.get(`${entry.kind}:${entry.id}`);
  const name = label?.name ?? mention.text;
  switch (entry.kind) {
    case 'organization':
      // Media outlets are sources, not actors; a body inside a person's title is no actor either,
      // but a company is ("le patron d'OpenAI Sam Altman" names OpenAI).
      return entry.tag === 'media' || (entry.tag !== 'company' && isInsideTitle(view, mention)) ? null : { name, surface: mention.text };
    case 'initiative':
      return { name, surface: mention.text, surfaceLang: entry.lang };
    case 'declaration':
      return { name, surface: mention.text };
    case 'event': {
      // An event's city only where the text names it; its dates where the text first names it.
      const city = label?.city && statedCities.has(label.city) ? label.city : null;
      const when = out.has('event', entry.id) ? { start: null, end: null } : dates();
      return { name, city, country: label?.country ?? null, isSeries: label?.edition === null && !label?.city, ...when };
    }
    default:
      return null;
  }
}

// "le vice-ministre de l'Information ... Bui Hoang Phuong": a ministry in a title is no actor.
function isInsideTitle(view: SentenceView, mention: Mention): boolean {
  return view.persons.some((p) => p.first > mention.last && p.first - mention.last <= 2);
}
