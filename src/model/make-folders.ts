import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

// `mkdir -p` that always ends: Node's recursive mkdirSync spins forever under /proc ("--db
// /proc/nope/x.db" hung at full CPU). The missing folders are made one by one from the first one
// that exists; the first refusal is thrown, naming the folder.
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let dir = folder; !existsSync(dir); dir = dirname(dir)) {
    missing.push(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing.reverse()) mkdirSync(dir);
}
