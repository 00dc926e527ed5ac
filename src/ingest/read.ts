import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { PageWords, SourceRef } from '../model/index.js';
import { isFailure, looksLikeHtml, toArticle, type Article, type Failure } from './article.js';
import { decodeBytes } from './decode.js';
import { reason, specialKind, type Input } from './inputs.js';
import { lineMeta, parseJsonLine, readLines } from './jsonl.js';

export type ReadOptions = { maxBytes: number; pageWords: PageWords; encoding?: string | null; stdin?: NodeJS.ReadableStream };

// Every article an input holds (one for a page or a text file, one per line of JSON Lines),
// or a failure naming the input and the reason. Never throws for bad input.
export async function* readInput(input: Input, options: ReadOptions): AsyncGenerator<Article | Failure> {
  const source: SourceRef = { key: input.path === '-' ? null : input.path, label: input.label };
  try {
    if (input.kind === 'jsonl') {
      yield* readJsonLines(input, options);
      return;
    }
    const bytes = input.path === '-' ? await readStream(options.stdin ?? process.stdin, options.maxBytes) : await readFileCapped(input.path, options.maxBytes);
    const { text, warning } = decodeBytes(bytes, options.encoding ?? null);
    if (input.kind === 'sniff' && /^\s*\{/.test(text)) {
      yield* jsonLinesFromText(text, source, options, input);
      return;
    }
    const kind = input.kind === 'html' || (input.kind === 'sniff' && looksLikeHtml(text)) ? 'html' : 'text';
    const article = toArticle(text, kind, kind, source, input.sample ? { sample: true } : {}, options.pageWords);
    yield warning && !isFailure(article) ? { ...article, warnings: [warning, ...(article.warnings ?? [])] } : article;
  } catch (error) {
    const isSystem = typeof (error as NodeJS.ErrnoException).code === 'string';
    yield { source, error: isSystem ? `cannot read: ${reason(error)}` : reason(error) };
  }
}

async function* readJsonLines(input: Input, options: ReadOptions): AsyncGenerator<Article | Failure> {
  let count = 0;
  for await (const raw of readLines(input.path, options.maxBytes)) {
    const label = `${input.label}:${raw.line}`;
    if (raw.bytes === null) {
      yield { source: { key: null, label }, error: tooLarge(raw.size, options.maxBytes) };
      continue;
    }
    if (raw.bytes.toString('latin1').trim() === '') continue;
    count += 1;
    yield articleFromLine(raw.bytes, `${input.path}:${raw.line}`, label, options, input.sample === true);
  }
  if (count === 0) yield { source: { key: input.path, label: input.label }, error: 'empty: no JSON lines' };
}

// Standard input that turned out to be JSON Lines.
function* jsonLinesFromText(text: string, source: SourceRef, options: ReadOptions, input: Input): Generator<Article | Failure> {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    yield articleFromLine(Buffer.from(line, 'utf8'), null, `${source.label}:${index + 1}`, options, input.sample === true);
  }
}

function articleFromLine(bytes: Buffer, fallbackKey: string | null, label: string, options: ReadOptions, isSample = false): Article | Failure {
  try {
    const record = parseJsonLine(bytes);
    const meta = { ...lineMeta(record), ...(isSample ? { sample: true } : {}) };
    const source = { key: meta.url ?? fallbackKey, label };
    const [content, kind] = record.html !== undefined ? [record.html, 'html' as const] : [record.text ?? '', 'text' as const];
    return toArticle(content, kind, 'jsonl', source, meta, options.pageWords);
  } catch (error) {
    return { source: { key: null, label }, error: reason(error) };
  }
}

// Synchronous on purpose: articles are small, and a batch reads one at a time, so the
// thread-pool round trips of async reads only left the CPU idle (a quarter of the time).
// The cap holds for what is read, not for the size a file reports (/proc files report 0). A FIFO
// is opened without waiting for a writer, and refused.
async function readFileCapped(path: string, maxBytes: number): Promise<Buffer> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new Error('is a directory');
    if (!info.isFile()) throw new Error(`not a regular file (${specialKind(info)})`);
    if (info.size > maxBytes) throw new Error(tooLarge(info.size, maxBytes));
    const chunks: Buffer[] = [];
    let length = 0;
    for (let size = Math.max(info.size + 1, 64 * 1024); ; size = 64 * 1024) {
      const chunk = Buffer.alloc(Math.min(size, maxBytes + 1 - length));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > maxBytes) throw new Error(tooLarge(length, maxBytes, true));
    }
    return Buffer.concat(chunks, length);
  } finally {
    closeSync(fd);
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes) throw new Error(tooLarge(size, maxBytes, true));
    parts.push(buffer);
  }
  return Buffer.concat(parts);
}

// "too large: 5,000,001 bytes, over the limit of 5,000,000 bytes": exact bytes when rounding
// would print the same figure twice.
function tooLarge(size: number, maxBytes: number, isPartial = false): string {
  const exact = sizeOf(size) === sizeOf(maxBytes);
  const [read, limit] = exact ? [`${grouped(size)} bytes`, `${grouped(maxBytes)} bytes`] : [sizeOf(size), sizeOf(maxBytes)];
  return `too large: ${isPartial ? 'over ' : ''}${read}, over the limit of ${limit} (raise it with --max-bytes)`;
}

// 5000001 -> "5,000,001"
function grouped(bytes: number): string {
  return String(bytes).replace(/\B(?=(\d{3})+$)/g, ',');
}

function sizeOf(bytes: number): string {
  if (bytes < 10_000) return `${bytes} bytes`;
  return bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export { isFailure };
