import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config.js';
import type { Article } from '../ingest/index.js';
import { storeArticles } from '../pipeline-batch.js';
import { openAccord } from '../startup.js';

// A worker thread of `accord ingest --concurrency N` (ingest-pool.ts): it extracts and stores the
// groups of articles the main thread has read and cleaned, on its own connection to the
// database, one transaction a group. A worker stopped mid-group takes its connection with it:
// the transaction it had open is rolled back, and the group is stored whole or not at all.

const port = parentPort;
if (!port) throw new Error('ingest-thread runs as a worker thread of accord ingest');

const { config, writeLock } = workerData as { config: Config; writeLock: Int32Array };
const { store, packs, extractor } = await openAccord(config, { store: 'existing', extractor: true, writeLock });
const options = { store, packs, extractor, maxBytes: config.maxBytes };

port.on('message', (message: { type: 'job'; input: Article[] }) => {
  storeArticles(message.input, options).then(
    (value) => port.postMessage({ type: 'done', value }),
    (error: Error) => port.postMessage({ type: 'failed', error: { name: error.name, message: error.message } }),
  );
});
port.postMessage({ type: 'ready' });
