import { nameKey, type Entity, type EntityKind, type ResolutionEntry } from '../model/index.js';

// The one place that decides two names are the same thing. A name resolves to the entities
// that carry it in any language: "Chine", "China" and "Trung Quốc" are `country:CN`;
// "J.D. Vance" and "JD Vance" are `person:jd-vance`; "Bui Hoang Phuong" is "Bùi Hoàng Phương".
export type Resolver = {
  resolve: (name: string, kind?: EntityKind) => Entity[];
  entity: (id: string) => Entity | undefined;
};

// `determiners` are the words a name may carry in running text ("la Chine", "the UK", "nước Mỹ").
// `decisions` are people's: `same` adds a name to an entity (or, naming another entity by its
// id, merges that entity's names into it); `not_same` takes a name away from an entity. Later
// decisions win; an undone decision counts for nothing.
export function buildResolver(entities: Iterable<Entity>, determiners: string[] = [], decisions: ResolutionEntry[] = []): Resolver {
  const byKey = new Map<string, Entity[]>();
  const byId = new Map<string, Entity>();
  const add = (key: string, entity: Entity): void => {
    const known = byKey.get(key) ?? [];
    if (key && !known.includes(entity)) byKey.set(key, [...known, entity]);
  };
  for (const entity of entities) {
    byId.set(entity.id, entity);
    add(nameKey(entity.label), entity);
    for (const names of Object.values(entity.names)) for (const name of names) add(nameKey(name), entity);
    // ISO codes name countries in data and URLs: "FR", "VN", "EU".
    if (entity.kind === 'country') add(nameKey(entity.key), entity);
  }
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
  const leading = new RegExp(`^(?:${determiners.map((d) => nameKey(d).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})(?:\\s+|(?<=')\\s*)`, 'u');
  return {
    resolve: (name, kind) => {
      const key = nameKey(name);
      const found = byKey.get(key) ?? byKey.get(key.replace(leading, '')) ?? [];
      return kind ? found.filter((e) => e.kind === kind) : found;
    },
    entity: (id) => byId.get(id),
  };
}

// The decisions that stand: each `undo` takes its target out.
export function effectiveDecisions(decisions: ResolutionEntry[]): ResolutionEntry[] {
  const undone = new Set(decisions.filter((d) => d.action === 'undo').map((d) => d.undoes));
  return decisions.filter((d) => d.action !== 'undo' && !undone.has(d.seq));
}
