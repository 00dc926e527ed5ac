import type { Entity } from '../../model/index.js';
import { entityViews, QueryError, type EntityView } from '../../query/index.js';
import { entityHref } from '../names.js';
import { WebError } from '../paging.js';
import type { View } from '../view.js';

// The entity a path names: its id (`/countries/CN`), else any of its names or its id in another
// form (`/countries/China`, `/countries/cn`, `/people/J.D. Vance`), which lead to the canonical
// address; a person known from articles only by the id `entityViews` gives them.
export async function findEntity(
  view: View,
  kind: Entity['kind'],
  key: string,
): Promise<{ entity: Entity; entityView: EntityView | undefined } | { redirect: string }> {
  const { kb } = view;
  const id = `${kind}:${key}`;
  const entity = kb.resolver.entity(id) ?? kb.resolver.resolve(key, kind)[0];
  if (entity && (entity.id !== id || kind === 'event' || kind === 'declaration')) return { redirect: entityHref(entity.id) as string };
  if (entity) return { entity, entityView: (await entityViews(kb, id)).find((v) => v.entity.id === id) };
  const fromArticles =
    kind === 'person' ? await entityViews(kb, key).catch((error: unknown) => (error instanceof QueryError ? [] : Promise.reject(error))) : [];
  const person = fromArticles.find((v) => v.fromArticles);
  if (!person) throw new WebError(404, `${kind} ${key}: not in the gazetteers${kind === 'person' ? ' nor named in stored articles' : ''}`);
  if (person.entity.id !== id) return { redirect: entityHref(person.entity.id) as string };
  return { entity: person.entity, entityView: person };
}
