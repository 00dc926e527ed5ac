import { effectiveDecisions, referenceAbout, reviewed, type Evidence, type PartyStatus } from '../kb/index.js';
import { entityId, nameKey, type Entity, type ReferenceFact, type ResolutionEntry, type Statement } from '../model/index.js';
import type { QuoteRow } from '../store/index.js';
import { signatoriesOf } from './declarations.js';
import { listDeclarations, summitOf, type Summit } from './events.js';
import { QueryError, type Kb } from './kb.js';
import { findQuotes } from './quotes.js';

// Where a party stands on one declaration: its status with every side's sources, so a conflict
// (articles against articles, or against the reference) shows both sides.
export type Stance = {
  declaration: string;
  event: string | null;
  status: PartyStatus | 'unknown';
  sources: number;
  articles: { signed: number; not_signed: number };
  evidence: Evidence[];
};
export type EntityView = {
  entity: Entity;
  // the decisions on resolution that name this entity, standing or undone
  decisions: ResolutionEntry[];
  reference: ReferenceFact[];
  // countries and organisations: where they stand on each declaration
  stances: Stance[];
  conflicts: Stance[];
  // events: the summit; declarations: how many parties stand where
  summit: Summit | null;
  parties: Record<string, number> | null;
  // statements whose subject is this entity: how many of each kind, and the latest
  statementCounts: Record<string, number>;
  statements: Statement[];
  // persons: what they said
  quotes: QuoteRow[];
  // persons met only in articles carry no gazetteer entry
  fromArticles: boolean;
};

// Everything known of a thing named in any language: its names, the decisions on its
// resolution, the reference facts with their sources, where it stands on each declaration with
// conflicts flagged, and what stored documents state of it, each with its span. A person known
// only from articles resolves by the name the articles give.
// `limit` and `offset` page the latest statements; `statementCounts` tells how many there are.
export async function entityViews(kb: Kb, name: string, limit = 20, offset = 0): Promise<EntityView[]> {
  let entities = kb.resolver.resolve(name);
  let fromArticles = false;
  if (entities.length === 0 && kb.store) {
    const person = await personFromArticles(kb, name);
    if (person) [entities, fromArticles] = [[person], true];
  }
  if (entities.length === 0) throw new QueryError('not_found', `${name}: no country, person, organisation, event, declaration or initiative by that name`);
  const decisions = kb.store ? await kb.store.resolutionLog() : [];
  const views: EntityView[] = [];
  for (const entity of entities) views.push(await viewOf(kb, entity, decisions, fromArticles, limit, offset));
  return views;
}

async function viewOf(kb: Kb, entity: Entity, decisions: ResolutionEntry[], fromArticles: boolean, limit: number, offset: number): Promise<EntityView> {
  const store = kb.store;
  const own = ownDecisions(entity, decisions);
  const subjects = subjectsOf(kb, entity, decisions);
  const stances = entity.kind === 'country' || entity.kind === 'organization' ? await stancesOf(kb, entity) : [];
  let parties: Record<string, number> | null = null;
  if (entity.kind === 'declaration') {
    parties = {};
    for (const p of (await signatoriesOf(kb, entity.id, { evidence: 0 })).parties) parties[p.status] = (parties[p.status] ?? 0) + 1;
  }
  return {
    entity,
    decisions: own,
    reference: referenceAbout(kb.reference, entity.id),
    stances,
    conflicts: stances.filter((s) => s.status === 'conflict'),
    summit: entity.kind === 'event' ? await summitOf(kb, entity) : null,
    parties,
    statementCounts: store ? await store.countStatementsBySubject(subjects) : {},
    statements: store ? await asReviewed(kb, await store.findStatementsBySubject(subjects, limit, offset)) : [],
    quotes: store && entity.kind === 'person' ? await quotesBy(kb, entity, limit) : [],
    fromArticles,
  };
}

function ownDecisions(entity: Entity, decisions: ResolutionEntry[]): ResolutionEntry[] {
  return decisions.filter((d) => d.entity === entity.id || (d.action === 'undo' && decisions.some((t) => t.seq === d.undoes && t.entity === entity.id)));
}

