import { foldKey, type Token } from '../text/index.js';
import type { Person } from './persons.js';
import { isSubjectDropped, statedSubject, subjectAfterAdjuncts } from './quote-dropped.js';
import type { QuoteWords, Verb } from './quote-words.js';
import type { SentenceView } from './quote-context.js';

// What the speaker search knows of the document: the sentence views, the pack's words, the
// person last named as a subject (for "he said"), and the person a title names ("the
// President" after "President Guy Parmelin").
export type Speakers = {
  views: SentenceView[];
  // "Shetty" after "Rahul Shetty", "Minh" after "Lê Hoàng Nhật Minh": the full name of one
  // capitalised word that ends a longer name the document writes or the resolver completes.
  fullName: (token: Token) => string | null;
  words: QuoteWords;
  subjects: (view: SentenceView, limit?: number) => Person[];
  lastSubject: (offset: number) => string | null;
  withRole: (role: string, offset: number) => string | null;
};

const dash = /^[,—–-]$/;

// After the quote: "”, Daniel Osei, policy director at ..., said." / "», a déclaré Linda Griffin"
// / "», a-t-il conclu" / "”, she said" / "”, said the President of the Confederation".
export function speakerAfter(tokens: Token[], verb: Verb, view: SentenceView, speakers: Speakers, quoteStart: number): string | null {
  return inFull(nameAfter(tokens, verb, view, speakers, quoteStart), speakers, quoteStart);
}

function nameAfter(tokens: Token[], verb: Verb, view: SentenceView, speakers: Speakers, quoteStart: number): string | null {
  const { words } = speakers;
  const lead = tokens.findIndex((t) => !dash.test(t.text) && t.text !== ':');
  const named = nameAt(tokens, lead, view, words);
  if (named && lead < verb.index) return named;
  // "”, Shetty said": one capitalised word right before the verb, a name the document gives
  // in full ("Acme said" is a company's words).
  const single = tokens[lead];
  const full = single && lead + 1 === verb.index ? speakers.fullName(single) : null;
  if (full) return full;
  if (verb.isPronoun) return speakers.lastSubject(quoteStart);
  const afterVerb = tokens.findIndex((t, i) => i >= verb.index + verb.length && !dash.test(t.text));
  if (verb.index > 5) return null;
  const nameAfter = nameAt(tokens, skipHonorifics(tokens, afterVerb, words), view, words) ?? titledApposition(tokens, afterVerb, view, words);
  if (nameAfter) return nameAfter;
  if (words.pronouns.has(tokens[verb.index - 1]?.norm ?? '') || words.pronouns.has(tokens[afterVerb]?.norm ?? '')) return speakers.lastSubject(quoteStart);
  const titled =
    described(tokens.slice(afterVerb, afterVerb + 4), view, speakers, quoteStart) ??
    described(tokens.slice(lead, verb.index), view, speakers, quoteStart) ??
    subjectAfterAdjuncts(tokens, afterVerb, view, words);
  // "», insistió durante el foro": the verb right after the quote, its subject unstated.
  const isDropped = !titled && lead === verb.index && isSubjectDropped(tokens, verb.index + verb.length, view, words);
  return isDropped ? speakers.lastSubject(quoteStart) : titled;
}

// Before the quote, who speaks in "X, chercheur à Y, a affirmé : « »", "he stated, “",
// "the COP President said, “", "Thứ trưởng Bộ Tài chính khẳng định: “": the clause's first person,
// else the person its title names, else a name, else the person a pronoun stands for.
export function speakerBefore(tokens: Token[], view: SentenceView, speakers: Speakers): string | null {
  return inFull(nameBefore(tokens, view, speakers), speakers, tokens.at(-1)?.end ?? view.sentence.start);
}

// Speaker names are never cut: "bà Hà nhận định" speaks for the "PGS.TS. Lê Thu Hà" named just
// before, "ông Phương" for "Bùi Hoàng Phương", "Yoon" for "Yoon Suk Yeol". A one-word name is the
// nearest person named before `offset` (the first one named in the nearest sentence naming any)
// whose full name ends or opens with it; the person the analysis found by a courtesy title alone
// is the word, not the name, and the document-wide lookup of `fullName` gives up when two full
// names share it ("Lê Thu Hà", the "Hồng Hà" of a university's name).
function inFull(name: string | null, speakers: Speakers, offset: number): string | null {
  if (!name || /\s/u.test(name.trim())) return name;
  const key = foldKey(name);
  for (let k = speakers.views.length - 1; k >= 0; k -= 1) {
    const view = speakers.views[k] as SentenceView;
    if (view.sentence.start > offset) continue;
    const found = byPosition(view).find((p) => {
      const words = foldKey(p.name).split(' ');
      return words.length > 1 && (view.tokens[p.first] as Token).start < offset && (words.at(-1) === key || words[0] === key);
    });
    if (found) return found.name;
  }
  return name;
}

