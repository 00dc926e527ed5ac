import { Readable } from 'node:stream';
import { decodeBytes, type Article, type Input, type InputList } from '../ingest/index.js';
import { readArticles } from '../pipeline.js';
import type { AddArticleInput } from './documents.js';
import { QueryError, type Kb } from './kb.js';

// A posted article as the pipeline reads it: one input from standard input, its bytes, its label.
export function postedInput(kb: Kb, input: AddArticleInput): { list: InputList; stdin: Readable; label: string } {
  const label = input.filename?.trim() || (input.url?.trim() ? input.url.trim() : 'pasted article');
  if (input.lang && !kb.languages.some((l) => l.code === input.lang))
    throw new QueryError('bad_request', `lang=${input.lang}: no such language pack (there are ${kb.languages.map((l) => l.code).join(', ')})`);
  const hasMeta = Boolean(input.title || input.url || input.published || input.lang);
  let bytes: Buffer;
  if (input.bytes && !hasMeta) bytes = Buffer.from(input.bytes);
  else {
    // An uploaded file is decoded as `ingest` decodes files (UTF-8, else its declared charset, else Windows-1252).
    const body = input.bytes ? decodeBytes(input.bytes).text : (input.html ?? input.text ?? '');
    const isHtml = input.html !== undefined || /\.html?$/i.test(input.filename ?? '');
    // Metadata travels as one JSON line, the form `ingest` reads it in.
    bytes = hasMeta
      ? Buffer.from(JSON.stringify({ [isHtml ? 'html' : 'text']: body, title: input.title, url: input.url, published: input.published, lang: input.lang }))
      : Buffer.from(body, 'utf8');
  }
  const list = { inputs: [{ path: '-', label, kind: 'sniff' } as Input], unreadable: [], skipped: [] };
  return { list, stdin: Readable.from([bytes]), label };
}

// A posted article read and cleaned, not yet extracted nor stored: what the API queues for the
// workers when the server has a work queue. Bad input is a bad_request naming it, as when stored at once.
export async function readPostedArticle(kb: Kb, input: AddArticleInput): Promise<Article> {
  const { list, stdin, label } = postedInput(kb, input);
  for await (const item of readArticles(list, { packs: kb.packs, maxBytes: kb.config.maxBytes, stdin })) {
    if ('status' in item) throw new QueryError('bad_request', `${item.source}: ${item.error ?? 'could not be read'}`);
    return item;
  }
  throw new QueryError('bad_request', `${label}: empty: no article in it`);
}
