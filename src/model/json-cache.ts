import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { makeFolders } from './make-folders.js';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

// Reading data files (the YAML of data/, the language detector's tables) costs most of a
// command's start; JSON of the same value reads several times faster. So a parsed value is kept
// as JSON under the user's cache folder, named by a hash of the bytes it was parsed from: an
// edited file is a new name, never a stale value, and a cache that cannot be written only
// means parsing every time.
const cacheDir = join(homedir(), '.cache', 'accord', 'parsed-v1');

// `parse` turns `text` into its value on a miss; `kind` keeps apart two parsers of one text.
export function parsedOnce(kind: string, text: string, parse: () => unknown): unknown {
  const cached = join(cacheDir, `${kind}-${createHash('sha256').update(text).digest('hex').slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as unknown;
  } catch {
    // not cached yet (or unreadable): parse below
  }
  const value = parse() ?? null;
  const json = JSON.stringify(value);
  // Only a value JSON keeps as it is (no Infinity, no undefined, no Date) is cached.
  if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) store(cached, json);
  return value;
}

function store(file: string, json: string): void {
  try {
    makeFolders(cacheDir);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, json);
    renameSync(temporary, file);
  } catch {
    // a read-only home: parse every time
  }
}
