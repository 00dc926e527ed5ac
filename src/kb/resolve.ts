import { entityKinds, nameKey, type Entity, type EntityKind, type ResolutionEntry } from '../model/index.js';

// The one place that decides two names are the same thing. A name resolves to the entities
// that carry it in any language: "Chine", "China" and "Trung Quốc" are `country:CN`;
// "J.D. Vance" and "JD Vance" are `person:jd-vance`; "Bui Hoang Phuong" is "Bùi Hoàng Phương".
// An id shown anywhere resolves too, with or without its kind: "event:ai-action-summit-2025",
// "ai-action-summit-2025", "country:cn", "CN".
export type Resolver = {
  resolve: (name: string, kind?: EntityKind) => Entity[];
  entity: (id: string) => Entity | undefined;
};

// What a name stands for when a declaration is asked for and it names none: an event's
// declarations (its main one first), a city's, those of the events held there.
export type DeclarationLinks = ReadonlyMap<string, string[]>;

const prefixed = new RegExp(`^(${entityKinds.join('|')}):(.+)$`, 'u');

// `determiners` are the words a name may carry in running text ("la Chine", "the UK", "nước Mỹ").
// `decisions` are people's: `same` adds a name to an entity (or, naming another entity by its
// id, merges that entity's names into it); `not_same` takes a name away from an entity. Later
// decisions win; an undone decision counts for nothing.
export function buildResolver(
  entities: Iterable<Entity>,
  determiners: string[] = [],
  decisions: ResolutionEntry[] = [],
  links: DeclarationLinks = new Map(),
): Resolver {
  const byKey = new Map<string, Entity[]>();
  const byId = new Map<string, Entity>();
  // Ids as people type them: any case, hyphens or spaces ("country:cn", "ai action summit 2025").
  const byFoldedId = new Map<string, Entity>();
  const byBareKey = new Map<string, Entity[]>();
  const add = (map: Map<string, Entity[]>, key: string, entity: Entity): void => {
    const known = map.get(key) ?? [];
    if (key && !known.includes(entity)) map.set(key, [...known, entity]);
  };
  for (const entity of entities) {
    byId.set(entity.id, entity);
    byFoldedId.set(`${entity.kind}:${nameKey(entity.key)}`, entity);
    add(byBareKey, nameKey(entity.key), entity);
    add(byKey, nameKey(entity.label), entity);
    for (const names of Object.values(entity.names)) for (const name of names) add(byKey, nameKey(name), entity);
    // ISO codes name countries in data and URLs: "FR", "VN", "EU".
    if (entity.kind === 'country') add(byKey, nameKey(entity.key), entity);
  }
  applyDecisions(byKey, byId, decisions);
  const leading = new RegExp(`^(?:${determiners.map((d) => nameKey(d).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})(?:\\s+|(?<=')\\s*)`, 'u');
  const lookup = (name: string): Entity[] => {
    const id = prefixed.exec(name.trim());
    if (id) {
      const found = byId.get(name.trim()) ?? byFoldedId.get(`${id[1]}:${nameKey(id[2] as string)}`);
      return found ? [found] : [];
    }
    const key = nameKey(name);
    return byKey.get(key) ?? byKey.get(key.replace(leading, '')) ?? byBareKey.get(key) ?? [];
  };
  return {
    resolve: (name, kind) => {
      const found = lookup(name);
      const ofKind = kind ? found.filter((e) => e.kind === kind) : found;
      if (ofKind.length > 0 || kind !== 'declaration') return ofKind;
      // "signatories Paris": the declarations of the summit held there.
      const linked = found.flatMap((e) => links.get(e.id) ?? []).flatMap((id) => byId.get(id) ?? []);
      return [...new Set(linked)];
    },
    entity: (id) => byId.get(id),
  };
}

function applyDecisions(byKey: Map<string, Entity[]>, byId: Map<string, Entity>, decisions: ResolutionEntry[]): void {
  for (const decision of effectiveDecisions(decisions)) {
    const entity = byId.get(decision.entity);
    if (!entity) continue;
    const merged = byId.get(decision.name);
    const keys = merged ? [merged.label, ...Object.values(merged.names).flat()].map(nameKey) : [nameKey(decision.name)];
    for (const key of keys) {
      const known = (byKey.get(key) ?? []).filter((e) => e !== entity && (decision.action === 'not_same' || e !== merged));
      byKey.set(key, decision.action === 'same' ? [entity, ...known] : known);
    }
  }
}

// The decisions that stand: each `undo` takes its target out.
export function effectiveDecisions(decisions: ResolutionEntry[]): ResolutionEntry[] {
  const undone = new Set(decisions.filter((d) => d.action === 'undo').map((d) => d.undoes));
  return decisions.filter((d) => d.action !== 'undo' && !undone.has(d.seq));
}
