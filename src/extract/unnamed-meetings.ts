import type { LangPack } from '../text/index.js';
import type { View } from './analyse.js';
import { hasPhrase, keyOf, phrasesOf } from './event-venues.js';
import type { Lexicon } from './load-gazetteer.js';

export type Meeting = { id: string; name: string; city: string; country: string | null; start: number; end: number; sentence: number };

// A meeting no gazetteer names, set at a venue in the headline or lead: "Hội nghị bàn tròn cấp
// bộ trưởng về dữ liệu khai mạc sáng nay tại Đà Nẵng", "a ministerial roundtable on AI opened
// in Kigali". Only for a text that names no other event; not a press conference, nor a meeting
// to come. Its name is the text's words from the meeting noun to the venue.
export function unnamedMeeting(views: View[], lexicon: Lexicon, pack: LangPack): Meeting | null {
  const nouns = phrasesOf(pack.events.meeting_words, pack);
  const locatives = new Set(phrasesOf(pack.events.locatives, pack).flat());
  for (const view of views.slice(0, 3)) {
    if (hasPhrase(view, pack.events.future_words, pack) || hasPhrase(view, pack.events.non_meetings, pack)) continue;
    const keys = view.tokens.map((t) => keyOf(t, pack));
    const at = keys.findIndex((_, i) => nouns.some((n) => n.every((key, j) => keys[i + j] === key)));
    if (at === -1) continue;
    const city = view.mentions.find(
      (m) =>
        m.first > at && m.first - at <= 20 && m.entries.some((e) => e.kind === 'city') && [1, 2, 3].some((back) => locatives.has(keys[m.first - back] ?? '')),
    );
    const entry = city?.entries.find((e) => e.kind === 'city');
    if (!city || !entry || view.mentions.some((m) => m.first > at && m.first < city.first && m.entries.some((e) => e.kind === 'event'))) continue;
    const label = lexicon.labels.get(`city:${entry.id}`);
    const stops = new Set([...locatives, ...pack.organization_stops.map((w) => w.toLowerCase())]);
    const end = view.tokens.findIndex((t, i) => i > at && (stops.has(keyOf(t, pack)) || stops.has(t.lower) || !/^[\p{L}\p{N}]/u.test(t.text)));
    const words = view.tokens.slice(at, end === -1 || end > city.first ? city.first : end);
    return {
      id: `meeting-${entry.id}`,
      name: words
        .slice(0, 12)
        .map((t) => t.text)
        .join(' '),
      city: label?.name ?? city.text,
      country: label?.country ?? null,
      start: view.tokens[at]?.start ?? 0,
      end: city.end,
      sentence: view.sentence.index,
    };
  }
  return null;
}
