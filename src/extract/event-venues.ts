import { foldKey, phraseKeys, type LangPack } from '../text/index.js';
import type { View } from './analyse.js';
import type { Mention } from './gazetteer.js';
import { eventLabels, type Label, type Lexicon } from './load-gazetteer.js';
import type { StatementSink } from './statement-sink.js';

type Venue = { city: string | null; country: string | null };

// A series named with a venue or a year in its own sentence is one meeting of it: "the 2026 AI
// Summit" is the New Delhi edition, "le sommet des BRICS s'ouvre lundi à Kazan" the BRICS summit at
// Kazan, "Singapour reçoit cette année la rencontre des ministres du numérique" one held in
// Singapore. Not in a sentence about a meeting to come or only proposed ("the next summit in Geneva").
export function placeSeriesMentions(out: StatementSink, views: View[], lexicon: Lexicon, pack: LangPack): void {
  const series = out.statements.filter((s) => s.kind === 'event' && s.value.isSeries === true);
  for (const statement of series) {
    const view = views.find((v) => v.sentence.index === statement.sentence);
    const mention = view?.mentions.find((m) => m.start === statement.start);
    if (!view || !mention || isAsideVenue(view, mention.first, pack)) continue;
    const label = lexicon.labels.get(`event:${statement.subject}`);
    // Not the venue of another meeting named in between: "the series, after the summit at Bletchley Park".
    const others = view.mentions.filter((m) => m !== mention && m.entries.some((e) => e.kind === 'event'));
    const cities = placedCities(cityMentions(view, lexicon), view, pack).filter(
      (c) => !others.some((m) => m.first > Math.min(c.first, mention.last) && m.first < Math.max(c.first, mention.first)),
    );
    const year = yearNear(view, mention);
    const editions = eventLabels(lexicon).filter(([key, l]) => key.startsWith('event:') && l.series === statement.subject && l.edition !== null);
    const byCity = editions.find(([, l]) => l.city && cities.some((c) => foldKey(c.city) === foldKey(l.city as string)));
    const edition = byCity ?? editions.find(([, l]) => year !== null && l.year === year);
    const add = (subject: string, value: Record<string, string | boolean | null>, rule: string): void =>
      out.add('event', subject, { ...value, start: null, end: null }, statement.start, statement.end, statement.sentence, rule, 0.7);
    if (edition) {
      const [key, l] = edition;
      add(
        key.slice('event:'.length),
        { name: l.name, city: byCity ? l.city : null, country: l.country, isSeries: false },
        `series.edition-by-${byCity ? 'venue' : 'year'}`,
      );
      continue;
    }
    const venue = venueOf(cities, mention) ?? hostOf(view, pack);
    if (venue && label) add(statement.subject, { name: label.name, ...venue, isSeries: false }, 'series.meeting-at-venue');
  }
}

type CityMention = { city: string; country: string | null; first: number };

function cityMentions(view: View, lexicon: Lexicon): CityMention[] {
  return view.mentions.flatMap((m) =>
    m.entries
      .filter((e) => e.kind === 'city')
      .slice(0, 1)
      .map((e) => {
        const label: Label | undefined = lexicon.labels.get(`city:${e.id}`);
        return { city: label?.name ?? m.text, country: label?.country ?? null, first: m.first };
      }),
  );
}

// Cities after a locative, at most two words between: "à Kazan", "tại thành phố Gyeongju";
// not a list of other venues ("after Bletchley Park, Seoul and Paris").
function placedCities(cities: CityMention[], view: View, pack: LangPack): CityMention[] {
  const locatives = keysOf(pack.events.locatives, pack);
  const keys = view.tokens.map((t) => keyOf(t, pack));
  return cities.filter((c) => [1, 2, 3].some((back) => locatives.has(keys[c.first - back] ?? '')));
}

// The venue of a meeting: the first placed city after its name, else the last before it.
function venueOf(cities: CityMention[], mention: Mention): Venue | null {
  const placed = cities.find((c) => c.first > mention.last) ?? cities.filter((c) => c.first < mention.first).at(-1);
  return placed ? { city: placed.city, country: placed.country } : null;
}

// A country that hosts the meeting: "Singapour accueille la 4e réunion ...".
function hostOf(view: View, pack: LangPack): Venue | null {
  const hosts = phrasesOf(pack.events.host_words, pack);
  const keys = view.tokens.map((t) => keyOf(t, pack));
  for (const m of view.mentions) {
    const country = m.entries.find((e) => e.kind === 'country' && e.form === 'name');
    if (country && hosts.some((h) => h.every((key, i) => keys[m.last + 1 + i] === key))) return { city: null, country: country.id };
  }
  return null;
}

// A year written right by the name: "the 2026 AI Summit", "le sommet sur l'IA 2026", "năm 2027".
function yearNear(view: View, mention: Mention): number | null {
  const near = [mention.first - 1, mention.first - 2, mention.last + 1, mention.last + 2].map((i) => view.tokens[i]?.text ?? '');
  const year = near.find((text) => /^(19|20)\d\d$/.test(text));
  return year ? Number(year) : null;
}

// Is a venue named for a meeting to come or only proposed, or for a press conference? The
// words stand before it in its sentence ("will host the next summit, in Geneva") or just after
// ("Geneva will host the next one"); a hedge far before it speaks of something else.
export function isAsideVenue(view: View, first: number, pack: LangPack): boolean {
  const keys = view.tokens.map((t) => keyOf(t, pack));
  const near = (phrases: string[], before: number, after: number): boolean =>
    phrasesOf(phrases, pack).some((words) => {
      return keys.some((_, i) => i >= first - before && i <= first + after && words.length > 0 && words.every((key, j) => keys[i + j] === key));
    });
  return near(pack.events.future_words, 16, 6) || near(pack.events.non_meetings, 8, 0);
}

export function hasPhrase(view: View, phrases: string[], pack: LangPack): boolean {
  const keys = view.tokens.map((t) => keyOf(t, pack));
  const words = phrasesOf(phrases, pack);
  return keys.some((_, i) => words.some((w) => w.length > 0 && w.every((key, j) => keys[i + j] === key)));
}

function keysOf(words: string[], pack: LangPack): Set<string> {
  return new Set(phrasesOf(words, pack).flat());
}

// A pack's phrases by the keys its language matches on, tokenised once per list.
export function phrasesOf(list: string[], pack: LangPack): string[][] {
  return phraseKeys(list, pack.match_accents ? 'lower' : 'norm');
}

export function keyOf(token: { norm: string; lower: string }, pack: LangPack): string {
  return pack.match_accents ? token.lower : token.norm;
}
