import { QueryError, type Kb } from '../query/index.js';
import { openAccord } from '../startup.js';
import { databaseFor, fail, type StoreOptions } from './open-store.js';

// Runs a question over the knowledge base: the reference dataset, the gazetteers, and the
// store when there is one (reading commands also work on the reference dataset alone).
// A question that cannot be answered is one `accord:` line and a failing exit code.
export async function withKb(options: StoreOptions, use: (kb: Kb) => Promise<void>): Promise<void> {
  const accord = await openAccord(databaseFor(options), { store: 'optional', kb: true });
  try {
    await use(accord.kb);
  } catch (error) {
    if (error instanceof QueryError) return fail(error.message);
    throw error;
  } finally {
    await accord.close();
  }
}
