import type { Statement } from '../model/index.js';
import { foldKey } from '../text/index.js';
import { eventLabels, type Label, type Lexicon } from './load-gazetteer.js';

// The event a text reports on: the one it names most often, a name in the headline and lead
// counting three times; never the series as a whole when an edition is named, nor the edition
// the text announces as the next one ("Switzerland will host the next summit in Geneva").
export function mainEvent(statements: Statement[]): Statement | undefined {
  const editions = statements.filter((s) => s.kind === 'event' && !s.value.isSeries);
  const reported = editions.filter((s) => !isNextEdition(s, statements));
  const events = reported.length > 0 ? reported : editions.length > 0 ? editions : statements.filter((s) => s.kind === 'event');
  const counts = new Map<string, number>();
  for (const s of events) counts.set(s.subject, (counts.get(s.subject) ?? 0) + (s.sentence < 3 ? 3 : 1));
  const best = Math.max(0, ...counts.values());
  const top = events.filter((s) => counts.get(s.subject) === best);
  // Of its mentions, one that gives the venue.
  return top.find((s) => s.subject === top[0]?.subject && s.value.city) ?? top[0];
}

// Every event a text reports on: its main event, and each other meeting it names with a place
// in its headline or lead, or twice. Earlier and later editions of the main event's series are
// previous and next editions, not events of their own; a COP or a G20 named beside an AI summit is.
export function reportedEvents(statements: Statement[], lexicon: Lexicon): Statement[] {
  const main = mainEvent(statements);
  if (!main) return [];
  const seriesOf = (s: Statement): string => lexicon.labels.get(`event:${s.subject}`)?.series ?? s.subject;
  const groups = new Map<string, Statement[]>();
  for (const s of statements.filter((x) => x.kind === 'event' && !x.value.isSeries && seriesOf(x) !== seriesOf(main) && !isNextEdition(x, statements)))
    groups.set(s.subject, [...(groups.get(s.subject) ?? []), s]);
  const chosen = [main];
  for (const group of groups.values()) {
    const pick = group.find((s) => s.value.city) ?? group.find((s) => s.value.country);
    const isReported = group.length >= 2 || group.some((s) => s.sentence < 3);
    if (pick && isReported && !chosen.some((c) => samePlace(c, pick))) chosen.push(pick);
  }
  return chosen;
}

// The earlier or next editions a text names, without the edition it reports on: "the first
// summit took place in Britain" in an article on Bletchley is no earlier edition.
export function editionsBeside(statements: Statement[], kind: 'previous_event' | 'next_event', lexicon: Lexicon): Statement[] {
  const main = mainEvent(statements);
  const label = main ? lexicon.labels.get(`event:${main.subject}`) : undefined;
  const cities = [main?.value.city, label?.city].filter((c): c is string => typeof c === 'string').map(foldKey);
  const country = main?.value.country ?? label?.country ?? null;
  return statements.filter(
    (s) => s.kind === kind && !(s.value.city ? cities.includes(foldKey(String(s.value.city))) : country !== null && s.value.country === country),
  );
}

export function isNextEdition(event: Statement, statements: Statement[]): boolean {
  return statements.some((s) => s.kind === 'next_event' && (s.value.city ? s.value.city === event.value.city : s.value.country === event.value.country));
}

function samePlace(a: Statement, b: Statement): boolean {
  return a.value.city && b.value.city ? foldKey(String(a.value.city)) === foldKey(String(b.value.city)) : a.value.country === b.value.country;
}

// The key the store files a document under: its main event's key, or null when it reports on none.
export function mainEventKey(statements: Statement[]): string | null {
  return mainEvent(statements)?.subject ?? null;
}

export type Place = { city: string | null; country: string | null; start: number; end: number; sentence: number; words: string };

// Earlier editions of the main event's series that the text names by their venue or their
// own name: in an article on Paris 2025, "Bletchley Park" and "Séoul" are the summits before.
export function earlierEditions(statements: Statement[], cityMentions: Place[], lexicon: Lexicon): Place[] {
  const main = mainEvent(statements);
  const mainLabel = main ? lexicon.labels.get(`event:${main.subject}`) : undefined;
  if (!mainLabel?.series || mainLabel.edition === null) return [];
  const earlier = eventLabels(lexicon)
    .filter(
      ([key, label]) =>
        key.startsWith('event:') && label.series === mainLabel.series && label.edition !== null && label.edition < (mainLabel.edition ?? 0) && label.city,
    )
    .map(([, label]) => label);
  const venues = new Map(earlier.map((label) => [foldKey(label.city as string), label]));
  // Not a name of an earlier edition in a sentence set at the main one's venue: "l'édition
  // coréenne du sommet s'est tenue à Séoul" speaks of Seoul.
  const atMainVenue = new Set(cityMentions.filter((p) => p.city && mainLabel.city && foldKey(p.city) === foldKey(mainLabel.city)).map((p) => p.sentence));
  const named = statements.filter(
    (s) =>
      s.kind === 'event' && s.subject !== main?.subject && !atMainVenue.has(s.sentence) && earlier.includes(lexicon.labels.get(`event:${s.subject}`) as Label),
  );
  const places = cityMentions.filter((place) => place.city && venues.has(foldKey(place.city)));
  for (const s of named) {
    const label = lexicon.labels.get(`event:${s.subject}`) as Label;
    if (places.some((p) => p.city && foldKey(p.city) === foldKey(label.city ?? ''))) continue;
    // An edition named without its venue: its country, and its city where the name holds it ("the Bletchley Summit").
    const city = label.city && foldKey(s.words).includes(foldKey(label.city.split(' ')[0] ?? '')) ? label.city : null;
    places.push({ city, country: label.country, start: s.start, end: s.end, sentence: s.sentence, words: s.words });
  }
  return places;
}

// A text that speaks of "the summit" in a venue of the series without naming the summit
// ("SEOUL, May 21 - ... the summit") reports on the edition held there.
export function editionAtVenue(cityMentions: Place[], lexicon: Lexicon, series = 'ai-summits'): { id: string; place: Place } | null {
  for (const place of cityMentions) {
    const edition = eventLabels(lexicon).find(
      ([key, label]) =>
        key.startsWith('event:') &&
        label.series === series &&
        label.edition !== null &&
        label.city &&
        place.city &&
        foldKey(label.city) === foldKey(place.city),
    );
    if (edition) return { id: edition[0].slice('event:'.length), place };
  }
  return null;
}
