import type { ResolutionEntry } from '../model/index.js';
import { applyResolutionDecisions, QueryError, type Kb } from './kb.js';

export type ResolutionRequest = { action: string; entity?: string; name?: string; undoes?: number; reason: string; reviewer: string };

// A decision on entity resolution, with who, when and why: `same ENTITY NAME` (NAME, or another
// entity's id, is ENTITY), `not_same ENTITY NAME`, or `undo SEQ`. The entity is named in any
// language or by id; the resolver is rebuilt at once.
export async function decideResolution(kb: Kb, request: ResolutionRequest): Promise<ResolutionEntry> {
  const store = kb.store;
  if (!store) throw new QueryError('bad_request', 'no database to record the decision in');
  if (!request.reason.trim()) throw new QueryError('bad_request', `${request.action}: a reason is required`);
  const at = new Date().toISOString();
  const common = { reason: request.reason.trim(), reviewer: request.reviewer, at };
  let entry: Omit<ResolutionEntry, 'seq'>;
  if (request.action === 'undo') {
    const log = await store.resolutionLog();
    const target = log.find((d) => d.seq === request.undoes);
    if (!target || target.action === 'undo') throw new QueryError('not_found', `#${request.undoes}: no such decision to undo`);
    if (log.some((d) => d.action === 'undo' && d.undoes === target.seq)) throw new QueryError('bad_request', `#${target.seq}: already undone`);
    entry = { action: 'undo', entity: target.entity, name: target.name, undoes: target.seq, ...common };
  } else if (request.action === 'same' || request.action === 'not_same') {
    if (!request.entity?.trim() || !request.name?.trim()) throw new QueryError('bad_request', `${request.action}: give the entity and the name`);
    const entity = kb.resolver.entity(request.entity) ?? kb.resolver.resolve(request.entity)[0];
    if (!entity) throw new QueryError('not_found', `${request.entity}: no entity by that name or id`);
    const name = request.name.trim();
    if (kb.resolver.entity(name)?.id === entity.id) throw new QueryError('bad_request', `${name}: that is ${entity.id} itself`);
    entry = { action: request.action, entity: entity.id, name, undoes: null, ...common };
  } else throw new QueryError('bad_request', `${request.action}: expected same, not_same or undo`);
  const recorded = await store.recordResolution(entry);
  await applyResolutionDecisions(kb);
  return recorded;
}