function nameBefore(tokens: Token[], view: SentenceView, speakers: Speakers): string | null {
  const end = tokens.at(-1)?.end ?? 0;
  const first = speakers.subjects(view, end)[0];
  if (first) return first.name;
  const start = tokens[0]?.start ?? view.sentence.start;
  const titled = described(tokens, view, speakers, start);
  if (titled) return titled;
  const named = subjectName(tokens, view, speakers);
  if (named) return named;
  // "He further commented,", "Selon lui,", "Theo ông,", "the minister, she said,".
  const isPronoun = (t: Token | undefined): boolean => t !== undefined && speakers.words.pronouns.has(t.norm);
  return tokens.slice(0, 3).some(isPronoun) || tokens.slice(-4).some(isPronoun) ? speakers.lastSubject(start) : null;
}

// A name standing as the subject, among the first words: a whole run of capitalised words
// ("Tariq Hussain, an analyst, said:"), not the tail of a longer one ("The Acme Corporation");
// or one word right before the verb that the document gives in full ("Vance said:").
function subjectName(tokens: Token[], view: SentenceView, speakers: Speakers): string | null {
  const isWord = (t: Token | undefined): boolean => t !== undefined && t.isUpper && /^\p{L}/u.test(t.text);
  for (let i = 0; i < Math.min(tokens.length, 6); i += 1) {
    if (isWord(tokens[i - 1])) continue;
    const name = nameAt(tokens, i, view, speakers.words);
    if (name) return name;
  }
  const last = tokens.at(-1);
  return last && !isWord(tokens.at(-2)) ? speakers.fullName(last) : null;
}

// The persons of a sentence in the order the text names them.
export function byPosition(view: SentenceView): Person[] {
  return [...view.persons].sort((a, b) => a.first - b.first);
}

// "said the foreign minister, Penny Wong,", "assure le ministre des Affaires étrangères,
// Jean Roy": a title, a comma, then the name in apposition.
function titledApposition(tokens: Token[], from: number, view: SentenceView, words: QuoteWords): string | null {
  const comma = tokens.findIndex((t, i) => i >= from && t.text === ',');
  // Not a title inside an adjunct: "dijo tras la reunión con el presidente, Pedro Gómez".
  if (comma === -1 || comma - from > 8 || (words.articles.size > 0 && statedSubject(tokens, from, comma, words) === -1)) return null;
  const [start, end] = [tokens[from]?.start ?? -1, tokens[comma]?.start ?? -1];
  const isTitled = view.mentions.some((m) => m.start >= start && m.end <= end && m.entries.some((e) => e.kind === 'role'));
  return isTitled ? nameAt(tokens, skipHonorifics(tokens, comma + 1, words), view, words) : null;
}

// "a déclaré M. Dupont", "said Mr. Lee", "theo ông Marchetti": the name after the courtesy title.
function skipHonorifics(tokens: Token[], index: number, words: QuoteWords): number {
  let i = index;
  while (words.honorifics.has(tokens[i]?.norm ?? '') || tokens[i]?.text === '.') i += 1;
  return i;
}

// A person the analysis found at tokens[index], else two to four capitalised words there that
// no gazetteer or organisation claims.
export function nameAt(tokens: Token[], index: number, view: SentenceView, quoteWords: QuoteWords): string | null {
  const token = tokens[index];
  if (!token) return null;
  const person = view.persons.find((p) => {
    const at = (view.tokens[p.first] as Token).start;
    return at >= token.start && at <= token.start + 40 && isWithinTitle(view, token.start, p);
  });
  if (person) return person.name;
  const covered = (t: Token): boolean =>
    view.mentions.some((m) => m.start <= t.start && t.end <= m.end && m.entries.some((e) => e.kind !== 'role')) ||
    (view.organizations ?? []).some((o) => (view.tokens[o.first] as Token).start <= t.start && t.end <= (view.tokens[o.last] as Token).end);
  const words: string[] = [];
  for (let i = index; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (!t.isUpper || !/^\p{L}/u.test(t.text) || covered(t) || (t.text.length > 2 && t.text === t.text.toUpperCase())) break;
    words.push(t.text);
  }
  const opensName = tokens[index] !== undefined && !quoteWords.notNames.has(quoteWords.keyOf(tokens[index] as Token));
  return opensName && words.length >= 2 && words.length <= 4 ? words.join(' ') : null;
}

// Only titles, honorifics, determiners and two other words at most may stand between `from`
// and the person: "said Mumbai team coach Dinesh Varghese", "a déclaré le ministre Jean Roy".
function isWithinTitle(view: SentenceView, from: number, person: Person): boolean {
  const between = view.tokens.filter((t) => t.start >= from && t.end <= (view.tokens[person.first] as Token).start);
  const isTitle = (t: Token): boolean => t.isUpper || view.mentions.some((m) => m.start <= t.start && t.end <= m.end) || t.text === '.' || t.norm.length <= 3;
  return between.every((t) => /[\p{L}\p{N}.]/u.test(t.text)) && between.filter((t) => !isTitle(t)).length <= 2;
}

// "the President of the Swiss Confederation", "le président a ajouté": a title in `tokens`
// names the person the document gave that title, the last one before the quote.
function described(tokens: Token[], view: SentenceView, speakers: Speakers, offset: number): string | null {
  const [start, end] = [tokens[0]?.start ?? -1, tokens.at(-1)?.end ?? -1];
  const roles = view.mentions.filter((m) => m.start >= start && m.end <= end).flatMap((m) => m.entries.filter((e) => e.kind === 'role'));
  for (const role of roles.reverse()) {
    const person = speakers.withRole(role.id, offset);
    if (person) return person;
  }
  return null;
}
