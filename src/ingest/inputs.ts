import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

export type InputKind = 'text' | 'html' | 'jsonl' | 'sniff';
// One thing to read: a file, or `-` for standard input.
export type Input = { path: string; label: string; kind: InputKind };
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

// Expands the command line's paths: files as given, folders recursively in name order
// (hidden entries and files of other types skipped), `-` as standard input.
export async function listInputs(paths: string[]): Promise<InputList> {
  const list: InputList = { inputs: [], unreadable: [], skipped: [] };
  for (const path of paths) {
    if (path === '-') list.inputs.push({ path, label: 'stdin', kind: 'sniff' });
    else await addPath(path, list, true);
  }
  return list;
}

async function addPath(path: string, list: InputList, isExplicit: boolean): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    list.unreadable.push({ label: path, error: `cannot read: ${reason(error)}` });
    return;
  }
  if (info.isDirectory()) return addFolder(path, list);
  const kind = kindsByExtension[extname(path).toLowerCase()];
  if (kind) list.inputs.push({ path: resolve(path), label: path, kind });
  else if (isExplicit) list.inputs.push({ path: resolve(path), label: path, kind: 'sniff' });
  else list.skipped.push(path);
}

async function addFolder(path: string, list: InputList): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(path)).sort();
  } catch (error) {
    list.unreadable.push({ label: path, error: `cannot read folder: ${reason(error)}` });
    return;
  }
  for (const name of names) {
    // A corpus folder's README describes the articles; it is not one of them.
    if (/^readme(\.|$)/i.test(name)) list.skipped.push(join(path, name));
    else if (!name.startsWith('.')) await addPath(join(path, name), list, false);
  }
}

export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message ?? String(error);
}
