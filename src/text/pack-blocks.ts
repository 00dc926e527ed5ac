import { z } from 'zod';

// The word blocks of a pack that one part of extraction reads as a whole, each a map from a
// name to a list of words: `clauses:` (the stance construction, src/extract/stance-clauses.ts),
// `events:` (what a sentence says of an event beside its name), `quotes:` (src/extract/quotes.ts). A pack may leave any list out.
const blockLists = {
  clauses: [
    'sign',
    'support',
    'texts',
    'refusals',
    'negators',
    'hedges',
    'breaks',
    'relatives',
    'contrasts',
    'hosts',
    'locatives',
    'others',
    'party_nouns',
    'summits',
    'links',
    'compounds',
    'attendance',
    'not_party_after',
    'not_party_before',
    'continuations',
    'trailing_negators',
  ],
  events: ['future_words', 'locatives', 'host_words', 'meeting_words', 'non_meetings'],
  // How quotes name their speaker: "according to X", "”, he said", "», a-t-il conclu", and the
  // words after a speech verb that weave a quote into the reporter's sentence ("a ajouté que").
  // `adjuncts`, `adverbs` and `articles` are for languages that leave a subject unstated («…»,
  // insistió durante el foro): the prepositions that open an adjunct after a speech verb, the
  // adverbs that may stand there ("ayer"), and the articles that open a stated subject ("dijo
  // en la radio la jueza"). A pack that lists no adjuncts never gives a bare verb a speaker.
  quotes: ['according', 'pronouns', 'inversions', 'complementizers', 'adjuncts', 'adverbs', 'articles'],
  // Where a stance belongs (src/extract/focus.ts): `earlier` words point to the edition before
  // the one the article reports on ("a year ago", "l'an dernier", "năm ngoái"); an edition named
  // right after an `after` word is a time reference ("un an après le sommet de Paris").
  focus: ['earlier', 'after'],
  // The word classes of stance rules, named @class in data/rules/*/stances.yaml.
  stances: [
    'sign_verbs',
    'support_verbs',
    'text_nouns',
    'sign_inverted',
    'sign_present',
    'sign_passive',
    'agents',
    'auxiliaries',
    'adverbs',
    'asides',
    'inclusion',
    'party_nouns',
    'company_nouns',
    'signatory_nouns',
    'membership',
    'membership_verbs',
    'include_verbs',
    'support_nouns',
    'leader_heads',
    'list_joiners',
    'item_joiners',
    'refusal_verbs',
    'negators',
    'hedges',
    'future',
    'conditions',
    'clause_breaks',
    'approximations',
    'locatives',
  ],
  // Who led which delegation (src/extract/delegation-clauses.ts), for what the rules of
  // data/rules/*/delegations.yaml miss: the `nouns` of a delegation, the words after which its
  // head is named (`led_by`: "led by", "conduite par"), those after its head (`leads`: "led",
  // "dẫn đầu"), and those after which a country names who represents it (`represented`).
  delegations: ['nouns', 'led_by', 'leads', 'represented'],
  // --- s5c: portfolios ---
  // How a title names a person (src/extract/persons.ts): the `portfolios` a title may carry
  // before the name with no comma ("el ministro de Industria Jordi Hereu": "Industria").
  persons: ['portfolios'],
  // --- i10b: datelines ---
  // How an article's dateline gives its date ("PARIS, 11 février 2025 —", "Hà Nội, ngày 11/2/2025"),
  // read by src/ingest/dateline.ts: the twelve month names (else the pack's `months`), ordinal
  // endings ("1er"), words before a day, a month and a year ("ngày", "tháng", "năm"), and the
  // order of a date in figures (day, month, year).
  dateline: ['months', 'ordinals', 'day_words', 'month_words', 'year_words', 'numeric'],
} as const;

type BlockName = keyof typeof blockLists;
type Block<B extends BlockName> = Record<(typeof blockLists)[B][number], string[]>;
export type Blocks = { [B in BlockName]: Block<B> };

function blockSchema<B extends BlockName>(name: B): z.ZodType<Block<B>> {
  const lists = blockLists[name];
  const shape = Object.fromEntries(lists.map((list) => [list, z.array(z.string()).default([])]));
  const empty = Object.fromEntries(lists.map((list) => [list, [] as string[]]));
  return z.object(shape).default(empty) as unknown as z.ZodType<Block<B>>;
}

export function blockKeys(): { [B in BlockName]: z.ZodType<Block<B>> } {
  return {
    clauses: blockSchema('clauses'),
    events: blockSchema('events'),
    quotes: blockSchema('quotes'),
    focus: blockSchema('focus'),
    stances: blockSchema('stances'),
    dateline: blockSchema('dateline'),
    delegations: blockSchema('delegations'),
    persons: blockSchema('persons'),
  };
}

// Every pack's words of each block together, for a document in no known language.
export function mergeBlocks(all: Blocks[]): Blocks {
  const merge = <B extends BlockName>(name: B): Block<B> =>
    Object.fromEntries(blockLists[name].map((list) => [list, all.flatMap((p) => (p[name] as Record<string, string[]>)[list] ?? [])])) as Block<B>;
  return {
    clauses: merge('clauses'),
    events: merge('events'),
    quotes: merge('quotes'),
    focus: merge('focus'),
    stances: merge('stances'),
    dateline: merge('dateline'),
    delegations: merge('delegations'),
    persons: merge('persons'),
  };
}
