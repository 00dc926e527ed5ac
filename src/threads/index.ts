// Worker threads for work that would hold a thread's loop: the server's posted articles, the
// extraction of a large `ingest`.
export { JobError, spawnWorker, WorkerPool, type PoolOptions, type ThrownInWorker } from './worker-pool.js';
