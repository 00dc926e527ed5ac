import { readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { readYamlFile } from '../model/index.js';

export type InputKind = 'text' | 'html' | 'jsonl' | 'sniff';
// One thing to read: a file, or `-` for standard input. `sample`: an article we wrote, never news.
export type Input = { path: string; label: string; kind: InputKind; sample?: boolean };
export type InputList = { inputs: Input[]; unreadable: { label: string; error: string }[]; skipped: string[] };

const kindsByExtension: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

// A folder holding this file with `sample: true` holds articles we wrote (data/samples): every
// input under it is a sample, whoever ingests it.
export const sampleManifest = 'samples.yaml';

// Expands the command line's paths: files as given, folders recursively in name order
// (hidden entries and files of other types skipped), `-` as standard input. `sample`: every
// input is a sample (`ingest --sample`).
export async function listInputs(paths: string[], options: { sample?: boolean } = {}): Promise<InputList> {
  const list: InputList = { inputs: [], unreadable: [], skipped: [] };
  const sample = options.sample === true;
  // Each real folder is walked once, however many links lead to it (a link to itself, two links
  // to each other): the walk ends, and no file is read twice under two names.
  const walked = new Set<string>();
  for (const path of paths) {
    if (path === '-') list.inputs.push({ path, label: 'stdin', kind: 'sniff', ...(sample ? { sample } : {}) });
    else await addPath(path, { list, walked }, true, sample || (await underSampleFolder(path)));
  }
  return list;
}

// A file or folder given inside a sample folder (`data/samples/en`) is a sample too.
async function underSampleFolder(path: string): Promise<boolean> {
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    if (await isSampleFolder(join(dir, sampleManifest))) return true;
    if (dirname(dir) === dir) return false;
  }
}

type Walk = { list: InputList; walked: Set<string> };

async function addPath(path: string, walk: Walk, isExplicit: boolean, sample: boolean): Promise<void> {
  const { list } = walk;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    list.unreadable.push({ label: path, error: `cannot read: ${reason(error)}` });
    return;
  }
  if (info.isDirectory()) return addFolder(path, walk, sample);
  // A FIFO, a socket or a device (/dev/zero) is no article, and reading one may never end.
  if (!info.isFile()) return void list.unreadable.push({ label: path, error: `not a regular file (${specialKind(info)}): skipped` });
  const kind = kindsByExtension[extname(path).toLowerCase()];
  const marked = sample ? { sample } : {};
  if (kind) list.inputs.push({ path: resolve(path), label: path, kind, ...marked });
  else if (isExplicit) list.inputs.push({ path: resolve(path), label: path, kind: 'sniff', ...marked });
  else if (!isManifest(path)) list.skipped.push(path);
}

async function addFolder(path: string, walk: Walk, inSamples: boolean): Promise<void> {
  const { list } = walk;
  let names: string[];
  try {
    const real = await realpath(path);
    if (walk.walked.has(real)) return;
    walk.walked.add(real);
    names = (await readdir(path)).sort();
  } catch (error) {
    list.unreadable.push({ label: path, error: `cannot read folder: ${reason(error)}` });
    return;
  }
  const sample = inSamples || (names.includes(sampleManifest) && (await isSampleFolder(join(path, sampleManifest))));
  for (const name of names) {
    // A corpus folder's README describes the articles; it is not one of them.
    if (/^readme(\.|$)/i.test(name)) list.skipped.push(join(path, name));
    else if (!name.startsWith('.')) await addPath(join(path, name), walk, false, sample);
  }
}

export function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a file';
}

function isManifest(path: string): boolean {
  return path.endsWith(`/${sampleManifest}`) || path === sampleManifest;
}

async function isSampleFolder(manifest: string): Promise<boolean> {
  try {
    // Parsed once per content, like every YAML of data/: the parser's import alone costs a command's start.
    const value = readYamlFile(manifest) as { sample?: unknown } | null;
    return value?.sample === true;
  } catch {
    return false;
  }
}

export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message ?? String(error);
}
