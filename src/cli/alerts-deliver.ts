import { createHmac } from 'node:crypto';
import type { Config } from '../config.js';
import { postJson } from '../fetch/index.js';
import { applyResolutionDecisions, listSavedSearches, loadKb, markRead, newItems, type Kb, type SavedSearch } from '../query/index.js';
import type { Store } from '../store/index.js';
import { printable } from './printable.js';

// What one delivery run did for one saved search with a webhook.
export type Outcome = { search: string; status: 'delivered' | 'failed' | 'nothing new'; items: number; attempts: number; error: string | null };

// The webhook's signature: `sha256=` and the hex HMAC-SHA256 of the raw body with the search's
// secret. A receiver computes it over the bytes it got and compares in constant time.
export function signatureOf(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

const maxItems = 1000;

// Posts what is new for every saved search with a webhook (or the one named): tried
// `config.alerts.tries` times, waiting longer each time; the cursor moves only once the receiver
// answered 2xx, so a failed delivery is sent again next time. Every try is logged.
export async function deliverAlerts(kb: Kb, config: Config, only?: SavedSearch): Promise<Outcome[]> {
  const searches = only ? [only] : (await listSavedSearches(kb)).filter((s) => s.webhook !== null);
  const outcomes: Outcome[] = [];
  for (const search of searches) outcomes.push(await deliverOne(kb, config, search));
  return outcomes;
}

async function deliverOne(kb: Kb, config: Config, search: SavedSearch): Promise<Outcome> {
  const { webhook, secret } = search;
  if (webhook === null || secret === null) return { search: search.name, status: 'failed', items: 0, attempts: 0, error: 'no webhook URL' };
  const { items, upTo } = await newItems(kb, search, maxItems);
  if (items.length === 0) {
    await markRead(kb, search, upTo);
    return { search: search.name, status: 'nothing new', items: 0, attempts: 0, error: null };
  }
  const body = JSON.stringify({ search: { id: search.id, name: search.name, kind: search.kind }, items, sentAt: new Date().toISOString() });
  const headers = {
    'x-accord-signature': signatureOf(body, secret),
    'x-accord-timestamp': String(Math.floor(Date.now() / 1000)),
    'x-accord-search': search.id,
  };
  let [attempts, httpStatus, error] = [0, null as number | null, null as string | null];
  while (attempts < config.alerts.tries) {
    // 2 s, 4 s, 8 s... between tries (ACCORD_WEBHOOK_RETRY_DELAY)
    if (attempts > 0) await new Promise((resolve) => setTimeout(resolve, config.alerts.retryDelayMs * 2 ** (attempts - 1)));
    attempts += 1;
    try {
      httpStatus = (await postJson(webhook, body, headers, config.fetch)).status;
      error = httpStatus >= 200 && httpStatus < 300 ? null : `HTTP ${httpStatus}`;
    } catch (failure) {
      [httpStatus, error] = [null, (failure as Error).message];
    }
    if (error === null) break;
  }
  const status = error === null ? 'delivered' : 'failed';
  if (status === 'delivered') await markRead(kb, search, upTo);
  const cursor = status === 'delivered' ? Math.max(upTo, search.cursor) : search.cursor;
  await kb.store?.recordDelivery({
    searchId: search.id,
    at: new Date().toISOString(),
    url: webhook,
    items: items.length,
    attempts,
    status,
    httpStatus,
    error,
    cursor,
  });
  return { search: search.name, status, items: items.length, attempts, error };
}

// `serve`: deliveries every `config.alerts.everyMs` (one run at a time), never holding the process open.
export function watchAlerts(kb: Kb, config: Config): void {
  if (config.alerts.everyMs <= 0) return;
  let running = false;
  const run = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      for (const o of await deliverAlerts(kb, config))
        if (o.status === 'failed') process.stderr.write(`alerts: ${o.search}: delivery failed after ${o.attempts} tries: ${o.error}\n`);
    } catch (error) {
      process.stderr.write(`alerts: ${(error as Error).message}\n`);
    } finally {
      running = false;
    }
  };
  setInterval(() => void run(), config.alerts.everyMs).unref();
}

// After `accord ingest` stored something: the saved searches with a webhook get what is new.
export async function deliverAfterIngest(store: Store, config: Config): Promise<void> {
  if (!(await store.listSearches()).some((s) => s.webhook !== null)) return;
  const kb = await applyResolutionDecisions(loadKb(config, store));
  for (const o of await deliverAlerts(kb, config))
    if (o.status !== 'nothing new')
      process.stderr.write(printable(`alerts: ${o.search}: ${o.status}, ${o.items} item(s)${o.error ? `: ${o.error}` : ''}`) + '\n');
}
