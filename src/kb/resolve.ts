import { nameKey, type Entity, type EntityKind } from '../model/index.js';

// The one place that decides two names are the same thing. A name resolves to the entities
// that carry it in any language: "Chine", "China" and "Trung Quốc" are `country:CN`;
// "J.D. Vance" and "JD Vance" are `person:jd-vance`; "Bui Hoang Phuong" is "Bùi Hoàng Phương".
export type Resolver = {
  resolve: (name: string, kind?: EntityKind) => Entity[];
  entity: (id: string) => Entity | undefined;
};

// `determiners` are the words a name may carry in running text ("la Chine", "the UK", "nước Mỹ").
export function buildResolver(entities: Iterable<Entity>, determiners: string[] = []): Resolver {
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
