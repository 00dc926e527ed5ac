import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../model/index.js';
import { loadLangPacks, packFor, textDocument } from '../text/index.js';
import { editionsBeside, reportedEvents } from './editions.js';
import { extractStatements, loadExtractor } from './index.js';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const packs = loadLangPacks(dataDir);
const extractor = loadExtractor(dataDir, packs);

// The events a text reports on, as "name @ city/country".
function eventsOf(text: string, lang: Lang): string[] {
  const statements = extractStatements(textDocument(text, lang, packFor(packs, lang)), extractor);
  return reportedEvents(statements, extractor.lexicon)
    .filter((s) => !s.value.isSeries || s.value.city || s.value.country)
    .map((s) => `${String(s.value.name)} @ ${String(s.value.city ?? s.value.country)}`);
}

describe('the events a text reports on', () => {
  it.each<[string, Lang, string[]]>([
    // A series with its venue in the sentence is the edition held there.
    ['Les dirigeants se retrouvent cette semaine pour un sommet des BRICS qui se tient à Kazan.', 'fr', ['BRICS summit @ Kazan']],
    ['Hôm nay tại Bletchley Park, hội nghị thượng đỉnh an toàn AI chính thức khai mạc.', 'vi', ['AI Safety Summit @ Bletchley Park']],
    // A hedge far from the name speaks of something else.
    [
      'Hội nghị thượng đỉnh toàn cầu về AI tại Paris, nơi nhiều nước được cho là sẽ ký một tuyên bố chung, khai mạc hôm nay.',
      'vi',
      ['AI Action Summit @ Paris'],
    ],
    // A year by the series' name gives the edition of that year.
    ['Ministers met in a working session at the 2026 AI Summit to discuss compute.', 'en', ['AI Impact Summit @ IN']],
    // A series edition not listed in the gazetteer: the series' meeting at the venue.
    ['Hội nghị cấp cao APEC tại thành phố Busan đã bế mạc chiều nay.', 'vi', ["APEC Economic Leaders' Meeting @ Busan"]],
    // A country that hosts the meeting gives its place.
    ["Singapour accueille cette semaine la réunion des ministres du numérique de l'ASEAN.", 'fr', ["ASEAN Digital Ministers' Meeting @ SG"]],
    // A meeting to come is not reported on: "the next summit ... in Geneva".
    ['Switzerland will host the next global AI summit in Geneva, its president said.', 'en', []],
    // A series without a place states no event.
    ['Leaders at the G7 summit talked about trade for hours.', 'en', []],
    // Two meetings, each named in the lead: both are reported on.
    ['COP28 closed in Dubai on Wednesday.\n\nOn the sidelines, a BRICS summit held in Kazan drew leaders.', 'en', ['COP28 @ Dubai', 'BRICS summit @ Kazan']],
    // A meeting no gazetteer names, set at a venue in the lead.
    ['Hội nghị bàn tròn cấp bộ trưởng về dữ liệu số đã khai mạc sáng nay tại Đà Nẵng.', 'vi', ['Hội nghị bàn tròn cấp bộ trưởng về dữ liệu số @ Da Nang']],
    // A press conference is no meeting reported on.
    ["Le ministre a tenu une conférence de presse à Paris sur l'intelligence artificielle.", 'fr', []],
  ])('%s', (text, lang, expected) => {
    expect(eventsOf(text, lang)).toEqual(expected);
  });
});

describe('earlier and next editions beside the one reported on', () => {
  // As "place" (city or country) of each previous_event the gold output keeps.
  const previousOf = (text: string, lang: Lang): string[] =>
    editionsBeside(extractStatements(textDocument(text, lang, packFor(packs, lang)), extractor), 'previous_event', extractor.lexicon).map((s) =>
      String(s.value.city ?? s.value.country),
    );
  it.each<[string, Lang, string[]]>([
    // The first summit of an article on that very summit is no earlier edition.
    ['The AI Safety Summit opened at Bletchley Park. The very first of these summits was held in the United Kingdom.', 'en', []],
    // An earlier edition named without its venue keeps the city its name holds.
    ['The AI Action Summit opened in Paris. Compared with the Bletchley summit, the talks went further.', 'en', ['Bletchley Park']],
  ])('%s', (text, lang, expected) => {
    expect(previousOf(text, lang)).toEqual(expected);
  });
});
