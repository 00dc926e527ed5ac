// Run as a child process by concurrent-open.test.ts: opens the store at argv[2] (migrating a new
// file) and stores one document of its own, named by argv[3], once `argv[2].go` exists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/index.js';
import { loadLangPacks, packFor, textDocument } from '../src/text/index.js';

const [path, name] = process.argv.slice(2) as [string, string];
const packs = loadLangPacks(join(import.meta.dirname, '..', 'data'));
// Everyone starts together: ready, then wait for the parent's go file.
process.stdout.write('ready\n');
while (!existsSync(`${path}.go`)) await new Promise((resolve) => setTimeout(resolve, 2));
const store = SqliteStore.open(path);
const document = textDocument(`An article of our own, number ${name}.`, 'en', packFor(packs, 'en'));
await store.saveDocument(document, { key: `test:${name}`, label: name });
store.close();
