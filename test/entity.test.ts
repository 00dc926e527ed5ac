import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAccord } from './run-accord.js';

const work = mkdtempSync(join(tmpdir(), 'accord-entity-'));
const db = join(work, 'accord.db');

type Known = {
  entity: { id: string; names: Record<string, string[]> };
  reference: { subject: string; property: string; sources: string[] }[];
  statements: { kind: string; words: string }[];
};

describe('accord entity', () => {
  it('finds a country by any of its names, with reference facts and their sources', () => {
    for (const name of ['Chine', 'China', 'Trung Quốc', 'CN']) {
      const [known] = JSON.parse(runAccord(['entity', name, '--json', '--db', join(work, 'none.db')]).stdout) as Known[];
      expect(known?.entity.id).toBe('country:CN');
      expect(known?.reference.some((f) => f.subject === 'declaration:bletchley-declaration' && f.property === 'signed')).toBe(true);
      for (const fact of known?.reference ?? []) expect(fact.sources.length).toBeGreaterThan(0);
    }
  });

  it('lists what stored articles state about it, in any language', () => {
    writeFileSync(join(work, 'fr.txt'), "Sommet de Paris\n\nLa Chine et l'Inde ont signé la déclaration finale, mardi à Paris.");
    writeFileSync(join(work, 'vi.txt'), 'Hội nghị Paris\n\nTrung Quốc và Ấn Độ đã ký tuyên bố chung tại Paris.');
    expect(runAccord(['ingest', join(work, 'fr.txt'), join(work, 'vi.txt'), '--db', db]).status).toBe(0);
    const [known] = JSON.parse(runAccord(['entity', 'la Chine', '--json', '--db', db]).stdout) as Known[];
    const signed = known?.statements.filter((s) => s.kind === 'signed').map((s) => s.words) ?? [];
    expect(signed.some((words) => words.startsWith('La Chine'))).toBe(true);
    expect(signed.some((words) => words.startsWith('Trung Quốc'))).toBe(true);
  });

  it('says so when no entity has the name', () => {
    const run = runAccord(['entity', 'Atlantis']);
    expect([run.status, run.stderr.trim()]).toEqual([1, 'accord: Atlantis: no country, person, organisation, event, declaration or initiative by that name']);
  });
});
