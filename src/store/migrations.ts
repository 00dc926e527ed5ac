import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Migration = { version: number; name: string; sql: string };

const folder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

// `001_documents.sql` -> version 1. Applied in order, each once, by every backend.
export function readMigrations(): Migration[] {
  return readdirSync(folder)
    .filter((name) => /^\d+_[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: Number(name.split('_')[0]), name, sql: readFileSync(join(folder, name), 'utf8') }));
}
