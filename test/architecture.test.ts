import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The import rule of ARCHITECTURE.md: imports only point down.
const allowed: Record<string, string[]> = {
  model: [],
  config: [],
  eval: ['model'],
  text: ['model'],
  ingest: ['model'],
  kb: ['model'],
  store: ['model', 'text'],
  queue: ['model', 'ingest'],
  fetch: [],
  monitor: ['model', 'fetch', 'ingest', 'pipeline', 'store'],
  extract: ['model', 'text'],
  pipeline: ['model', 'text', 'ingest', 'kb', 'store', 'extract'],
  'pipeline-groups': [],
  'pipeline-batch': ['model', 'ingest', 'pipeline', 'pipeline-groups'],
  query: ['model', 'text', 'kb', 'store', 'extract', 'config', 'ingest', 'pipeline', 'pipeline-batch', 'monitor'],
  web: ['model', 'query', 'config'],
  server: ['model', 'store', 'query', 'config', 'web', 'pipeline', 'text', 'extract', 'queue', 'startup'],
  startup: ['model', 'config', 'text', 'extract', 'store', 'query', 'queue'],
  cli: ['model', 'text', 'ingest', 'kb', 'store', 'extract', 'pipeline', 'pipeline-batch', 'config', 'query', 'server', 'eval', 'queue', 'fetch', 'monitor', 'startup'],
};

const src = resolve(import.meta.dirname, '..', 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// `src/store/sqlite.ts` -> `store`; `src/pipeline.ts` -> `pipeline`
function layerOf(path: string): string {
  return (relative(src, path).split(/[\\/]/)[0] ?? '').replace(/\.(?:tsx?|js)$/, '');
}

describe('import rule', () => {
  it('every import inside src/ points to an allowed layer, through its index', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(src)) {
      const from = layerOf(file);
      const text = readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
        if (!specifier?.startsWith('.')) continue;
        const target = resolve(dirname(file), specifier);
        const to = layerOf(target);
        if (to === from) continue;
        const isIndex = /[\\/]index\.js$/.test(specifier) || !relative(src, target).includes('/');
        if (!(allowed[from] ?? []).includes(to)) violations.push(`${relative(src, file)} imports ${to} (${specifier})`);
        else if (!isIndex) violations.push(`${relative(src, file)} reaches inside ${to} (${specifier}); import its index.ts`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('knows every layer in src/', () => {
    const layers = [...new Set(sourceFiles(src).map(layerOf))].sort();
    expect(layers.filter((layer) => !(layer in allowed))).toEqual([]);
  });
});
