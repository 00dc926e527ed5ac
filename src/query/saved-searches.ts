import { createHash } from 'node:crypto';
import type { SavedSearch, SavedSearchKind, Store } from '../store/index.js';
import { findDeclaration } from './declarations.js';
import { findEntity } from './entities.js';
import { findEvent } from './events.js';
import { checkLang, QueryError, type Kb } from './kb.js';

// What a user asks to follow: a quote search with the filters the API's quote search takes,
// an entity (`country:FR`, `person:jd-vance`, or any of its names), or a declaration's statuses.
// `webhook` and `secret` go together: what is new is POSTed there, signed with the secret.
export type SearchRequest = {
  name: string;
  kind: SavedSearchKind;
  quotes?: { search?: string; speaker?: string; lang?: string; event?: string; from?: string; to?: string; exact?: boolean; samples?: boolean };
  entity?: string;
  declaration?: string;
  webhook?: string | null;
  secret?: string | null;
};

const partialDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function storeOf(kb: Kb): Store {
  if (!kb.store) throw new QueryError('bad_request', 'saved searches need a database (pass --db or set ACCORD_DB)');
  return kb.store;
}

// Checks the request, resolves what it names (an entity by name is kept by id), and saves it
// with its cursor at the latest stored document: what is new is what comes after.
export async function saveSearch(kb: Kb, request: SearchRequest): Promise<SavedSearch> {
  const store = storeOf(kb);
  const name = request.name.trim();
  if (!/^[^\p{Cc}]{1,100}$/u.test(name))
    throw new QueryError('bad_request', `name ${JSON.stringify(request.name)}: give 1 to 100 characters, no control characters`);
  if (await store.getSearch(name)) throw new QueryError('bad_request', `${name}: a saved search by that name exists (remove it first, or pick another name)`);
  const search: SavedSearch = {
    id: createHash('sha256').update(`search\u0000${name}`, 'utf8').digest('hex').slice(0, 12),
    name,
    kind: request.kind,
    params: await paramsOf(kb, request),
    ...webhookOf(request),
    cursor: await store.lastDocumentSeq(),
    createdAt: new Date().toISOString(),
  };
  await store.addSearch(search);
  return search;
}

async function paramsOf(kb: Kb, request: SearchRequest): Promise<SavedSearch['params']> {
  if (request.kind === 'entity') {
    if (!request.entity?.trim()) throw new QueryError('bad_request', 'entity: give the entity to follow (country:FR, person:jd-vance, or a name)');
    return { entity: (await findEntity(kb, request.entity.trim())).id };
  }
  if (request.kind === 'declaration') {
    if (!request.declaration?.trim()) throw new QueryError('bad_request', 'declaration: give the declaration to follow (its id or a name)');
    return { declaration: findDeclaration(kb, request.declaration.trim()).id };
  }
  const q = request.quotes ?? {};
  const params: SavedSearch['params'] = {};
  for (const key of ['search', 'speaker', 'from', 'to'] as const) if (q[key]?.trim()) params[key] = (q[key] as string).trim();
  for (const key of ['from', 'to'] as const)
    if (params[key] !== undefined && !partialDate.test(String(params[key])))
      throw new QueryError('bad_request', `${key} ${params[key]}: expected a date like 2025, 2025-02 or 2025-02-10`);
  if (q.lang) checkLang(kb, q.lang, 'lang');
  if (q.lang) params.lang = q.lang;
  // The quotes page gives the event by its key (`ai-action-summit-2025`), the API by any name.
  const event = q.event?.trim();
  const byKey = event ? kb.resolver.entity(`event:${event}`) : undefined;
  if (event) params.event = byKey?.kind === 'event' ? byKey.key : findEvent(kb, event).key;
  if (q.exact) params.exact = true;
  if (q.samples) params.samples = true;
  return params;
}

function webhookOf(request: SearchRequest): Pick<SavedSearch, 'webhook' | 'secret'> {
  const webhook = request.webhook?.trim() || null;
  const secret = request.secret?.trim() || null;
  if (webhook === null) {
    if (secret !== null) throw new QueryError('bad_request', 'secret: given without a webhook URL');
    return { webhook, secret };
  }
  let url: URL;
  try {
    url = new URL(webhook);
  } catch {
    throw new QueryError('bad_request', `webhook ${webhook}: not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new QueryError('bad_request', `webhook ${webhook}: only http and https URLs`);
  if (secret === null || secret.length < 16)
    throw new QueryError('bad_request', 'secret: a webhook needs a secret of at least 16 characters, to sign what is sent');
  return { webhook: url.href, secret };
}

export async function listSavedSearches(kb: Kb): Promise<SavedSearch[]> {
  return storeOf(kb).listSearches();
}

export async function findSavedSearch(kb: Kb, idOrName: string): Promise<SavedSearch> {
  const found = await storeOf(kb).getSearch(idOrName.trim());
  if (!found) throw new QueryError('not_found', `${idOrName}: no saved search by that name or id`);
  return found;
}

export async function removeSavedSearch(kb: Kb, idOrName: string): Promise<SavedSearch> {
  const found = await findSavedSearch(kb, idOrName);
  await storeOf(kb).removeSearch(found.id);
  return found;
}
