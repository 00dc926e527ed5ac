import type { StatementKind } from '../model/index.js';
import type { Token } from '../text/index.js';
import type { Match } from './pattern.js';
import type { Rule } from './rules.js';
import { isAsserted } from './stance-scope.js';

export type Found = { kind: StatementKind; subject: string; value: Record<string, string | number | null>; start: number; end: number };

// Turns a rule's match into statements of the kind the rule yields: one per party for
// stances, one count, one per person for chairs, one party and head for delegations.
// How a document's analysis names what a match captured: a person's full name, a city's
// label, the country of an organisation the gazetteer knows ("organization:vn-mps" -> "VN").
export type Names = { resolve: (name: string) => string; cityName: (id: string) => string; countryOf: (key: string) => string | null };

export function statementsFromMatch(rule: Rule, match: Match, tokens: Token[], { resolve, cityName, countryOf }: Names): Found[] {
  if (
    (rule.yields === 'signed' || rule.yields === 'not_signed' || rule.yields === 'signatory_count') &&
    !isAsserted(match, tokens.map(rule.keyOf), rule.scope, rule.yields)
  )
    return [];
  const start = tokens[match.first]?.start ?? 0;
  const end = tokens[match.last]?.end ?? start;
  const entities = (kinds: string[]) =>
    match.captures
      .filter((c) => kinds.includes(c.kind))
      .flatMap((c) =>
        c.mentions.flatMap((m) =>
          m.entries
            .filter(
              (e) => kinds.includes(e.kind) || (e.kind === 'country' && kinds.includes('countries')) || (e.kind === 'person' && kinds.includes('persons')),
            )
            .slice(0, 1),
        ),
      );
  const countries = entities(['country', 'countries']).map((e) => e.id);
  const persons = entities(['person', 'persons']).map((e) => resolve(e.id));
  const number = match.captures.find((c) => c.kind === 'number');
  const numberValue = number?.value ?? null;
  const cities = entities(['city']).map((e) => e.id);
  switch (rule.yields) {
    case 'signed':
    case 'not_signed':
      return countries.map((code) => ({ kind: rule.yields, subject: code, value: {}, start, end }));
    case 'signatory_count':
      // "une soixantaine de pays" reads as "une" (1): no text counts a single signatory.
      return numberValue === null || numberValue < 2 ? [] : [{ kind: 'signatory_count', subject: 'count', value: { count: numberValue }, start, end }];
    case 'chair':
      return persons.map((person) => ({ kind: 'chair', subject: person, value: {}, start, end }));
    case 'theme':
      // "cinq thèmes clés : l’IA pour le bien public, l’emploi, l’investissement et l’éthique"
      return listAfter(tokens, match.last, rule.itemJoiners).map((theme) => ({
        kind: 'theme',
        subject: theme.text,
        value: {},
        start: theme.start,
        end: theme.end,
      }));
    case 'indirect_speech':
      return persons.slice(0, 1).map((person) => ({
        kind: 'indirect_speech',
        subject: person,
        value: {
          text:
            tokens
              .slice(match.last + 1)
              .map((t) => t.text)
              .join(' ') || null,
        },
        start,
        end: tokens.at(-1)?.end ?? end,
      }));
    case 'delegation':
      // "đoàn Bộ Công an do X dẫn đầu": a delegation of a ministry is its country's.
      return (countries.length > 0 ? countries : entities(['organization']).flatMap((e) => countryOf(`organization:${e.id}`) ?? []))
        .slice(0, 1)
        .flatMap((country) => persons.slice(0, 1).map((head) => ({ kind: 'delegation' as const, subject: country, value: { head }, start, end })));
    case 'next_event':
    case 'previous_event':
      return [...cities.map((id) => ({ id, city: cityName(id), country: null })), ...countries.map((country) => ({ id: country, city: null, country }))].map(
        ({ id, ...place }) => ({ kind: rule.yields, subject: id, value: place, start, end }),
      );
    default:
      return [];
  }
}

// The values a rule example lists under `finds`: country codes, counts, names.
export function findsOf(found: Found[]): (string | number)[] {
  return found.map((f) => (f.kind === 'signatory_count' ? (f.value.count as number) : f.kind === 'delegation' ? `${f.subject}:${f.value.head}` : f.subject));
}

// The items of a list that runs to the end of the sentence, split at commas and the pack's item joiners.
function listAfter(tokens: Token[], last: number, joiners: Set<string>): { text: string; start: number; end: number }[] {
  const items: Token[][] = [[]];
  for (const token of tokens.slice(last + 1)) {
    if (/^[,;]$/.test(token.text) || joiners.has(token.norm)) items.push([]);
    else if (!/^[.!?:]$/.test(token.text)) items.at(-1)?.push(token);
  }
  return items
    .filter((words) => words.length > 0 && words.length <= 8)
    .map((words) => ({
      text: words
        .map((t) => t.text)
        .join(' ')
        .replace(/(\p{L}['’]) /gu, '$1'),
      start: (words[0] as Token).start,
      end: (words.at(-1) as Token).end,
    }));
}
