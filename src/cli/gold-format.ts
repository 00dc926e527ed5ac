import type { Facts } from '../eval/index.js';
import { mainEvent, type Lexicon } from '../extract/index.js';
import type { Document, Statement } from '../model/index.js';
import { foldKey } from '../text/index.js';

// Statements -> the gold format of ../shared/eval/README.md: only what this text states.
export function toFacts(document: Document, statements: Statement[], lexicon: Lexicon): Facts {
  const of = (kind: Statement['kind']): Statement[] => statements.filter((s) => s.kind === kind);
  const unique = <T>(items: T[], key: (item: T) => string): T[] => [...new Map(items.map((item) => [key(item), item])).values()];
  const event = mainEvent(statements);
  const notSigned = unique(
    of('not_signed').map((s) => s.subject),
    (x) => x,
  );
  const persons = of('person');
  const orgName = (id: string | null): string | null => (id ? (lexicon.labels.get(`organization:${id}`)?.name ?? id) : null);
  return {
    events: event
      ? [{ name: String(event.value.name), city: (event.value.city as string | null) ?? null, country: (event.value.country as string | null) ?? null }]
      : [],
    chairs: unique(of('chair'), (s) => s.subject).map((s) => ({ event: event ? String(event.value.name) : null, person: s.subject })),
    signed: unique(
      of('signed').map((s) => s.subject),
      (x) => x,
    ).filter((code) => !notSigned.includes(code)),
    not_signed: notSigned,
    // The surest count first: a count of companies (lower confidence) yields to one of countries.
    signatory_count: (of('signatory_count').sort((a, b) => b.confidence - a.confidence)[0]?.value.count as number | undefined) ?? null,
    quotes: of('quote')
      .filter((s) => s.subject !== '')
      .map((s) => ({ speaker: s.subject, text: String(s.value.text) })),
    persons: persons.map((s) => ({
      name: s.subject,
      role: (s.value.role as string | null) ?? null,
      country: (s.value.country as string | null) ?? null,
      organization: orgName((s.value.organization as string | null) ?? null),
    })),
    organizations: unique(of('organization'), (s) => s.subject).map((s) => String(s.value.surface ?? s.value.name)),
    initiatives: initiativeNames(of('initiative')),
    delegations: unique(of('delegation'), (s) => `${s.subject}:${s.value.head}`).map((s) => ({
      country: s.subject,
      head: String(s.value.head),
      start: (s.value.start as string | null) ?? null,
      end: (s.value.end as string | null) ?? null,
    })),
    previous_events: unique(of('previous_event'), (s) => foldKey(String(s.value.city ?? s.value.country))).map((s) => ({
      city: (s.value.city as string | null) ?? null,
      country: (s.value.country as string | null) ?? null,
    })),
    next_event:
      of('next_event').map((s) => ({ city: (s.value.city as string | null) ?? null, country: (s.value.country as string | null) ?? null }))[0] ?? null,
    declarations: unique(of('declaration'), (s) => s.subject).map((s) => ({ name: String(s.value.name), event: event ? String(event.value.name) : null })),
    themes: unique(of('theme'), (s) => s.subject).map((s) => s.subject),
    figures: document.figures.filter((f) => f.file).map((f) => ({ file: f.file as string, credit: f.credit })),
  };
}

// An initiative by the name the text gives it: its English name where the text has it (as
// Vietnamese copy adds in brackets), else the words of its first mention.
function initiativeNames(statements: Statement[]): string[] {
  const byId = new Map<string, Statement[]>();
  for (const s of statements) byId.set(s.subject, [...(byId.get(s.subject) ?? []), s]);
  return [...byId.values()].map((mentions) =>
    String((mentions.find((s) => s.value.surfaceLang === 'en') ?? mentions[0])?.value.surface ?? mentions[0]?.value.name),
  );
}
