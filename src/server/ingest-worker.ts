import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config.js';
import { addArticle, loadKb, QueryError, type AddArticleInput } from '../query/index.js';
import { openAccord } from '../startup.js';

// A worker thread of the server's pool (worker-pool.ts): it reads, cleans, extracts and stores
// posted articles, the work whose time depends on the input, on its own connection to the
// database, so that storing a long article holds no reader of the main thread (SQLite readers
// see the last commit meanwhile). A worker stopped mid-job takes its connection with it: the
// transaction it had open is rolled back, and the article is stored whole or not at all.

const port = parentPort;
if (!port) throw new Error('ingest-worker runs as a worker thread of accord serve');

const accord = await openAccord(workerData as Config, { store: 'existing' });
const kb = loadKb(accord.config, accord.store);
// The language packs and rules load on a first article: an empty one loads them and is refused
// before anything is stored, so that the time limit of a real article counts its reading only.
await addArticle(kb, { text: '' }).catch(() => undefined);

port.on('message', (message: { type: 'job'; input: AddArticleInput }) => {
  addArticle(kb, message.input).then(
    (value) => port.postMessage({ type: 'done', value }),
    (error: Error) =>
      port.postMessage({
        type: 'failed',
        error: {
          name: error instanceof QueryError ? 'QueryError' : error.name,
          message: error.message,
          code: error instanceof QueryError ? error.code : undefined,
        },
      }),
  );
});
port.postMessage({ type: 'ready' });
