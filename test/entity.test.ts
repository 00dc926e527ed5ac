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

type Party = { party: string; status: string; signerType: string; sources: number; evidence: { kind: string; source: string }[] };

describe('accord signatories and compare', () => {
  it('assembles the parties of a declaration named in any language, from the reference and the articles', () => {
    writeFileSync(
      join(work, 'paris.txt'),
      "Sommet pour l'action sur l'IA\n\nLa Chine et le Kenya ont signé la déclaration finale du sommet pour l'action sur l'IA, mardi à Paris.",
    );
    expect(runAccord(['ingest', join(work, 'paris.txt'), '--db', db]).status).toBe(0);
    for (const name of ["Déclaration de Paris sur l'IA", 'Tuyên bố Paris', 'Paris declaration']) {
      const result = JSON.parse(runAccord(['signatories', name, '--json', '--db', db]).stdout) as { declaration: string; parties: Party[]; counts: unknown[] };
      expect(result.declaration).toBe('declaration:paris-statement');
      const china = result.parties.find((p) => p.party === 'CN');
      expect(china).toMatchObject({ status: 'signed', signerType: 'state' });
      expect(china?.evidence.some((e) => e.kind === 'article')).toBe(true);
      expect(china?.evidence.some((e) => e.kind === 'reference' && e.source.startsWith('http'))).toBe(true);
      expect(result.parties.find((p) => p.party === 'US')?.status).toBe('declined');
      expect(result.parties.find((p) => p.party === 'KE')?.evidence.map((e) => e.kind)).toContain('article');
      expect(result.counts.length).toBeGreaterThan(1);
    }
  });

  it('lists who signed Bletchley and not Paris', () => {
    const result = JSON.parse(runAccord(['compare', 'Bletchley Declaration', 'Déclaration de Paris', '--json']).stdout) as {
      signedOnlyA: (Party & { other: string })[];
    };
    expect(result.signedOnlyA.map((p) => p.party)).toEqual(expect.arrayContaining(['GB', 'US']));
    expect(result.signedOnlyA.find((p) => p.party === 'US')?.other).toBe('declined');
    expect(result.signedOnlyA.map((p) => p.party)).not.toContain('CN');
  });

  it('names a declaration it does not know', () => {
    const run = runAccord(['signatories', 'Treaty of Atlantis']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^accord: Treaty of Atlantis: no declaration by that name/);
  });
});

describe('accord quotes', () => {
  it('finds quotes by speaker and words without accents', () => {
    writeFileSync(
      join(work, 'quotes.txt'),
      'Hội nghị về AI\n\n“Chúng ta cần những nguyên tắc rõ ràng cho tướng lĩnh công nghệ”, ông Đặng Văn An, Viện trưởng Viện Chính sách Số, nhận định.',
    );
    expect(runAccord(['ingest', join(work, 'quotes.txt'), '--db', db]).status).toBe(0);
    for (const args of [
      ['--search', 'tuong linh'],
      ['--speaker', 'dang van an'],
      ['--speaker', 'Đặng', '--lang', 'vi'],
    ]) {
      const rows = JSON.parse(runAccord(['quotes', ...args, '--json', '--db', db]).stdout) as { subject: string; words: string; start: number; end: number }[];
      expect(rows.map((r) => r.subject)).toEqual(['Đặng Văn An']);
      expect(rows[0]?.words).toContain('tướng lĩnh');
    }
    expect(JSON.parse(runAccord(['quotes', '--speaker', 'dang', '--lang', 'en', '--json', '--db', db]).stdout)).toEqual([]);
  });

  // The ids every page, the API and the CLI show work as names, with or without their kind.
  it.each<[string, string]>([
    ['ai-action-summit-2025', 'event:ai-action-summit-2025'],
    ['event:ai-action-summit-2025', 'event:ai-action-summit-2025'],
    ['ai-seoul-summit-2024', 'event:ai-seoul-summit-2024'],
    ['country:cn', 'country:CN'],
    ['person:jd-vance', 'person:jd-vance'],
    ['declaration:paris-statement', 'declaration:paris-statement'],
  ])('opens the id %s', (name, id) => {
    const run = runAccord(['entity', name, '--json', '--db', join(work, 'none.db')]);
    expect((JSON.parse(run.stdout) as Known[]).map((k) => k.entity.id)).toEqual([id]);
  });
});

describe('accord signatories and compare by the summit or city a declaration comes from', () => {
  it.each<[string[], string[]]>([
    [['signatories', 'Paris'], ['declaration:paris-statement']],
    [['signatories', 'ai-action-summit-2025'], ['declaration:paris-statement']],
    [['signatories', 'Sommet de Séoul'], ['declaration:seoul-declaration']],
    [
      ['compare', 'Bletchley Declaration', 'Paris'],
      ['declaration:bletchley-declaration', 'declaration:paris-statement'],
    ],
  ])('%j', (args, ids) => {
    const run = runAccord([...args, '--json', '--db', join(work, 'none.db')]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { declaration?: string; a?: string; b?: string };
    expect([out.declaration, out.a, out.b].filter(Boolean)).toEqual(ids);
  });
});

describe('accord quotes', () => {
  it('finds a quoted fragment by its speaker and its words, marked as a fragment', () => {
    const fragments = join(work, 'fragment.txt');
    writeFileSync(
      fragments,
      'Sommet de Paris\n\nLe vice-président américain JD Vance a prévenu que les règles « doivent laisser respirer les ingénieurs », mardi à Paris.',
    );
    expect(runAccord(['ingest', fragments, '--db', db]).status).toBe(0);
    for (const filter of [
      ['--speaker', 'vance'],
      ['--search', 'respirer ingenieurs'],
    ]) {
      const rows = JSON.parse(runAccord(['quotes', ...filter, '--json', '--db', db]).stdout) as { kind: string; subject: string; words: string }[];
      expect(rows.map((r) => [r.kind, r.subject])).toEqual([['quote_fragment', 'JD Vance']]);
    }
    expect(runAccord(['quotes', '--speaker', 'vance', '--db', db]).stdout).toContain('quoted fragment');
  });
});
