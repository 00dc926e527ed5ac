import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConfig } from '../config.js';
import { applyResolutionDecisions, assembleMissing, loadKb, QueryError, type Kb } from '../query/index.js';
import { SqliteStore } from '../store/index.js';
import { fail, type StoreOptions } from './open-store.js';

// Runs a question over the knowledge base: the reference dataset, the gazetteers, and the
// store when there is one (reading commands also work on the reference dataset alone).
// A question that cannot be answered is one `accord:` line and a failing exit code.
export async function withKb(options: StoreOptions, use: (kb: Kb) => Promise<void>): Promise<void> {
  const config = readConfig();
  const path = options.db ? resolve(options.db) : config.dbPath;
  const store = existsSync(path) ? SqliteStore.open(path) : null;
  try {
    const kb = loadKb({ ...config, dbPath: path }, store);
    await assembleMissing(kb);
    await use(await applyResolutionDecisions(kb));
  } catch (error) {
    if (error instanceof QueryError) return fail(error.message);
    throw error;
  } finally {
    await store?.close();
  }
}
