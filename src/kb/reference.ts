import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile, ReferenceFactSchema, type ReferenceFact } from '../model/index.js';

// Every fact of data/reference/*.yaml, checked; throws naming the file and item on a bad one.
export function loadReference(dataDir: string): ReferenceFact[] {
  const folder = join(dataDir, 'reference');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const items = (readYamlFile(join(folder, name)) ?? []) as unknown[];
      return items.map((item, index) => {
        const result = ReferenceFactSchema.safeParse(item);
        if (!result.success) throw new Error(`${join(folder, name)}: item ${index + 1}: ${result.error.issues[0]?.message ?? 'invalid'}`);
        return result.data;
      });
    });
}

// The facts about an entity: where it is the subject, the value, or the party.
export function referenceAbout(facts: ReferenceFact[], id: string): ReferenceFact[] {
  return facts.filter((fact) => fact.subject === id || fact.value === id || fact.party === id);
}
