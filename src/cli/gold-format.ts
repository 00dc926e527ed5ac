import type { Facts } from '../eval/index.js';
import { editionsBeside, mainEvent, reportedEvents, type Lexicon } from '../extract/index.js';
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
    events: reportedEvents(statements, lexicon)
      .filter((s) => !s.value.isSeries || s.value.city || s.value.country)
      .map((s) => ({ name: String(s.value.name), city: (s.value.city as string | null) ?? null, country: (s.value.country as string | null) ?? null })),
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
    // A known body by its English name ("Nations unies" -> "United Nations"); another by its words.
    organizations: unique(
      of('organization').map((s) => String(s.value.name ?? s.value.surface)),
      (name) => name,
    ),
    initiatives: initiativeNames(of('initiative'), lexicon.labelLang),
    delegations: unique(of('delegation'), (s) => `${s.subject}:${s.value.head}`).map((s) => ({
      country: s.subject,
      head: String(s.value.head),
      start: (s.value.start as string | null) ?? null,
      end: (s.value.end as string | null) ?? null,
    })),
    previous_events: unique(editionsBeside(statements, 'previous_event', lexicon), (s) => foldKey(String(s.value.city ?? s.value.country))).map((s) => ({
      city: (s.value.city as string | null) ?? null,
      country: (s.value.country as string | null) ?? null,
    })),
    next_event:
      editionsBeside(statements, 'next_event', lexicon).map((s) => ({
        city: (s.value.city as string | null) ?? null,
        country: (s.value.country as string | null) ?? null,
      }))[0] ?? null,
    declarations: unique(of('declaration'), (s) => s.subject).map((s) => ({ name: String(s.value.name), event: event ? String(event.value.name) : null })),
    themes: unique(of('theme'), (s) => s.subject).map((s) => s.subject),
    figures: document.figures.filter((f) => f.file).map((f) => ({ file: f.file as string, credit: f.credit })),
  };
}

// An initiative by the name the text gives it, as gold files do: its name in the label language
// where the text has it (as Vietnamese copy adds in brackets), else the words of its fullest mention
// ("Groupe scientifique international indépendant sur l'IA" over a later "Groupe scientifique").
function initiativeNames(statements: Statement[], labelLang: string): string[] {
  const byId = new Map<string, Statement[]>();
  for (const s of statements) byId.set(s.subject, [...(byId.get(s.subject) ?? []), s]);
  const surface = (s: Statement): string => String(s.value.surface ?? s.value.name);
  return [...byId.values()].map((mentions) => {
    const english = mentions.find((s) => s.value.surfaceLang === labelLang);
    return surface(english ?? mentions.reduce((best, s) => (surface(s).length > surface(best).length ? s : best)));
  });
}
