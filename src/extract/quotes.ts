import type { LangPack } from '../text/index.js';
import { carriedSpeaker, documentSpeakers, viewAt, withAttribution, type SentenceView } from './quote-context.js';
import { isDroppedBefore } from './quote-dropped.js';
import { findQuoteSpans, quoteMarksOf, type QuoteSpan } from './quote-spans.js';
import { speakerAfter, speakerBefore, type Speakers } from './quote-speakers.js';
import { introVerb, opensWithAccording, quoteWordsOf, verbIn, verbAt, type QuoteWords } from './quote-words.js';

export { viewAt, type SentenceView } from './quote-context.js';

export type Quote = { start: number; end: number; text: string; speaker: string | null; isFragment: boolean; sentence: number; how: string };
// A quote as attribution sees it: `alone` when it fills its sentence ("“...”" with nothing
// else), `until` the last sentence its attribution reaches.
export type Found = Quote & { alone: boolean; until: number };
type Attribution = { speaker: string | null; how: string; isFragment: boolean; alone?: boolean };

// Direct quotations with their speaker, in the patterns of ../shared/eval/README.md: a speech
// verb after the quote ("», a déclaré X"; "”, X, an analyst, said"; "», a-t-il conclu"), a
// speech verb or a colon before it ("X a affirmé : « »"; "he stated, “"), "selon X", a quote
// split around its attribution, and a quote alone in its sentence, spoken by whoever spoke or
// was introduced just before. A quotation woven into the reporter's own sentence is a
// fragment. When none of these holds, the speaker stays empty: a wrong name is worse than none.
export function findQuotes(text: string, views: SentenceView[], pack: LangPack, resolve: (name: string) => string): Quote[] {
  const spans = findQuoteSpans(text, quoteMarksOf(pack.quote_marks)).filter((s) => s.text.length > 0);
  const speakers = documentSpeakers(text, views, spans, quoteWordsOf(pack), resolve);
  const found: Found[] = [];
  spans.forEach((span, i) => {
    const sentence = attributionView(views, span, text, speakers.words);
    if (!sentence) return;
    const view = withAttribution(views, sentence, text, span.end);
    const limit = Math.min(Math.max(span.end, view.sentence.end), spans[i + 1]?.start ?? Infinity);
    const { speaker, how, isFragment, alone } = attribute(text, span, view, limit, speakers, found);
    const resolved = speaker ? resolve(speaker) : null;
    found.push({
      start: span.start,
      end: span.end,
      text: span.text,
      speaker: resolved,
      isFragment,
      sentence: view.sentence.index,
      how: resolved ? how : 'none',
      alone: alone ?? false,
      until: Math.max(view === sentence ? sentence.sentence.index : sentence.sentence.index + 1, viewAt(views, span.end - 1)?.sentence.index ?? 0),
    });
  });
  return found.map(({ alone: _, until: __, ...quote }) => quote);
}

function attribute(text: string, span: QuoteSpan, view: SentenceView, limit: number, speakers: Speakers, found: Found[]): Attribution {
  const { words } = speakers;
  const before = text.slice(view.sentence.start, span.start).trim();
  const after = text.slice(span.end, limit).trim();
  const afterTokens = view.tokens.filter((t) => t.start >= span.end && t.end <= limit);
  const beforeTokens = view.tokens.filter((t) => t.end <= span.start);
  const continued = continuation(text, span, view, found, speakers);
  if (continued) return continued;
  const isReported = /^[,—–:-]/.test(after) || /[,!?…]$/.test(span.text);
  const verb = isReported ? verbIn(afterTokens, words, 0, afterTokens.length) : null;
  // "Theo PGS.TS Trịnh Văn Khải, Trưởng phòng ..., “...”", "Selon M. Dupont, « ... »"
  const isAccording = /,$/.test(before) && opensWithAccording(beforeTokens, words);
  const intro = isAccording ? null : introVerb(beforeTokens, words);
  const isColon = /[:：]$/.test(before);
  const isIntroduced = intro !== null || isColon || isAccording;
  const isFragment = before !== '' && !isIntroduced;
  if (verb !== null && !isIntroduced) return { speaker: speakerAfter(afterTokens, verb, view, speakers, span.start), how: 'verb-after', isFragment };
  if (isIntroduced) {
    const subject = intro ? beforeTokens.slice(0, intro.index) : beforeTokens.slice(isAccording ? 1 : 0, isColon ? -1 : undefined);
    const how = isColon ? 'colon' : isAccording ? 'according' : 'verb-before';
    const speaker = speakerBefore(subject, view, speakers);
    // "Esos tres pilares, sostuvo, «…»": the subject left unstated is the person named before.
    if (!speaker && intro && isDroppedBefore(beforeTokens, intro, view, words))
      return { speaker: speakers.lastSubject(span.start), how: 'dropped', isFragment: false };
    return { speaker, how, isFragment: false };
  }
  if (before === '' && (after === '' || /^[.!?]/.test(after)))
    return { speaker: carriedSpeaker(view, speakers, found), how: 'carried', isFragment: false, alone: true };
  return { speaker: isFragment ? speakerBefore(beforeTokens, view, speakers) : null, how: isFragment ? 'fragment' : 'none', isFragment };
}

// "« A », a-t-il ajouté, « B »", "“A,” she said, “B.”": the second part of a quote split around
// its attribution speaks with the first.
function continuation(text: string, span: QuoteSpan, view: SentenceView, found: Found[], speakers: Speakers): Attribution | null {
  const last = found.at(-1);
  if (!last?.speaker || last.isFragment || last.sentence !== view.sentence.index || last.how !== 'verb-after') return null;
  const bridge = view.tokens.filter((t) => t.start >= last.end && t.end <= span.start);
  const hasVerb = bridge.some((_, i) => verbAt(bridge, i, speakers.words) !== null);
  return hasVerb && /[,.:;—–]$/.test(text.slice(last.end, span.start).trim()) ? { speaker: last.speaker, how: 'continued', isFragment: false } : null;
}

// The sentence a quote's attribution lies in: its first one, or, when the text's sentences cut
// the quote ("«Van cuatro. Serán diez”, contó"), the one it closes in when that one goes on
// after the quote with a comma or dash and a speech verb.
function attributionView(views: SentenceView[], span: QuoteSpan, text: string, words: QuoteWords): SentenceView | undefined {
  const [first, closing] = [viewAt(views, span.start), viewAt(views, span.end - 1)];
  if (!first || !closing || closing === first || closing.sentence.paragraph !== first.sentence.paragraph) return first;
  const after = closing.tokens.filter((t) => t.start >= span.end);
  const isAttributed = /^\s*[,—–-]/.test(text.slice(span.end, closing.sentence.end)) && verbIn(after, words, 0, 4) !== null;
  return isAttributed ? closing : first;
}
