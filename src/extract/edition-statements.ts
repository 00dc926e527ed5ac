import { phraseKeys } from '../text/index.js';
import type { Analysis, View } from './analyse.js';
import { earlierEditions, editionAtVenue, isNextEdition, type Place } from './editions.js';
import { isAsideVenue } from './event-venues.js';
import type { Lexicon } from './load-gazetteer.js';
import type { StatementSink } from './statement-sink.js';
import { unnamedMeeting } from './unnamed-meetings.js';

// The edition a text speaks of without naming it, and the earlier editions it names.
export function addEditionStatements(analysis: Analysis, lexicon: Lexicon, out: StatementSink, cities: Place[]): void {
  const { views, pack } = analysis;
  const isNamed = out.statements.some((s) => s.kind === 'event' && !s.value.isSeries && !isNextEdition(s, out.statements));
  if (!isNamed && mentionsAny(views, pack.summit_words) && mentionsAny(views, pack.topic_words)) {
    // Not a venue named for an edition to come: "the next summit will be held in Geneva".
    const next = new Set(out.statements.filter((s) => s.kind === 'next_event').map((s) => String(s.value.city)));
    const isAside = (c: Place): boolean => {
      const view = views.find((v) => v.sentence.index === c.sentence);
      return (
        !view ||
        isAsideVenue(
          view,
          view.tokens.findIndex((t) => t.start === c.start),
          pack,
        )
      );
    };
    const edition = editionAtVenue(
      cities.filter((c) => !isAside(c) && !next.has(String(c.city))),
      lexicon,
    );
    const label = edition ? lexicon.labels.get(`event:${edition.id}`) : undefined;
    if (edition && label)
      out.add(
        'event',
        edition.id,
        { name: label.name, city: label.city, country: label.country, start: null, end: null },
        edition.place.start,
        edition.place.end,
        edition.place.sentence,
        'series.event-at-venue',
        0.6,
      );
  }
  // Not the venue of an earlier or next edition: "the summit follows gatherings at Bletchley Park".
  const editionVenues = new Set(out.statements.filter((s) => s.kind === 'previous_event' || s.kind === 'next_event').map((s) => String(s.value.city)));
  const found = out.statements.some((s) => s.kind === 'event') ? null : unnamedMeeting(views, lexicon, pack);
  const meeting = found && !editionVenues.has(found.city) ? found : null;
  if (meeting)
    out.add(
      'event',
      meeting.id,
      { name: meeting.name, city: meeting.city, country: meeting.country, isSeries: false, start: null, end: null },
      meeting.start,
      meeting.end,
      meeting.sentence,
      `${pack.lang}.event.meeting-at-venue`,
      0.5,
    );
  for (const place of earlierEditions(out.statements, cities, lexicon)) {
    out.add(
      'previous_event',
      place.city ?? place.country ?? '',
      { city: place.city, country: place.country },
      place.start,
      place.end,
      place.sentence,
      'series.previous_event',
      0.7,
    );
  }
}

function mentionsAny(views: View[], list: string[]): boolean {
  const words = phraseKeys(list, 'norm');
  return views.some((v) => v.tokens.some((_, i) => words.some((w) => w.every((key, j) => v.tokens[i + j]?.norm === key))));
}
