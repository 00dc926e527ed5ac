import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { parse as Parse } from 'yaml';
import { parsedOnce } from './json-cache.js';

// A YAML file of data/, parsed once per content (see json-cache.ts); the parser itself loads
// only on a miss. A broken file throws the parser's error, naming the line.
export function readYamlFile(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  return parsedOnce('yaml', text, () => (createRequire(import.meta.url)('yaml') as { parse: typeof Parse }).parse(text));
}
