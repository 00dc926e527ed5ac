import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAccord } from './run-accord.js';

// The knowledge base as users question it: entity views with conflicts, persons known only
// from articles, decisions on resolution, QuickStatements; all through the real CLI and a real
// database file.
const work = mkdtempSync(join(tmpdir(), 'accord-kb-'));
const db = join(work, 'accord.db');

type Stance = { declaration: string; status: string; articles: { signed: number; not_signed: number }; evidence: { kind: string; stance: string }[] };
type View = {
  entity: { id: string; label: string };
  fromArticles: boolean;
  decisions: { seq: number; action: string; name: string; reason: string; reviewer: string }[];
  stances: Stance[];
  conflicts: Stance[];
  statementCounts: Record<string, number>;
  quotes: { subject: string; words: string }[];
};
const view = (name: string): View[] => JSON.parse(runAccord(['entity', name, '--json', '--db', db]).stdout) as View[];

beforeAll(() => {
  writeFileSync(
    join(work, 'kenya-signed.txt'),
    'Paris AI summit: Kenya joins the declaration\n\nNAIROBI, Feb. 12 - Kenya signed the declaration of the AI Action Summit in Paris on Tuesday, the foreign ministry said.\n\n"Africa cannot wait for others to write these rules," said Amara Wanjiru, Kenya\'s principal secretary for digital economy.',
  );
  writeFileSync(
    join(work, 'kenya-declined.txt'),
    "Sommet de Paris sur l'IA : le Kenya en retrait\n\nLe Kenya n'a pas signé la déclaration finale du sommet pour l'action sur l'IA, mardi à Paris. La Chine n'a pas signé la déclaration finale non plus, selon un diplomate.",
  );
  const run = runAccord(['ingest', join(work, 'kenya-signed.txt'), join(work, 'kenya-declined.txt'), '--db', db]);
  expect(run.status).toBe(0);
});

describe('entity views', () => {
  it('flags a party that articles state both to sign and not to sign, with both sides', () => {
    const [kenya] = view('Kenya');
    const paris = kenya?.stances.find((s) => s.declaration === 'declaration:paris-statement');
    expect(paris).toMatchObject({ status: 'conflict', articles: { signed: 1, not_signed: 1 } });
    expect(new Set(paris?.evidence.map((e) => e.stance))).toEqual(new Set(['signed', 'not_signed']));
    expect(kenya?.conflicts.map((c) => c.declaration)).toContain('declaration:paris-statement');
  });

  it('flags an article that contradicts the reference dataset', () => {
    const [china] = view('Trung Quốc');
    const paris = china?.stances.find((s) => s.declaration === 'declaration:paris-statement');
    expect(paris?.status).toBe('conflict');
    expect(paris?.evidence.some((e) => e.kind === 'reference' && e.stance === 'signed')).toBe(true);
    expect(paris?.evidence.some((e) => e.kind === 'article' && e.stance === 'not_signed')).toBe(true);
  });

  it('shows where an international organisation stands, named in any language', () => {
    const [commission] = view("Commission de l'Union africaine");
    expect(commission?.entity.id).toBe('organization:african-union-commission');
    expect(commission?.stances.find((s) => s.declaration === 'declaration:paris-statement')?.status).toBe('signed');
  });

  it('knows a person met only in articles, by the name they give, with their quotes', () => {
    for (const name of ['Amara Wanjiru', 'amara wanjiru']) {
      const [person] = view(name);
      expect(person).toMatchObject({ entity: { id: 'person:amara-wanjiru', label: 'Amara Wanjiru' }, fromArticles: true });
      expect(person?.quotes.map((q) => q.words).join(' ')).toContain('Africa cannot wait');
    }
  });
});

