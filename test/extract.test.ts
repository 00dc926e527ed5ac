import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAccord } from './run-accord.js';

const work = mkdtempSync(join(tmpdir(), 'accord-extract-'));
const article = [
  'Sommet de Genève : une déclaration sans le Brésil',
  'GENÈVE, 12 mars 2027 - La Suisse, le Japon et le Canada ont signé jeudi la déclaration finale, tandis que le Brésil n’a pas signé le texte.',
  '« Nous avançons, lentement mais ensemble », a déclaré Marie Dubois, chercheuse à l’Institut Delta.',
].join('\n\n');
writeFileSync(join(work, 'geneve.txt'), article);
writeFileSync(
  join(work, 'geneve.gold.json'),
  JSON.stringify({
    id: 'geneve',
    lang: 'fr',
    facts: {
      events: [{ name: 'AI Summit 2027', city: 'Geneva', country: 'CH' }],
      signed: ['CH', 'JP', 'CA'],
      not_signed: ['BR'],
      quotes: [{ speaker: 'Marie Dubois', starts: 'Nous avançons, lentement' }],
      persons: [{ name: 'Marie Dubois', role: 'Researcher' }],
      organizations: ['Institut Delta'],
    },
  }),
);

describe('accord extract and accord eval', () => {
  it('prints the facts of an article in the gold format', () => {
    const run = runAccord(['extract', join(work, 'geneve.txt'), '--format', 'gold']);
    expect(run.status).toBe(0);
    const { lang, facts } = JSON.parse(run.stdout) as { lang: string; facts: Record<string, unknown> };
    expect(lang).toBe('fr');
    expect(facts).toMatchObject({
      signed: ['CH', 'JP', 'CA'],
      not_signed: ['BR'],
      quotes: [{ speaker: 'Marie Dubois', text: 'Nous avançons, lentement mais ensemble' }],
    });
  });

  it('prints statements with spans into the text and the rule that found them', () => {
    const { statements } = JSON.parse(runAccord(['extract', join(work, 'geneve.txt')]).stdout) as {
      statements: { kind: string; subject: string; start: number; end: number; words: string; rule: string }[];
    };
    const signed = statements.filter((s) => s.kind === 'signed') as { subject: string; rule: string }[];
    expect(new Set(signed.map((s) => s.subject))).toEqual(new Set(['CH', 'JP', 'CA']));
    for (const s of statements) expect(article.slice(s.start, s.end)).toBe(s.words);
    for (const s of signed) expect(s.rule).toMatch(/^fr\.signed\./);
  });

  it('scores a folder of annotated articles', () => {
    const run = runAccord(['eval', work, '--json']);
    const report = JSON.parse(run.stdout) as { core: { f1: number }; all: { f1: number }; keys: Record<string, { tp: number }> };
    expect([report.core.f1, report.all.f1]).toEqual([1, 1]);
    expect(report.keys.signed?.tp).toBe(3);
  });

  it('fails clearly on a missing file', () => {
    const run = runAccord(['extract', join(work, 'missing.txt')]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^accord: .*missing\.txt: cannot read: no such file or directory$/);
  });
});
