import type { Statement } from '../model/index.js';
import { foldKey } from '../text/index.js';
import type { Lexicon } from './load-gazetteer.js';

// The event a text reports on: the one it names most often, a name in the headline and lead
// counting three times; never the series as a whole when an edition is named.
export function mainEvent(statements: Statement[]): Statement | undefined {
  const editions = statements.filter((s) => s.kind === 'event' && !s.value.isSeries);
  const events = editions.length > 0 ? editions : statements.filter((s) => s.kind === 'event');
  const counts = new Map<string, number>();
  for (const s of events) counts.set(s.subject, (counts.get(s.subject) ?? 0) + (s.sentence < 3 ? 3 : 1));
  const best = Math.max(0, ...counts.values());
  return events.find((s) => counts.get(s.subject) === best);
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
  const earlier = [...lexicon.labels.entries()]
    .filter(
      ([key, label]) =>
        key.startsWith('event:') && label.series === mainLabel.series && label.edition !== null && label.edition < (mainLabel.edition ?? 0) && label.city,
    )
    .map(([, label]) => label);
  const venues = new Map(earlier.map((label) => [foldKey(label.city as string), label]));
  const named = statements
    .filter((s) => s.kind === 'event' && s.subject !== main?.subject)
    .map((s) => lexicon.labels.get(`event:${s.subject}`))
    .filter((label) => label && earlier.includes(label));
  const places = cityMentions.filter((place) => place.city && venues.has(foldKey(place.city)));
  // An edition named without its venue: only its country is the text's own word.
  for (const label of named) {
    if (label && !places.some((p) => p.city && foldKey(p.city) === foldKey(label.city ?? '')))
      places.push({ city: null, country: label.country, start: 0, end: 0, sentence: 0, words: label.name });
  }
  return places;
}

// A text that speaks of "the summit" in a venue of the series without naming the summit
// ("SEOUL, May 21 - ... the summit") reports on the edition held there.
export function editionAtVenue(cityMentions: Place[], lexicon: Lexicon, series = 'ai-summits'): { id: string; place: Place } | null {
  for (const place of cityMentions) {
    const edition = [...lexicon.labels.entries()].find(
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