// The subjects statements give this entity: its key, id and names, and the names merged into
// it by standing resolution decisions.
export function subjectsOf(kb: Kb, entity: Entity, decisions: ResolutionEntry[]): string[] {
  const standing = new Set(effectiveDecisions(decisions).map((d) => d.seq));
  const merged = ownDecisions(entity, decisions)
    .filter((d) => d.action === 'same' && standing.has(d.seq))
    .map((d) => d.name);
  return [...new Set([entity.key, entity.id, entity.label, ...Object.values(entity.names).flat(), ...merged.flatMap((n) => mergedNames(kb, n))])];
}

// One entity by its id (`country:FR`, `person:jd-vance`) or a name; a person met only in articles by the name they give.
export async function findEntity(kb: Kb, name: string): Promise<Entity> {
  const found = kb.resolver.entity(name) ?? kb.resolver.resolve(name)[0] ?? (await personFromArticles(kb, name));
  if (!found) throw new QueryError('not_found', `${name}: no country, person, organisation, event, declaration or initiative by that name`);
  return found;
}

// Statements as review left them: rejected ones out, corrections applied.
async function asReviewed(kb: Kb, statements: Statement[]): Promise<Statement[]> {
  const states = (await kb.store?.reviewStates(statements.map((s) => s.id))) ?? new Map();
  return statements.flatMap((s) => reviewed(s, states.get(s.id)) ?? []);
}

// A merge names another entity by its id: its names are searched too.
function mergedNames(kb: Kb, name: string): string[] {
  const other = kb.resolver.entity(name);
  return other ? [other.key, other.id, other.label, ...Object.values(other.names).flat()] : [name];
}

// Where a country or organisation stands on every declaration that has it as a party.
async function stancesOf(kb: Kb, entity: Entity): Promise<Stance[]> {
  // Parties are named as assembleSignatories names them: ISO codes for countries (and EU), ids for organisations.
  const party = entity.kind === 'country' ? entity.key : entity.id;
  const tallied = kb.store ? new Set((await kb.store.factTallies({ object: party })).map((t) => `declaration:${t.declaration}`)) : new Set<string>();
  const stances: Stance[] = [];
  for (const declaration of listDeclarations(kb)) {
    const inReference = kb.reference.some((f) => f.subject === declaration.id && (f.value === entity.id || f.value === party));
    if (!inReference && !tallied.has(declaration.id)) continue;
    const found = (await signatoriesOf(kb, declaration.id, { evidence: 5, party })).parties.find((p) => p.party === party);
    if (!found) continue;
    stances.push({
      declaration: declaration.id,
      event: declaration.event,
      status: found.status,
      sources: found.sources,
      articles: found.articles,
      evidence: found.evidence,
    });
  }
  return stances;
}

// Quotes whose speaker is this person under any of the names it is known by.
async function quotesBy(kb: Kb, entity: Entity, limit: number): Promise<QuoteRow[]> {
  const names = [...new Set([entity.label, ...Object.values(entity.names).flat()].map(nameKey))];
  const rows: QuoteRow[] = [];
  for (const name of names) if (kb.store) rows.push(...(await findQuotes(kb.store, { speaker: name, limit })).rows.filter((r) => nameKey(r.subject) === name));
  return [...new Map(rows.map((r) => [r.id, r])).values()].slice(0, limit);
}

// A person the gazetteer does not know, as the articles name them: `person:<folded-name>`.
async function personFromArticles(kb: Kb, name: string): Promise<Entity | null> {
  // Its id works as its name: `person:vu-thanh-tam` is "Vũ Thanh Tâm".
  const key = nameKey(name.trim().replace(/^person:/, ''));
  const found = key ? await (kb.store?.personNames(key) ?? []) : [];
  if (found.length === 0) return null;
  const names: Entity['names'] = Object.fromEntries(kb.languages.map((l) => [l.code, [] as string[]]));
  for (const { name: given, lang } of found) if (names[lang] && !names[lang].includes(given)) names[lang].push(given);
  const slug = key.replace(/[^\p{L}\p{N}]+/gu, '-');
  return { id: entityId('person', slug), kind: 'person', key: slug, label: found[0]?.name ?? name, names };
}
