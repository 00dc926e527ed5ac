// Run as a child process by concurrent-open.test.ts: opens the store `argv[2]` (a SQLite file, or
// a PostgreSQL URL with `?schema=`) as every command does, migrating a new one, and stores one
// document of its own, named by argv[3], once the file `argv[4]` exists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { loadLangPacks, packFor, textDocument } from '../src/text/index.js';

const [db, name, go] = process.argv.slice(2) as [string, string, string];
const packs = loadLangPacks(join(import.meta.dirname, '..', 'data'));
// Everyone starts together: ready, then wait for the parent's go file.
process.stdout.write('ready\n');
while (!existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 2));
const store = await openStore({ dbPath: db });
const document = textDocument(`An article of our own, number ${name}.`, 'en', packFor(packs, 'en'));
await store.saveDocument(document, { key: `test:${name}`, label: name });
await store.close();
