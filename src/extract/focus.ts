import type { Document, Statement } from '../model/index.js';
import { packFor, tokenize, type LangPacks, type Token } from '../text/index.js';
import type { Mention } from './gazetteer.js';
import { mainEvent } from './editions.js';
import { mainDeclaration, segmentOf, sentencePlaces, type Place } from './focus-places.js';
import type { Lexicon } from './load-gazetteer.js';

type Focus = { lexicon: Lexicon; packs: LangPacks };
type Filing = { declaration: string; sentence: number; paragraph: number };
type Sentence = { places: Place[]; segment: (at: number) => number; paragraph: number };
// A sentence's tokens and gazetteer mentions as the extraction read them (else read here again).
export type ReadSentence = { tokens: Token[]; found: Mention[] };
const stanceKinds = new Set(['signed', 'not_signed', 'signatory_count']);

// Files every stance and count under a declaration, as `value.declaration` (a declaration key):
// the one its sentence names ("China did not sign the Seoul Declaration"); else the main
// declaration of an edition the sentence names, by its name, its venue or a word that points
// back ("a year ago in Paris, the US declined"); else the declaration in the document's focus.
// With none of these (a climate summit, a BRICS meeting) the stance is filed under nothing.
export function fileStances(document: Document, statements: Statement[], { lexicon, packs }: Focus, read?: ReadSentence[]): Statement[] {
  if (!statements.some((s) => stanceKinds.has(s.kind) && typeof s.value.declaration !== 'string')) return statements;
  const pack = packFor(packs, document.lang);
  const main = mainEvent(statements)?.subject ?? null;
  const focus = focusDeclaration(statements, lexicon, main);
  const sentences = new Map<number, Sentence>();
  const bySentence = statementsBySentence(statements);
  const sentenceOf = (index: number): Sentence => {
    let found = sentences.get(index);
    if (!found) {
      const span = document.sentences[index];
      const tokens = read?.[index]?.tokens ?? (span ? tokenize(document.text, span.start, span.end) : []);
      const mentions = read?.[index]?.found ?? lexicon.gazetteer.findMentions(tokens, document.text);
      const segment = segmentOf(tokens, pack);
      const here = bySentence.get(index) ?? [];
      found = { places: sentencePlaces({ tokens, mentions, segment, here }, lexicon, pack, main), segment, paragraph: span?.paragraph ?? -1 };
      sentences.set(index, found);
    }
    return found;
  };
  const filed = new Map<string, string>();
  let last: Filing | null = null;
  for (const s of [...statements].sort((a, b) => a.start - b.start)) {
    if (!stanceKinds.has(s.kind) || typeof s.value.declaration === 'string') continue;
    const sentence = sentenceOf(s.sentence);
    const here = placeFor(sentence, s.start);
    // "Britain declined to sign the Paris text. The US also stayed out.": the next stance of the
    // paragraph that names nothing is about the same text.
    const carried = last && last.paragraph === sentence.paragraph && s.sentence - last.sentence <= 1 ? last.declaration : null;
    const declaration = here ?? carried ?? focus;
    if (here) last = { declaration: here, sentence: s.sentence, paragraph: sentence.paragraph };
    if (declaration) filed.set(s.id, declaration);
  }
  return statements.map((s) => {
    const declaration = filed.get(s.id);
    return declaration ? { ...s, value: { ...s.value, declaration } } : s;
  });
}

function statementsBySentence(statements: Statement[]): Map<number, Statement[]> {
  const by = new Map<number, Statement[]>();
  for (const s of statements) {
    const list = by.get(s.sentence);
    if (list) list.push(s);
    else by.set(s.sentence, [s]);
  }
  return by;
}

// The place a stance at `start` belongs to: in its own segment, the surest kind, then the nearest.
function placeFor(sentence: Sentence, start: number): string | null {
  const segment = sentence.segment(start);
  const candidates = sentence.places.filter((p) => p.segment === segment);
  const best = Math.min(...candidates.map((p) => p.rank));
  return candidates.filter((p) => p.rank === best).sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0]?.declaration ?? null;
}

// The declaration a document is about: the one it names most (the headline and lead counting
// three times), counting the mentions of its event for the main event's own declarations; on a
// tie, one named outright wins ("signent la Convention-cadre ... en marge du Sommet de Paris").
function focusDeclaration(statements: Statement[], lexicon: Lexicon, event: string | null): string | null {
  const weight = (s: Statement): number => (s.sentence < 3 ? 3 : 1);
  const scores = new Map<string, number>();
  const mainOfEvent = event ? mainDeclaration(lexicon, event) : null;
  if (mainOfEvent) scores.set(mainOfEvent, 0);
  for (const s of statements) {
    if (s.kind === 'declaration' && lexicon.labels.has(`declaration:${s.subject}`)) scores.set(s.subject, (scores.get(s.subject) ?? 0) + weight(s) + 0.1);
    if (s.kind === 'event' && s.subject === event && mainOfEvent) scores.set(mainOfEvent, (scores.get(mainOfEvent) ?? 0) + weight(s));
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}
