import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { parse as Parse } from 'yaml';

// Parsing the YAML of data/ costs most of a command's start (about a second for the gazetteers
// alone); JSON of the same value reads in milliseconds. So each parsed file is kept as JSON under
// the user's cache folder, named by a hash of the file's bytes: an edited file is a new name,
// never a stale value, and a cache that cannot be written only means parsing every time.
const cacheDir = join(homedir(), '.cache', 'accord', 'yaml-v1');

export function readYamlFile(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  const cached = join(cacheDir, `${createHash('sha256').update(text).digest('hex').slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as unknown;
  } catch {
    // not cached yet (or unreadable): parse below
  }
  // The parser itself loads only on a miss.
  const { parse } = createRequire(import.meta.url)('yaml') as { parse: typeof Parse };
  const value: unknown = parse(text);
  const json = JSON.stringify(value ?? null);
  // Only a value JSON keeps as it is (no Infinity, no undefined) is cached.
  if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value ?? null)) store(cached, json);
  return value;
}

function store(file: string, json: string): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, json);
    renameSync(temporary, file);
  } catch {
    // a read-only home: parse every time
  }
}
