import type { Document, Statement } from '../model/index.js';
import { packFor, tokenize, type LangPack, type LangPacks, type Token } from '../text/index.js';
import { mainEvent } from './editions.js';
import type { Lexicon } from './load-gazetteer.js';

type Focus = { lexicon: Lexicon; packs: LangPacks };
type Place = { declaration: string; start: number };
const stanceKinds = new Set(['signed', 'not_signed', 'signatory_count']);

// Files every stance and count under a declaration, as `value.declaration` (a declaration key):
// the one its sentence names ("China did not sign the Seoul Declaration"); else the main
// declaration of an edition the sentence names, by its name, its venue or a word that points
// back ("a year ago in Paris, the US declined"); else the declaration in the document's focus.
// With none of these (a climate summit, a BRICS meeting) the stance is filed under nothing.
export function fileStances(document: Document, statements: Statement[], { lexicon, packs }: Focus): Statement[] {
  if (!statements.some((s) => stanceKinds.has(s.kind))) return statements;
  const pack = packFor(packs, document.lang);
  const main = mainEvent(statements);
  const focus = focusDeclaration(statements, lexicon, main?.subject ?? null);
  const bySentence = new Map<number, Place[]>();
  const placesIn = (sentence: number): Place[] => {
    let places = bySentence.get(sentence);
    if (!places) bySentence.set(sentence, (places = sentencePlaces(document, sentence, statements, lexicon, pack, main?.subject ?? null)));
    return places;
  };
  return statements.map((s) => {
    if (!stanceKinds.has(s.kind) || typeof s.value.declaration === 'string') return s;
    const declaration = nearest(placesIn(s.sentence), s.start) ?? focus;
    return declaration ? { ...s, value: { ...s.value, declaration } } : s;
  });
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

// Declarations a sentence points to, with where: named ones first; else its editions.
function sentencePlaces(document: Document, index: number, statements: Statement[], lexicon: Lexicon, pack: LangPack, main: string | null): Place[] {
  const here = statements.filter((s) => s.sentence === index);
  const named = here.filter((s) => s.kind === 'declaration' && lexicon.labels.has(`declaration:${s.subject}`));
  if (named.length > 0) return named.map((s) => ({ declaration: s.subject, start: s.start }));
  const events = here
    .filter((s) => s.kind === 'event' && !s.value.isSeries)
    .flatMap((s) => (mainDeclaration(lexicon, s.subject) ? [{ declaration: mainDeclaration(lexicon, s.subject) as string, start: s.start }] : []));
  if (events.length > 0) return events;
  const sentence = document.sentences[index];
  if (!sentence) return [];
  const tokens = tokenize(document.text, sentence.start, sentence.end);
  return [...venuePlaces(tokens, document.text, lexicon), ...pointerPlaces(tokens, pack, lexicon, main)];
}

// "à Séoul", "in Bletchley Park": the edition held at a venue of the series. A dateline in
// capitals ("PARIS -") says where the article was written, not which summit.
function venuePlaces(tokens: Token[], text: string, lexicon: Lexicon): Place[] {
  return lexicon.gazetteer.findMentions(tokens, text).flatMap((m) => {
    if (m.text === m.text.toUpperCase()) return [];
    const city = m.entries.find((e) => e.kind === 'city');
    const declaration = city ? declarationAt(lexicon, lexicon.labels.get(`city:${city.id}`)?.name ?? '') : null;
    return declaration ? [{ declaration, start: m.start }] : [];
  });
}

// "a year ago", "l'an dernier": the edition before the main one; "the first summit": edition 1.
function pointerPlaces(tokens: Token[], pack: LangPack, lexicon: Lexicon, main: string | null): Place[] {
  const label = main ? lexicon.labels.get(`event:${main}`) : undefined;
  if (!label?.series || label.edition === null) return [];
  const key = (t: Token): string => (pack.match_accents ? t.lower : t.norm);
  const found: Place[] = [];
  for (const [words, edition] of [
    [pack.focus.earlier, label.edition - 1],
    [pack.focus.first, 1],
  ] as const) {
    const at = findWords(tokens, words, key);
    const event = at === null ? null : editionOf(lexicon, label.series, edition);
    const declaration = event ? mainDeclaration(lexicon, event) : null;
    if (at !== null && declaration) found.push({ declaration, start: at });
  }
  return found;
}

function findWords(tokens: Token[], phrases: string[], key: (t: Token) => string): number | null {
  for (const phrase of phrases) {
    const words = tokenize(phrase).map(key);
    for (let i = 0; i + words.length <= tokens.length; i += 1)
      if (words.every((w, j) => key(tokens[i + j] as Token) === w)) return (tokens[i] as Token).start;
  }
  return null;
}

function nearest(places: Place[], start: number): string | null {
  return [...places].sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0]?.declaration ?? null;
}

// The first declaration data/gazetteers/declarations.yaml lists for an event: its main one.
function mainDeclaration(lexicon: Lexicon, event: string): string | null {
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
  for (const [id, label] of lexicon.labels) if (id.startsWith('event:') && label.series === series && label.edition === edition) return id.slice('event:'.length);
  return null;
}
