import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { makeFolders } from '../../model/index.js';
import { readMigrations } from '../migrations.js';

const migrations = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

// One SQLite file, WAL journal; every write one IMMEDIATE transaction, so that a killed process
// leaves every document either whole or absent and a second writer waits its turn.
export class SqliteConnection {
  readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private writing = 0;

  // `writeLock`: shared by the threads of one process that write to this file (ingest
  // --concurrency): taken around each write transaction, so that they take turns at once,
  // not through SQLite's busy wait (sleeps of up to 100 ms, and a write refused after 5 s). It
  // holds the holder's thread id + 1, so that the thread that starts a worker can free it if
  // the worker dies holding it (its connection, and so its transaction, goes with it).
  constructor(
    path: string,
    private readonly writeLock?: Int32Array,
  ) {
    if (path !== ':memory:') makeFolders(dirname(path));
    this.db = new Database(path);
    // First, so that a second process opening the same new file waits instead of failing.
    this.db.pragma('busy_timeout = 5000');
    this.walMode();
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    // 64 MB of page cache, not SQLite's 2 MB: a batch of saves touches index pages all over a big
    // file (random ids and band keys); with 2 MB they were read again and spilled to the WAL
    // mid-transaction (at 5,000 documents: 8.7 ms of CPU a document, 5.9 with 64 MB).
    this.db.pragma('cache_size = -65536');
  }

  // Switching a new file to WAL may answer SQLITE_BUSY at once, without waiting, while another
  // process switches it (seen with five processes on a loaded machine): try again for 5 s.
  private walMode(): void {
    for (let attempt = 1; ; attempt += 1) {
      try {
        this.db.pragma('journal_mode = WAL');
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= 100) throw error;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      }
    }
  }

  // Prepared once, reused for every document of a batch.
  sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  write<T>(run: () => T): T {
    const lock = this.writing === 0 ? this.writeLock : undefined;
    for (let holder; lock && (holder = Atomics.compareExchange(lock, 0, 0, threadId + 1)) !== 0; ) Atomics.wait(lock, 0, holder);
    this.writing += 1;
    try {
      return this.db.transaction(run).immediate();
    } finally {
      this.writing -= 1;
      if (lock) {
        Atomics.store(lock, 0, 0);
        Atomics.notify(lock, 0, 1);
      }
    }
  }

  migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const isApplied = (version: number): boolean => this.sql('SELECT 1 FROM schema_migrations WHERE version = ?').get(version) !== undefined;
    for (const migration of readMigrations(migrations)) {
      if (isApplied(migration.version)) continue;
      this.write(() => {
        // Another process may have applied it between the look and the write lock.
        if (isApplied(migration.version)) return;
        this.db.exec(migration.sql);
        this.sql('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
      });
    }
  }
}
