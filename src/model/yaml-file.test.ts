import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readYamlFile } from './yaml-file.js';

const folder = mkdtempSync(join(tmpdir(), 'accord-yaml-'));

describe('readYamlFile', () => {
  // Read twice: parsed, then from the cache; both must be what the YAML parser gives.
  it.each([
    ['a list of maps', '- id: paris-statement\n  names: { fr: [Déclaration de Paris], en: [Paris Statement] }\n  start: 2025-02-11\n'],
    ['codes YAML 1.1 would read as booleans', 'countries: [NO, YES, on, off]\nnull_value: ~\n'],
    ['numbers and nested lists', 'count: 58\nshare: 0.5\nnested: [[1, 2], [three]]\n'],
    ['an empty file', ''],
    [`a run of ${process.pid} random words`, `words: [${Math.random().toString(36)}, ${Date.now()}]\n`],
  ])('gives the parsed value of %s, read again from the cache', (name, text) => {
    const path = join(folder, `${name.replace(/\W+/g, '-')}.yaml`);
    writeFileSync(path, text);
    const expected = parse(text) as unknown;
    expect(readYamlFile(path)).toEqual(expected);
    expect(readYamlFile(path)).toEqual(expected);
  });

  it('reads an edited file anew, never a stale value', () => {
    const path = join(folder, 'edited.yaml');
    for (const value of ['first', 'second', 'first']) {
      writeFileSync(path, `value: ${value}\n`);
      expect(readYamlFile(path)).toEqual({ value });
    }
  });

  it('throws the parser error on broken YAML', () => {
    const path = join(folder, 'broken.yaml');
    writeFileSync(path, 'key: [unclosed\n');
    expect(() => readYamlFile(path)).toThrow(/must be sufficiently indented and end with a \]/);
  });
});
