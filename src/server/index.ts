export { createApp, defaultMaxBodyBytes, type AppOptions } from './app.js';
export { startServer, type RunningServer } from './serve.js';
export { articlePool, type AddArticle, type ArticlePool } from './article-pool.js';
export { spawnWorker, WorkerPool } from './worker-pool.js';
