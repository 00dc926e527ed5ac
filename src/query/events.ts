import type { InstrumentKind, ReportedCount } from '../kb/index.js';
import { instrumentKind, referenceAbout } from '../kb/index.js';
import type { Entity, ReferenceFact } from '../model/index.js';
import type { DocumentSummary, EventStatement } from '../store/index.js';
import { namesToTry, QueryError, type Kb } from './kb.js';

export type Named = { id: string; label: string };
// One edition of the summit series (or a meeting around it), from the reference dataset and the gazetteer.
export type Summit = {
  id: string;
  key: string;
  label: string;
  names: Entity['names'];
  series: string | null;
  edition: number | null;
  start: string | null;
  end: string | null;
  city: string | null;
  country: string | null;
  venue: string | null;
  hosts: string[];
  chairs: string[];
  declarations: Named[];
  initiatives: Named[];
  // stored articles whose main event this is
  documents: number;
  counts: ReportedCount[];
};
export type EventView = {
  summit: Summit;
  reference: ReferenceFact[];
  // delegation heads by party: the reference's, then what articles state
  // (`statementId` and `documentId` for an article's, to open it at the words)
  delegations: { party: string; head: string; source: string; statementId: string | null; documentId: string | null }[];
  quotes: EventStatement[];
  statements: EventStatement[];
  documents: DocumentSummary[];
};

// The summit series in date order: the editions of `ai-summits` with a date, then the meetings
// around them that the reference dates.
export async function summitSeries(kb: Kb): Promise<Summit[]> {
  const events = [...kb.lexicon.entities.values()].filter((e) => e.kind === 'event' && kb.lexicon.labels.get(e.id)?.series === 'ai-summits');
  const summits = await Promise.all(events.map((e) => summitOf(kb, e)));
  return summits.filter((s) => s.start !== null || s.edition !== null).sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999'));
}

// An event by any of its names or its id; `not_found` otherwise.
export function findEvent(kb: Kb, name: string): Entity {
  const entity = kb.resolver.resolve(name, 'event')[0];
  if (!entity) throw new QueryError('not_found', `${name}: no event by that name (try ${namesToTry(kb, 'event')})`);
  return entity;
}

// One event by any of its names ("Paris AI Action Summit", "Sommet pour l'action sur l'IA", "Hội nghị thượng đỉnh Paris") or its id.
export async function eventView(kb: Kb, name: string, limit = 50): Promise<EventView> {
  const entity = findEvent(kb, name);
  const summit = await summitOf(kb, entity);
  const reference = referenceAbout(kb.reference, entity.id);
  const delegations = reference
    .filter((f) => f.subject === entity.id && f.property === 'delegation_head' && f.party)
    .map((f) => ({
      party: (f.party as string).replace(/^country:/, ''),
      head: String(f.value),
      source: f.sources[0] as string,
      statementId: null as string | null,
      documentId: null as string | null,
    }));
  const store = kb.store;
  const statements = store ? await store.eventStatements(entity.key, ['delegation', 'chair', 'initiative', 'quote'], limit * 4) : [];
  for (const s of statements.filter((s) => s.kind === 'delegation'))
    delegations.push({
      party: s.subject,
      head: String(s.value.head ?? ''),
      source: `${s.documentId} [${s.start}, ${s.end})`,
      statementId: s.id,
      documentId: s.documentId,
    });
  return {
    summit,
    reference,
    delegations,
    quotes: statements.filter((s) => s.kind === 'quote').slice(0, limit),
    statements: statements.filter((s) => s.kind !== 'quote'),
    documents: store ? await store.listDocuments({ event: entity.key, limit }) : [],
  };
}

export async function summitOf(kb: Kb, entity: Entity): Promise<Summit> {
  const label = kb.lexicon.labels.get(entity.id);
  const facts = kb.reference.filter((f) => f.subject === entity.id);
  const first = (property: ReferenceFact['property']): string | null => {
    const found = facts.find((f) => f.property === property);
    return found ? String(found.value) : null;
  };
  const all = (property: ReferenceFact['property']): string[] => facts.filter((f) => f.property === property).map((f) => String(f.value));
  const named = (id: string): Named => ({ id, label: kb.resolver.entity(id)?.label ?? id });
  const declarations = [...kb.lexicon.labels.entries()].filter(([id, l]) => id.startsWith('declaration:') && l.event === entity.key).map(([id]) => named(id));
  for (const id of all('adopted')) if (!declarations.some((d) => d.id === id)) declarations.push(named(id));
  const initiatives = kb.reference
    .filter((f) => f.property === 'launched_at' && f.value === entity.id && f.subject.startsWith('initiative:'))
    .map((f) => named(f.subject));
  const counts: ReportedCount[] = kb.reference
    .filter((f) => declarations.some((d) => d.id === f.subject) && f.property === 'signatory_count' && typeof f.value === 'number')
    .map((f) => ({
      value: f.value as number,
      asOf: f.as_of ?? null,
      source: f.sources[0] as string,
      sources: f.sources.length,
      includes: f.includes ?? null,
      urls: f.sources,
      unconfirmed: f.unconfirmed === true,
    }));
  return {
    id: entity.id,
    key: entity.key,
    label: first('name') ?? entity.label,
    names: entity.names,
    series: label?.series ?? null,
    edition: label?.edition ?? null,
    start: first('start'),
    end: first('end'),
    city: first('city') ?? label?.city ?? null,
    country: first('country') ?? label?.country ?? null,
    venue: first('venue'),
    hosts: all('host'),
    chairs: all('chair'),
    declarations,
    initiatives,
    documents: kb.store ? await kb.store.countDocuments({ event: entity.key }) : 0,
    counts,
  };
}

// Every declaration of the gazetteer, with the event that adopted it.
// Each with its kind (summit declaration, treaty, UN resolution...), as src/kb decides it.
export function listDeclarations(kb: Kb): { id: string; key: string; label: string; event: string | null; names: Entity['names']; kind: InstrumentKind }[] {
  return [...kb.lexicon.entities.values()]
    .filter((e) => e.kind === 'declaration')
    .map((e) => {
      const found = kb.lexicon.labels.get(e.id)?.event;
      const event = found ? `event:${found}` : null;
      return { id: e.id, key: e.key, label: e.label, event, names: e.names, kind: instrumentKind(kb.reference, e.id, event) };
    });
}
