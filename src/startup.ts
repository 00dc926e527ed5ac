import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from './config.js';
import type { Extractor } from './extract/index.js';
import type { Kb } from './query/index.js';
import type { WorkQueue } from './queue/index.js';
import { databaseLabel, isPostgresUrl, openStore, type Store } from './store/index.js';
import type { LangPacks } from './text/index.js';

// The one way Accord starts: every command, the server and every bench open what they need here,
// from the config. `store`: `create` makes a missing SQLite file (ingest, serve, worker);
// `existing` refuses one (reading commands: a mistyped path must not become an empty database);
// `optional` opens it when it exists (questions the reference dataset answers alone); `none`.
// `packs`, `extractor` and `kb` are loaded only when asked: `accord docs` never reads a rule.
// `queue`: the work queue at config.queueUrl (null when none is configured: the embedded default).
export type StoreMode = 'create' | 'existing' | 'optional' | 'none';
// `writeLock`: shared by threads of this process that write to one SQLite file (store/open.ts).
export type OpenOptions = { store: StoreMode; packs?: boolean; extractor?: boolean; kb?: boolean; queue?: boolean; writeLock?: Int32Array };

export type Accord<O extends OpenOptions = OpenOptions> = {
  config: Config;
  store: O['store'] extends 'create' | 'existing' ? Store : O['store'] extends 'none' ? null : Store | null;
  packs: O['packs'] | O['extractor'] | O['kb'] extends false | undefined ? null : LangPacks;
  extractor: O['extractor'] extends true ? Extractor : null;
  // The knowledge base with the store's missing assembly done and people's resolution decisions applied.
  kb: O['kb'] extends true ? Kb : null;
  queue: WorkQueue | null;
  close(): Promise<void>;
};

// The database could not be opened (missing, unreadable, unreachable): commands say so in one
// line and exit 1, where a broken data file is a fault of the installation (exit 2).
export class StoreOpenError extends Error {}

export async function openAccord<const O extends OpenOptions>(config: Config, options: O): Promise<Accord<O>> {
  const store = await storeOf(config, options.store, options.writeLock);
  try {
    // The modules load on use too: their import alone costs a command's start.
    const wantsPacks = options.packs === true || options.extractor === true || options.kb === true;
    const packs = wantsPacks ? (await import('./text/index.js')).loadLangPacks(config.dataDir) : null;
    const extractor = packs && options.extractor ? (await import('./extract/index.js')).loadExtractor(config.dataDir, packs) : null;
    const kb = packs && options.kb ? await knowledgeBase(config, store, packs) : null;
    const queue = options.queue && config.queueUrl ? await queueOf(config, config.queueUrl) : null;
    const close = async (): Promise<void> => {
      await queue?.close();
      await store?.close();
    };
    return { config, store, packs, extractor, kb, queue, close } as Accord<O>;
  } catch (error) {
    await store?.close();
    throw error;
  }
}

async function knowledgeBase(config: Config, store: Store | null, packs: LangPacks): Promise<Kb> {
  const { applyResolutionDecisions, assembleMissing, loadKb } = await import('./query/index.js');
  const kb = loadKb(config, store, packs);
  await assembleMissing(kb);
  return applyResolutionDecisions(kb);
}

async function queueOf(config: Config, url: string): Promise<WorkQueue> {
  const { openQueue } = await import('./queue/index.js');
  return openQueue({ url, ...config.queue });
}

// Does the database exist? A file must; a PostgreSQL database is made by its administrator, and
// an empty one is migrated on first open.
export const databaseExists = (db: string): boolean => isPostgresUrl(db) || existsSync(db);

async function storeOf(config: Config, mode: StoreMode, writeLock?: Int32Array): Promise<Store | null> {
  const db = config.dbPath;
  if (mode === 'none' || (mode === 'optional' && !databaseExists(db))) return null;
  if (mode === 'existing' && !databaseExists(db)) throw new StoreOpenError(`${db}: no database here (run \`accord ingest\` first, or pass --db)`);
  try {
    return await openStore(config, writeLock);
  } catch (error) {
    throw new StoreOpenError(`${databaseLabel(db)}: ${isPostgresUrl(db) ? (error as Error).message : openProblem(db, error as Error)}`);
  }
}

// SQLite says "unable to open database file" for a folder, a missing parent and a read-only place
// alike: say which, and what to do.
function openProblem(path: string, error: Error): string {
  if (existsSync(path) && statSync(path).isDirectory()) return 'is a folder, not a database file (give a file path with --db)';
  const failed = error as NodeJS.ErrnoException;
  if (failed.syscall === 'mkdir')
    return `cannot create the folder ${failed.path ?? dirname(path)} (${failed.code === 'EACCES' ? 'permission denied' : 'no such place'}); give another --db path`;
  if (/not a database/.test(error.message)) return 'is not an Accord database (SQLite cannot read it); give another --db path';
  if (/unable to open/.test(error.message))
    return `cannot open a database here: ${existsSync(dirname(path)) ? 'the folder is not writable' : 'its folder cannot be created'} (give another --db path)`;
  return error.message;
}
