import type { Resolver } from '../kb/index.js';
import { entityId, nameKey, type Entity, type EntityKind } from '../model/index.js';
import type { DocumentSummary, QuoteRow, Store } from '../store/index.js';
import type { Kb } from './kb.js';
import { findQuotes } from './quotes.js';

// One thing a search found: an entity of the gazetteers (or a person known from articles), with
// the name that matched, so a reader sees why ("Trung Quốc" found `country:CN`).
export type EntityHit = { id: string; kind: EntityKind; key: string; label: string; matched: string; fromArticles: boolean };
export type SearchResults = { q: string; entities: EntityHit[]; documents: DocumentSummary[]; quotes: QuoteRow[] };

type Indexed = { entity: Entity; names: { name: string; key: string }[] };
const indexes = new WeakMap<Resolver, Indexed[]>();
const perKind = 12;
const scanned = 500;

// Everything one search box finds: countries, people, organisations, events, declarations,
// initiatives and cities by any name in any language (no accents, no case: "chine", "trung quoc"),
// best matches first (the name itself, then a name it opens, then a word it opens); documents by
// id, by title and about a summit the words name; quotes by speaker or words.
export async function searchAll(kb: Kb, q: string, limit = 20): Promise<SearchResults> {
  const key = nameKey(q);
  if (key.length < 2) return { q, entities: [], documents: [], quotes: [] };
  const entities = entityHits(kb, q, key);
  const quotes = await quoteHits(kb, q, limit);
  for (const speaker of new Set(quotes.map((r) => r.subject).filter(Boolean))) {
    const known = kb.resolver.resolve(speaker, 'person')[0];
    const hit = known ? hitOf(known, speaker) : articlePerson(speaker);
    if (!entities.some((e) => e.id === hit.id)) entities.push(hit);
  }
  return { q, entities, documents: await documentHits(kb, q, key, entities, limit), quotes };
}

function entityHits(kb: Kb, q: string, key: string): EntityHit[] {
  const ranked = new Map<string, { hit: EntityHit; rank: number }>();
  const keep = (entity: Entity, matched: string, rank: number): void => {
    const known = ranked.get(entity.id);
    if (!known || rank < known.rank) ranked.set(entity.id, { hit: hitOf(entity, matched), rank });
  };
  for (const entity of kb.resolver.resolve(q)) keep(entity, q, 0);
  for (const { entity, names } of indexOf(kb)) {
    for (const name of names) {
      const rank = name.key === key ? 1 : name.key.startsWith(key) ? 2 : ` ${name.key}`.includes(` ${key}`) ? 3 : null;
      if (rank !== null) keep(entity, name.name, rank);
    }
  }
  const hits = [...ranked.values()].sort((a, b) => a.rank - b.rank || a.hit.label.localeCompare(b.hit.label));
  const counts = new Map<string, number>();
  return hits
    .filter(({ hit }) => {
      const n = (counts.get(hit.kind) ?? 0) + 1;
      counts.set(hit.kind, n);
      return n <= perKind;
    })
    .map(({ hit }) => hit);
}

// Folded once per resolver (a new one comes with each decision on resolution).
function indexOf(kb: Kb): Indexed[] {
  let index = indexes.get(kb.resolver);
  if (!index) {
    index = [...kb.lexicon.entities.values()].map((entity) => {
      const names = [...new Set([entity.label, ...Object.values(entity.names).flat()])];
      return { entity, names: names.map((name) => ({ name, key: nameKey(name) })) };
    });
    indexes.set(kb.resolver, index);
  }
  return index;
}

function hitOf(entity: Entity, matched: string): EntityHit {
  return { id: entity.id, kind: entity.kind, key: entity.key, label: entity.label, matched, fromArticles: false };
}

// A speaker the gazetteer does not know, by the id `entityViews` gives them: `person:vu-thanh-tam`.
function articlePerson(name: string): EntityHit {
  const key = nameKey(name).replace(/[^\p{L}\p{N}]+/gu, '-');
  return { id: entityId('person', key), kind: 'person', key, label: name, matched: name, fromArticles: true };
}

async function quoteHits(kb: Kb, q: string, limit: number): Promise<QuoteRow[]> {
  if (!kb.store) return [];
  const [bySpeaker, byWords] = [await findQuotes(kb.store, { speaker: q, limit }), await findQuotes(kb.store, { search: q, limit })];
  return [...new Map([...bySpeaker.rows, ...byWords.rows].map((r) => [r.id, r])).values()].slice(0, limit);
}

// A document by its id (or the start of it), by words of its title among the latest stored, and
// the documents about a summit the search names ("Paris" finds the articles on the Paris summit).
async function documentHits(kb: Kb, q: string, key: string, entities: EntityHit[], limit: number): Promise<DocumentSummary[]> {
  const store = kb.store;
  if (!store) return [];
  const found = new Map<string, DocumentSummary>();
  if (/^[0-9a-f]{4,16}$/i.test(q.trim()))
    for (const id of await store.findDocumentIds(q.trim().toLowerCase(), limit)) {
      const summary = await summaryOf(store, id);
      if (summary) found.set(id, summary);
    }
  for (const d of await store.listDocuments({ limit: scanned })) if (d.title && ` ${nameKey(d.title)}`.includes(` ${key}`)) found.set(d.id, d);
  for (const event of eventsNamed(kb, entities).slice(0, 3)) for (const d of await store.listDocuments({ event, limit })) found.set(d.id, d);
  return [...found.values()].slice(0, limit);
}

// The events a search names: by their own names, or those of the declarations and cities found.
function eventsNamed(kb: Kb, entities: EntityHit[]): string[] {
  const events = entities.flatMap((e) => {
    if (e.kind === 'event') return [e.key];
    const declarations = e.kind === 'declaration' ? [e.id] : e.kind === 'city' ? kb.resolver.resolve(e.id, 'declaration').map((d) => d.id) : [];
    return declarations.flatMap((d) => kb.lexicon.labels.get(d)?.event ?? []);
  });
  return [...new Set(events)];
}

async function summaryOf(store: Store, id: string): Promise<DocumentSummary | null> {
  const d = await store.getDocument(id);
  if (!d) return null;
  const statements = (await store.listStatements(id)).length;
  const { lang, format, title, published, url, origin, createdAt, outlet, byline, sample } = d;
  return {
    id,
    lang,
    format,
    title,
    published,
    url,
    origin,
    chars: d.text.length,
    sentences: d.sentences.length,
    figures: d.figures.length,
    statements,
    createdAt,
    outlet,
    byline,
    sample,
  };
}
