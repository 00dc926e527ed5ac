import { referenceAbout } from '../kb/index.js';
import type { Entity, ReferenceFact, Statement } from '../model/index.js';
import { QueryError, type Kb } from './kb.js';

export type EntityView = { entity: Entity; reference: ReferenceFact[]; statements: Statement[] };

// What Accord knows of a thing named in any language: its names, the reference facts about it
// with their sources, and what stored documents state of it, each with its span.
export async function entityViews(kb: Kb, name: string): Promise<EntityView[]> {
  const entities = kb.resolver.resolve(name);
  if (entities.length === 0) throw new QueryError('not_found', `${name}: no country, person, organisation, event, declaration or initiative by that name`);
  const views: EntityView[] = [];
  for (const entity of entities) {
    const subjects = [entity.key, entity.id, ...Object.values(entity.names).flat()];
    views.push({
      entity,
      reference: referenceAbout(kb.reference, entity.id),
      statements: kb.store ? await kb.store.findStatementsBySubject([...new Set(subjects)]) : [],
    });
  }
  return views;
}
