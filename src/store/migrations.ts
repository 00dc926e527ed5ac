import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Migration = { version: number; name: string; sql: string };

// `001_documents.sql` -> version 1. Each backend keeps its own folder (sqlite/migrations,
// postgres/migrations) and applies them in order, each once.
export function readMigrations(folder: string): Migration[] {
  return readdirSync(folder)
    .filter((name) => /^\d+_[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: Number(name.split('_')[0]), name, sql: readFileSync(join(folder, name), 'utf8') }));
}
