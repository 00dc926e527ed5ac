import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ReferenceFactSchema } from '../src/model/index.js';
import { repo } from './run-accord.js';

const folder = join(repo, 'data', 'reference');
const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));

describe('the reference dataset (data/reference)', () => {
  it.each(files)('%s: every fact has the shape, an id of a known kind and a source', (name) => {
    const facts = parse(readFileSync(join(folder, name), 'utf8')) as unknown[];
    expect(facts.length).toBeGreaterThan(0);
    const problems = facts.flatMap((fact, i) => {
      const result = ReferenceFactSchema.safeParse(fact);
      return result.success ? [] : [`#${i}: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('covers the four summits with their dates, hosts and declarations', () => {
    const facts = files.flatMap((name) => parse(readFileSync(join(folder, name), 'utf8')) as { subject: string; property: string }[]);
    for (const event of ['event:ai-safety-summit-2023', 'event:ai-seoul-summit-2024', 'event:ai-action-summit-2025', 'event:ai-impact-summit-2026']) {
      expect(facts.filter((f) => f.subject === event).map((f) => f.property)).toEqual(expect.arrayContaining(['start', 'city', 'country']));
    }
    expect(facts.filter((f) => f.property === 'signed').length).toBeGreaterThan(50);
  });
});
