import { extname, resolve } from 'node:path';
import { isFailure, readInput } from '../ingest/index.js';
import type { Document } from '../model/index.js';
import { buildDocument } from '../pipeline.js';
import { pageWords, type LangPacks } from '../text/index.js';

// One file (or `-`) -> one Document, without a database: for `extract` and `eval`.
export async function readDocument(path: string, packs: LangPacks, maxBytes: number): Promise<Document> {
  const ext = extname(path).toLowerCase();
  const kind = path === '-' ? 'sniff' : ext === '.html' || ext === '.htm' ? 'html' : 'text';
  const input = { path: path === '-' ? '-' : resolve(path), label: path === '-' ? 'stdin' : path, kind } as const;
  for await (const item of readInput(input, { maxBytes, pageWords: pageWords(packs) })) {
    if (isFailure(item)) throw new Error(`${item.source.label}: ${item.error}`);
    return buildDocument(item, packs).document;
  }
  throw new Error(`${path}: nothing to read`);
}
