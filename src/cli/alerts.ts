import {
  findSavedSearch,
  listSavedSearches,
  markRead,
  newItems,
  QueryError,
  removeSavedSearch,
  saveSearch,
  searchView,
  titleOf,
  type AlertItem,
  type Kb,
  type SavedSearch,
  type SearchRequest,
} from '../query/index.js';
import { deliverAlerts } from './alerts-deliver.js';
import { fail, withAccord, type StoreOptions } from './open-store.js';
import { printable } from './printable.js';

export type AlertsFlags = StoreOptions & {
  quotes?: string;
  speaker?: string;
  lang?: string;
  event?: string;
  entity?: string;
  declaration?: string;
  webhook?: string;
  secret?: string;
  markRead?: boolean;
  limit?: number;
  json?: boolean;
};

const actions = ['add', 'list', 'show', 'remove', 'deliver', 'log'];

// `accord alerts`: what is new for each saved search; `alerts add|list|show|remove|deliver|log`.
export async function runAlerts(action: string | undefined, name: string | undefined, flags: AlertsFlags): Promise<void> {
  if (action !== undefined && !actions.includes(action)) return fail(`alerts ${action}: expected ${actions.join(', ')}, or nothing (what is new for each)`);
  if ((action === 'add' || action === 'remove') && !name?.trim()) return fail(`alerts ${action}: which saved search? give its name`);
  await withAlertsKb(flags, action === 'add', async (kb) => {
    if (action === 'add')
      return print(flags, searchView(await saveSearch(kb, requestOf(name ?? '', flags))), (s) => `saved ${s.name} (${s.id}): ${describe(s)}\n`);
    if (action === 'list')
      return print(flags, (await listSavedSearches(kb)).map(searchView), (list) => list.map((s) => `${s.name}  ${s.id}  ${describe(s)}\n`).join(''));
    if (action === 'remove') return print(flags, searchView(await removeSavedSearch(kb, name ?? '')), (s) => `removed ${s.name} (${s.id})\n`);
    if (action === 'log') return printLog(kb, name, flags);
    const searches = name ? [await findSavedSearch(kb, name)] : await listSavedSearches(kb);
    if (action === 'deliver') return deliver(kb, searches, name !== undefined, flags);
    return showNew(kb, searches, flags);
  });
}

function requestOf(name: string, f: AlertsFlags): SearchRequest {
  const kinds = [f.quotes !== undefined || f.speaker !== undefined, f.entity !== undefined, f.declaration !== undefined].filter(Boolean).length;
  if (kinds !== 1) throw new QueryError('bad_request', `alerts add ${name}: give one of --quotes WORDS (or --speaker NAME), --entity ID or --declaration ID`);
  const base = { name, webhook: f.webhook ?? null, secret: f.secret ?? null };
  if (f.entity !== undefined) return { ...base, kind: 'entity', entity: f.entity };
  if (f.declaration !== undefined) return { ...base, kind: 'declaration', declaration: f.declaration };
  return { ...base, kind: 'quotes', quotes: { search: f.quotes, speaker: f.speaker, lang: f.lang, event: f.event } };
}

function describe(s: Omit<SavedSearch, 'secret'>): string {
  const params = Object.entries(s.params).map(([key, value]) => `${key}=${String(value)}`);
  return printable(`${s.kind} ${params.join(' ')}${s.webhook ? `  webhook ${s.webhook}` : ''}`);
}

async function showNew(kb: Kb, searches: SavedSearch[], flags: AlertsFlags): Promise<void> {
  const found = [];
  for (const search of searches) {
    const { items, upTo } = await newItems(kb, search, flags.limit ?? 100);
    if (flags.markRead) await markRead(kb, search, upTo);
    found.push({ search: searchView(search), items });
  }
  print(flags, found, (list) => list.map(({ search, items }) => `${printable(search.name)}: ${items.length} new\n${items.map(itemText).join('')}`).join('\n'));
  if (!flags.json && flags.markRead) process.stderr.write(`marked as read: ${searches.length} saved search(es)\n`);
}

// The statement, its exact words, the document, and the link to the span.
export function itemText(item: AlertItem): string {
  const { statement: s, document: d } = item;
  const source = [d.title, d.outlet, d.published].filter(Boolean).join(' · ');
  return (
    printable(`  ${titleOf(item)}  (${s.kind}, ${s.lang})`) +
    '\n' +
    printable(`    ${s.words}`) +
    '\n' +
    printable(`    ${d.id} [${s.start}, ${s.end})  ${source}  ${d.url ?? ''}`.trimEnd()) +
    '\n' +
    printable(`    ${item.link}`) +
    '\n'
  );
}

async function deliver(kb: Kb, searches: SavedSearch[], named: boolean, flags: AlertsFlags): Promise<void> {
  const withHook = searches.filter((s) => s.webhook !== null);
  if (named && withHook.length === 0)
    return fail(`alerts deliver ${searches[0]?.name ?? ''}: this saved search has no webhook (add one with --webhook URL --secret S)`);
  const outcomes = [];
  for (const search of withHook) outcomes.push(...(await deliverAlerts(kb, kb.config, search)));
  print(flags, outcomes, (list) =>
    list
      .map(
        (o) =>
          printable(
            `${o.search}: ${o.status}${o.items ? `, ${o.items} item(s)` : ''}${o.attempts ? ` in ${o.attempts} tr${o.attempts === 1 ? 'y' : 'ies'}` : ''}${o.error ? `: ${o.error}` : ''}`,
          ) + '\n',
      )
      .join(''),
  );
  if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
}

async function printLog(kb: Kb, name: string | undefined, flags: AlertsFlags): Promise<void> {
  const search = name ? await findSavedSearch(kb, name) : undefined;
  const log = (await kb.store?.deliveryLog(search?.id, flags.limit ?? 50)) ?? [];
  print(flags, log, (list) =>
    list
      .map(
        (d) =>
          printable(
            `${d.at}  ${d.searchId}  ${d.status}  ${d.items} item(s), ${d.attempts} tr${d.attempts === 1 ? 'y' : 'ies'}  ${d.httpStatus ?? '-'}  ${d.url}${d.error ? `  ${d.error}` : ''}`,
          ) + '\n',
      )
      .join(''),
  );
}

function print<T>(flags: AlertsFlags, value: T, text: (value: T) => string): void {
  process.stdout.write(flags.json ? `${JSON.stringify(value, null, 2)}\n` : text(value));
}

// Opens the store (`add` creates the database), loads the knowledge base, runs `use`; a question
// that cannot be answered is one `accord:` line and a failing exit code.
async function withAlertsKb(flags: StoreOptions, create: boolean, use: (kb: Kb) => Promise<void>): Promise<void> {
  await withAccord(flags, { store: create ? 'create' : 'existing', kb: true }, async ({ kb }) => {
    try {
      await use(kb);
    } catch (error) {
      if (error instanceof QueryError) return fail(error.message);
      throw error;
    }
  });
}
