import { createReadStream } from 'node:fs';
import { z } from 'zod';
import type { ArticleMeta } from './article.js';
import { readPublished } from './published.js';

// One article per line, the usual shape of news datasets.
export const JsonLineSchema = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().nullish(),
    title: z.string().nullish(),
    // any JSON value: a date that cannot be read (`-1`, `"page 5"`) is refused with a warning,
    // and the article is stored without it
    published: z.unknown().optional(),
    lang: z.string().nullish(),
    byline: z.string().nullish(),
    outlet: z.string().nullish(),
    sample: z.boolean().nullish(),
  })
  .refine((line) => line.text !== undefined || line.html !== undefined, { message: 'needs a "text" or "html" field' });

export type JsonLine = z.infer<typeof JsonLineSchema>;
export type RawLine = { line: number; bytes: Buffer | null; size: number };

// Splits a file into lines without holding more than one line; a line past `maxBytes` is
// reported by its size only, so one oversized record cannot exhaust memory.
export async function* readLines(path: string, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, from)) {
      size += at - from;
      if (size <= maxBytes) parts.push(chunk.subarray(from, at));
      yield { line, bytes: size <= maxBytes ? Buffer.concat(parts) : null, size };
      [parts, size, from, line] = [[], 0, at + 1, line + 1];
    }
    size += chunk.length - from;
    if (size <= maxBytes) parts.push(chunk.subarray(from));
  }
  if (size > 0) yield { line, bytes: size <= maxBytes ? Buffer.concat(parts) : null, size };
}

// Bytes of one line -> a validated record. Throws a one-line reason.
export function parseJsonLine(bytes: Buffer): JsonLine {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 (JSON Lines must be UTF-8)');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`malformed JSON: ${(error as Error).message}`);
  }
  const result = JsonLineSchema.safeParse(value);
  if (!result.success) throw new Error(`not an article record: ${result.error.issues.map((i) => `${i.path.join('.') || 'line'} ${i.message}`).join('; ')}`);
  return result.data;
}

export function lineMeta(record: JsonLine): ArticleMeta {
  const { published, warnings } = readPublished(record.published, 'the JSON line\'s "published"');
  return {
    url: record.url ?? null,
    title: record.title ?? null,
    published,
    ...(warnings.length > 0 ? { warnings } : {}),
    langHint: record.lang ?? null,
    byline: record.byline ?? null,
    outlet: record.outlet ?? null,
    ...(record.sample === true ? { sample: true } : {}),
  };
}