describe('accord resolve', () => {
  it('records that a name is an entity, with who and why, and undoes it', () => {
    expect(runAccord(['entity', 'Amara W. Wanjiru', '--db', db]).status).toBe(1);
    const same = runAccord([
      'resolve',
      'same',
      'Amara Wanjiru',
      'Amara W. Wanjiru',
      '--reason',
      'same official, middle initial',
      '--reviewer',
      'lan',
      '--db',
      db,
    ]);
    expect(same.status).toBe(1);
    expect(same.stderr).toContain('Amara Wanjiru: no entity by that name or id');
    // Decisions name entities the gazetteer knows; a known person gains a spelling.
    const run = runAccord(['resolve', 'same', 'person:jd-vance', 'J. David Vance', '--reason', 'full name', '--reviewer', 'lan', '--db', db, '--json']);
    expect(run.status).toBe(0);
    const [entry] = JSON.parse(run.stdout) as { seq: number; action: string; entity: string }[];
    expect(entry).toMatchObject({ action: 'same', entity: 'person:jd-vance' });
    const [vance] = view('J. David Vance');
    expect(vance?.entity.id).toBe('person:jd-vance');
    expect(vance?.decisions).toMatchObject([{ action: 'same', name: 'J. David Vance', reason: 'full name', reviewer: 'lan' }]);
    expect(runAccord(['resolve', 'undo', String(entry?.seq), '--reason', 'checked again', '--db', db]).status).toBe(0);
    expect(runAccord(['entity', 'J. David Vance', '--db', db]).status).toBe(1);
    const log = runAccord(['resolve', 'log', '--db', db]).stdout;
    expect(log).toMatch(/#1 .* lan same person:jd-vance "J. David Vance"/);
    expect(log).toMatch(/#2 .* undo #1 person:jd-vance/);
  }, 240_000);

  it('takes a name away from an entity, and needs a reason', () => {
    expect(runAccord(['resolve', 'not-same', 'country:GE', 'Georgia', '--db', db]).stderr.trim()).toBe(
      'accord: resolve not-same: give the reason with --reason',
    );
    expect(runAccord(['resolve', 'not-same', 'country:GE', 'Georgia', '--reason', 'the US state in this corpus', '--db', db]).status).toBe(0);
    expect(runAccord(['entity', 'Georgia', '--db', db]).status).toBe(1);
    expect(view('Géorgie')[0]?.entity.id).toBe('country:GE');
  }, 120_000);
});

describe('accord export --format quickstatements', () => {
  it('writes signatory facts with their source URLs for the Wikidata ids given', () => {
    // Test ids, not real Wikidata items: the export maps whatever the editor supplies.
    writeFileSync(join(work, 'ids.csv'), 'id,item\nFR,http://www.wikidata.org/entity/Q90000001\ndeclaration:bletchley-declaration,Q90000100\n');
    const run = runAccord(['export', '--format', 'quickstatements', '--wikidata', join(work, 'ids.csv'), '--declaration', 'Bletchley Declaration', '--db', db]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^Q90000100\|P1891\|Q90000001\|P585\|\+2023-11-01T00:00:00Z\/11\|S854\|"https?:\/\/[^"]+"$/);
    expect(run.stderr).toContain('left out for want of a Wikidata id');
    expect(run.stderr).toMatch(/\bGB\b/);
  });

  it('creates the declaration item when no id is given for it, and refuses a bad ids file', () => {
    writeFileSync(join(work, 'fr-only.csv'), 'FR,Q90000001\n');
    const run = runAccord([
      'export',
      '--format',
      'quickstatements',
      '--wikidata',
      join(work, 'fr-only.csv'),
      '--declaration',
      'Tuyên bố Bletchley',
      '--db',
      db,
    ]);
    // One label per language of data/lang/.
    expect(run.stdout.split('\n').slice(0, 6).sort()).toEqual([
      'CREATE',
      'LAST|Lde|"Bletchley-Erklärung"',
      'LAST|Len|"Bletchley Declaration"',
      'LAST|Les|"Declaración de Bletchley"',
      'LAST|Lfr|"Déclaration de Bletchley"',
      'LAST|Lvi|"Tuyên bố Bletchley"',
    ]);
    writeFileSync(join(work, 'bad.csv'), 'id,item\nFR,France\n');
    const bad = runAccord(['export', '--format', 'quickstatements', '--wikidata', join(work, 'bad.csv'), '--db', db]);
    expect([bad.status, bad.stderr.trim()]).toEqual([1, `accord: ${join(work, 'bad.csv')}:2: expected an id or ISO code and a Wikidata item, got "FR,France"`]);
  });
});
