import type { Statement } from '../model/index.js';
import { phraseKeys, type LangPack, type Token } from '../text/index.js';
import type { Mention } from './gazetteer.js';
import type { Lexicon } from './load-gazetteer.js';
import { splitClauses, wordsOf } from './stance-clauses.js';

// A declaration a sentence points to, where, and how: 1 named outright, 2 by its edition's
// name, 3 by a venue or a word that points back. `segment`: the run of the sentence between
// stops (a quotation of several sentences stays one sentence, but each of its parts has its own).
export type Place = { declaration: string; start: number; rank: number; segment: number };

// Every place a sentence points to. Editions named as a time reference ("un an après le sommet
// de Paris, Pékin a signé") are left out: the stance is about another text.
// `here`: the statements of the sentence; `mentions`: the gazetteer's, as found in its tokens.
export type PlaceSentence = { tokens: Token[]; mentions: Mention[]; segment: (at: number) => number; here: Statement[] };

export function sentencePlaces({ tokens, mentions, segment, here }: PlaceSentence, lexicon: Lexicon, pack: LangPack, main: string | null): Place[] {
  const key = (t: Token): string => (pack.match_accents ? t.lower : t.norm);
  const after = phraseKeys(pack.focus.after, pack.match_accents ? 'lower' : 'norm');
  // An `after` word at most six words before, with no mark between: "un an après le sommet de Paris".
  const isTimeReference = (start: number): boolean => {
    const at = tokens.findIndex((t) => t.start >= start);
    for (let from = at - 1; from >= Math.max(0, at - 6) && /^[\p{L}\d]/u.test((tokens[from] as Token).text); from -= 1)
      if (after.some((words) => words.every((w, j) => tokens[from + j] && key(tokens[from + j] as Token) === w))) return true;
    return false;
  };
  const places: Omit<Place, 'segment'>[] = [
    ...here
      .filter((s) => s.kind === 'declaration' && lexicon.labels.has(`declaration:${s.subject}`))
      .map((s) => ({ declaration: s.subject, start: s.start, rank: 1 })),
    ...here
      .filter((s) => s.kind === 'event' && !s.value.isSeries && !isTimeReference(s.start))
      .flatMap((s) => withDeclaration(mainDeclaration(lexicon, s.subject), s.start, 2)),
    // A venue inside an edition's name ("sommet de Bletchley Park") is that edition's.
    ...venuePlaces(mentions, lexicon).filter(
      (p) => !isTimeReference(p.start) && !here.some((s) => s.kind === 'event' && s.start <= p.start && p.start < s.end),
    ),
    ...pointerPlaces(tokens, pack, lexicon, main, key),
  ];
  return places.map((p) => ({ ...p, segment: segment(p.start) }));
}

// The segment a position falls in: stops are . ; ? ! followed by a space.
// Clauses end segments too: "X, Y và Z đều ký tuyên bố, trong khi tại Paris năm 2025 ..." files
// the signatures under the text of this summit, not under Paris.
export function segmentOf(tokens: Token[], pack: LangPack): (at: number) => number {
  const keys = tokens.map((t) => (pack.match_accents ? t.lower : t.norm));
  const clauseStarts = splitClauses(keys, wordsOf(pack))
    .slice(1)
    .map((c) => tokens[c.first]?.start ?? 0);
  const stops = [...tokens.filter((t, i) => /^[.;?!]$/.test(t.text) && i < tokens.length - 1).map((t) => t.end), ...clauseStarts];
  return (at) => stops.filter((end) => end <= at).length;
}

function withDeclaration(declaration: string | null, start: number, rank: number): Omit<Place, 'segment'>[] {
  return declaration ? [{ declaration, start, rank }] : [];
}

// "à Séoul", "in Bletchley Park": the edition held at a venue of the series. A dateline in
// capitals ("PARIS -") says where the article was written, not which summit.
function venuePlaces(mentions: Mention[], lexicon: Lexicon): Omit<Place, 'segment'>[] {
  return mentions.flatMap((m) => {
    const city = m.text === m.text.toUpperCase() ? undefined : m.entries.find((e) => e.kind === 'city');
    return withDeclaration(city ? declarationAt(lexicon, lexicon.labels.get(`city:${city.id}`)?.name ?? '') : null, m.start, 3);
  });
}

// "a year ago", "l'an dernier": the edition before the main one.
function pointerPlaces(tokens: Token[], pack: LangPack, lexicon: Lexicon, main: string | null, key: (t: Token) => string): Omit<Place, 'segment'>[] {
  const label = main ? lexicon.labels.get(`event:${main}`) : undefined;
  const at = label?.series && label.edition !== null ? findWords(tokens, pack.focus.earlier, key, pack) : null;
  const event = at === null || !label?.series || label.edition === null ? null : editionOf(lexicon, label.series, label.edition - 1);
  return at === null || !event ? [] : withDeclaration(mainDeclaration(lexicon, event), at, 3);
}

function findWords(tokens: Token[], phrases: string[], key: (t: Token) => string, pack: LangPack): number | null {
  for (const words of phraseKeys(phrases, pack.match_accents ? 'lower' : 'norm')) {
    for (let i = 0; i + words.length <= tokens.length; i += 1) if (words.every((w, j) => key(tokens[i + j] as Token) === w)) return (tokens[i] as Token).start;
  }
  return null;
}

// The first declaration data/gazetteers/declarations.yaml lists for an event: its main one.
export function mainDeclaration(lexicon: Lexicon, event: string): string | null {
  for (const [id, label] of lexicon.labels) if (id.startsWith('declaration:') && label.event === event) return id.slice('declaration:'.length);
  return null;
}

// The main declaration of the first edition held in a city ("Paris" -> the Paris statement).
function declarationAt(lexicon: Lexicon, city: string): string | null {
  for (const [id, label] of lexicon.labels) {
    const declaration = id.startsWith('event:') && label.edition !== null && label.city === city ? mainDeclaration(lexicon, id.slice('event:'.length)) : null;
    if (declaration) return declaration;
  }
  return null;
}

function editionOf(lexicon: Lexicon, series: string, edition: number): string | null {
  for (const [id, label] of lexicon.labels)
    if (id.startsWith('event:') && label.series === series && label.edition === edition) return id.slice('event:'.length);
  return null;
}
