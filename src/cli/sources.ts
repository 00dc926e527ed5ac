import { deliverAfterIngest } from './alerts-deliver.js';
import { addSource, listSourceViews, pauseSource, pollSources, removeSource, QueryError, type SourceView } from '../query/index.js';
import type { PollReport } from '../monitor/index.js';
import { fail, withStore } from './open-store.js';
import { printable } from './printable.js';

type SourceFlags = { db?: string; json?: boolean; name?: string; lang?: string; every?: string; all?: boolean };

// `accord sources [list|add|remove|pause|resume|poll]`: the sources Accord follows by itself.
export async function runSources(action: string | undefined, ref: string | undefined, flags: SourceFlags): Promise<void> {
  const act = action ?? 'list';
  if (!['list', 'add', 'remove', 'pause', 'resume', 'poll'].includes(act)) return fail(`sources ${act}: expected list, add, remove, pause, resume or poll`);
  if (['add', 'remove', 'pause', 'resume'].includes(act) && !ref) return fail(`sources ${act}: give ${act === 'add' ? 'the URL of a feed or sitemap' : 'a source id or URL'}`);
  await withStore(flags, act === 'add', async (store, config) => {
    const scope = { store, config };
    try {
      if (act === 'list') return printList(await listSourceViews(scope), flags);
      if (act === 'add') return printAdded(await addSource(scope, { url: ref ?? '', name: flags.name, lang: flags.lang, every: flags.every }), flags);
      if (act === 'poll') return void (await poll(scope, flags));
      const source = act === 'remove' ? await removeSource(scope, ref ?? '') : await pauseSource(scope, ref ?? '', act === 'pause');
      const done = act === 'remove' ? 'removed' : act === 'pause' ? 'paused' : 'resumed';
      process.stdout.write(flags.json ? `${JSON.stringify({ [done]: source.id, url: source.url })}\n` : `${done}: ${source.id} ${printable(source.url)}\n`);
    } catch (error) {
      if (error instanceof QueryError) return fail(error.message);
      throw error;
    }
  });
}

function printAdded(view: SourceView, flags: SourceFlags): void {
  if (flags.json) return void process.stdout.write(`${JSON.stringify(view)}\n`);
  process.stdout.write(`added: ${view.id} ${printable(view.url)}, polled every ${view.every} (the first poll is due now: \`accord sources poll\`, or \`accord serve\` polls it)\n`);
}

function printList(views: SourceView[], flags: SourceFlags): void {
  if (flags.json) return void process.stdout.write(`${JSON.stringify(views, null, 2)}\n`);
  if (views.length === 0) return void process.stdout.write('no followed sources (add one: accord sources add URL)\n');
  for (const v of views) {
    const h = v.health;
    const flagsOf = [v.paused ? 'PAUSED' : '', h.failing ? 'FAILING' : '', h.silent ? 'SILENT' : ''].filter(Boolean).join(' ');
    const last = h.lastFetchAt ? `${h.lastFetchAt.slice(0, 16).replace('T', ' ')} ${h.lastResult}` : 'never fetched';
    process.stdout.write(
      `${String(v.id).padStart(3)}  ${printable(v.name ?? v.url)}${v.name ? ` <${printable(v.url)}>` : ''}\n` +
        `     every ${v.every} · last: ${last} · ${h.itemsPerDay} items/day (7 days) · ${h.errorsInRow} error(s) in a row${flagsOf ? ` · ${flagsOf}` : ''}\n` +
        (h.lastError ? `     last error: ${printable(h.lastError)}\n` : ''),
    );
  }
}

async function poll(scope: Parameters<typeof pollSources>[0], flags: SourceFlags): Promise<void> {
  const onReport = (r: PollReport): void => {
    if (flags.json) return void process.stdout.write(`${JSON.stringify({ source: r.sourceId, url: r.source.url, result: r.result, itemsSeen: r.itemsSeen, newItems: r.newItems, error: r.error })}\n`);
    const line = r.result === 'error' ? `error: ${printable(r.source.url)}: ${printable(r.error ?? '')}` : `${r.result}: ${printable(r.source.url)}: ${r.itemsSeen} item(s), ${r.newItems} new${r.error ? ` (${printable(r.error)})` : ''}`;
    (r.result === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  const summaries = await pollSources(scope, { all: flags.all, onReport });
  if (!flags.json) process.stderr.write(`polled ${summaries.length} source(s)${summaries.length === 0 ? ' (none due; --all polls every unpaused one)' : ''}\n`);
  if (summaries.some((s) => s.result === 'error')) process.exitCode = 1;
  // Saved searches with a webhook hear of what the poll stored, as after `accord ingest`.
  if (scope.store && summaries.some((s) => s.newItems > 0)) await deliverAfterIngest(scope.store, scope.config);
}
