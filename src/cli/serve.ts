import { join, relative } from 'node:path';
import { minTokenLength, readConfig, type Config } from '../config.js';
import { listInputs } from '../ingest/index.js';
import { ingestInputs } from '../pipeline-batch.js';
import { articlePool, createApp, startServer } from '../server/index.js';
import { openAccord, StoreOpenError } from '../startup.js';
import { databaseLabel, type Store } from '../store/index.js';
import { noQueue } from './open-queue.js';
import { databaseFor, fail } from './open-store.js';
import { watchAlerts } from './alerts-deliver.js';
import { followSources } from './source-polling.js';

type ServeFlags = { db?: string; port?: number; host?: string; maxBodyBytes?: number; empty?: boolean; queue?: boolean };

// `accord serve`: the JSON API and the web UI over one database file, until SIGINT or SIGTERM.
// A missing or empty database gets the project's sample articles first, so there is something to
// see, stored as samples (labelled everywhere, never a status); `--empty` or ACCORD_SAMPLES=0 start empty.
export async function runServe(flags: ServeFlags): Promise<void> {
  const config = readConfig();
  if (config.token !== null && config.token.length < minTokenLength)
    return fail(`ACCORD_TOKEN is ${config.token.length} characters long: give a secret of at least ${minTokenLength} (e.g. openssl rand -hex 16)`);
  const dbPath = databaseFor(flags, config).dbPath;
  if (flags.queue && !databaseFor(flags, config).queueUrl) return fail(`--queue: ${noQueue}`);
  // Documents stored before the assembly existed get it now; people's resolution decisions apply.
  let accord;
  try {
    accord = await openAccord(databaseFor(flags, config), { store: 'create', kb: true, queue: flags.queue === true });
  } catch (error) {
    if (error instanceof StoreOpenError) return fail(error.message);
    throw error;
  }
  const { store, kb, queue } = accord;
  if ((await store.countDocuments()) === 0 && flags.empty !== true && config.samples) await loadSamples(store, config);
  // An empty ACCORD_TOKEN is no token: writes stay refused rather than open to an empty bearer.
  const token = config.token;
  // Posted articles are read in worker threads, so that no input holds the requests of others.
  const pool = articlePool({ ...config, dbPath });
  const app = createApp(kb, { token, maxBodyBytes: flags.maxBodyBytes, addArticle: pool.add, heavyRequests: config.limits.heavyRequests, queue });
  const host = flags.host ?? '127.0.0.1';
  let server;
  try {
    server = await startServer(app, host, flags.port ?? 8080);
  } catch (error) {
    await pool.close();
    await accord.close();
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'EADDRINUSE' ? `${host}:${flags.port ?? 8080} is already in use (choose another with --port N)` : (error as Error).message);
  }
  watchAlerts(kb, { ...config, dbPath });
  process.stdout.write(`Accord is serving ${server.url}/ (API ${server.url}/api, OpenAPI ${server.url}/openapi.json) from ${databaseLabel(dbPath)}\n`);
  followSources(store, { ...config, dbPath });
  process.stderr.write(
    token ? 'writes (adding articles, review decisions) need Authorization: Bearer $ACCORD_TOKEN\n' : 'writes are disabled: set ACCORD_TOKEN to enable them\n',
  );
  // Stops promptly whatever is running: no new connection, the workers terminated (their
  // requests answered 503), requests in flight given a short grace, then the store closed.
  const stop = async (signal: string): Promise<void> => {
    process.stderr.write(`${signal}: stopping\n`);
    const closing = server.close();
    await pool.close();
    await closing;
    await accord.close();
    process.stderr.write('stopped\n');
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      // A second signal while stopping ends the process at once; so does a stop that hangs.
      process.once(signal, () => process.exit(130));
      setTimeout(() => process.exit(1), stopLimitMs).unref();
      stop(signal).then(
        () => process.exit(process.exitCode ?? 0),
        (error: Error) => {
          process.stderr.write(`accord: while stopping: ${error.message}\n`);
          process.exit(1);
        },
      );
    });
}

// The longest a stop may take before the process ends anyway.
const stopLimitMs = 10_000;

async function loadSamples(store: Store, config: Config): Promise<void> {
  const folder = join(config.dataDir, 'samples');
  const { packs, extractor } = await openAccord(config, { store: 'none', extractor: true });
  const options = { store, packs, extractor, maxBytes: config.maxBytes };
  let stored = 0;
  for await (const outcome of ingestInputs(await listInputs([folder], { sample: true }), options)) {
    if (outcome.status === 'failed') process.stderr.write(`warning: sample ${outcome.source}: ${outcome.error}\n`);
    else stored += 1;
  }
  process.stderr.write(
    `empty database: loaded ${stored} sample article(s) from ${relative(process.cwd(), folder) || folder} (articles we wrote, marked as samples; start empty with --empty)\n`,
  );
}
