import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config.js';
import { addArticle, loadKb, QueryError, type AddArticleInput } from '../query/index.js';
import type { Store } from '../store/index.js';

// A worker thread of the server's pool (worker-pool.ts): it reads, cleans and extracts posted
// articles, the work whose time depends on the input. The database stays on the main thread:
// each store call is a message answered there, so a worker stopped mid-job never holds a lock
// or leaves half a transaction; the main thread stores a document in one call or not at all.

type Answer = { type: 'answer'; id: number; value?: unknown; error?: { name: string; message: string } };
type Incoming = Answer | { type: 'job'; input: AddArticleInput };

const port = parentPort;
if (!port) throw new Error('ingest-worker runs as a worker thread of accord serve');

const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let nextId = 0;

// Every method of the store, answered by the main thread's store. `then` stays undefined, so
// the proxy is no promise-like object to `await`.
let warming = true;
const store = new Proxy({} as Store, {
  get: (_target, method) =>
    typeof method === 'string' && method !== 'then'
      ? (...args: unknown[]) =>
          new Promise((resolve, reject) => {
            if (warming) return reject(new Error('no store while warming up'));
            const id = (nextId += 1);
            waiting.set(id, { resolve, reject });
            port.postMessage({ type: 'call', id, method, args });
          })
      : undefined,
});

const kb = loadKb(workerData as Config, store);
// The language packs and rules load on a first article: an empty one loads them and is refused
// before anything is stored, so that the time limit of a real article counts its reading only.
await addArticle(kb, { text: '' }).catch(() => undefined);
warming = false;

port.on('message', (message: Incoming) => {
  if (message.type === 'answer') {
    const call = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error) call?.reject(Object.assign(new Error(message.error.message), { name: message.error.name }));
    else call?.resolve(message.value);
    return;
  }
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
