import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, runAccord } from './run-accord.js';

// Made-up articles: one process extracts them all, one JSON line per file.
const work = mkdtempSync(join(tmpdir(), 'accord-extract-many-'));
const articles: Record<string, string> = {
  'lyon.txt': "LYON - L'Agence internationale de l'énergie et l'Organisation des Nations unies ont salué jeudi le texte, que le Chili a signé.",
  'hue.txt': 'HUẾ - Liên hợp quốc và Ủy hội châu Âu đã hoan nghênh văn kiện mới về trí tuệ nhân tạo trong hội nghị hôm thứ Ba.',
  'leeds.txt': 'LEEDS - The Northern Ledger Foundation and the World Health Organization welcomed the new charter on Tuesday.',
};
for (const [name, text] of Object.entries(articles)) writeFileSync(join(work, name), text);
const file = (name: string): string => join(work, name);

describe('accord extract FILE...', () => {
  it('prints one gold line per file, known bodies by their English name, others by their words', () => {
    const run = runAccord(['extract', file('lyon.txt'), file('hue.txt'), file('leeds.txt'), '--format', 'gold']);
    expect(run.status).toBe(0);
    const lines = jsonLines(run.stdout) as { file: string; facts: { organizations: string[] } }[];
    expect(lines.map((l) => l.file)).toEqual([file('lyon.txt'), file('hue.txt'), file('leeds.txt')]);
    const cases: [number, string[]][] = [
      [0, ['International Energy Agency', 'United Nations']],
      [1, ['United Nations', 'Council of Europe']],
      [2, ['Northern Ledger Foundation', 'World Health Organization']],
    ];
    for (const [at, names] of cases) expect(lines[at]?.facts.organizations).toEqual(expect.arrayContaining(names));
  });

  it('goes on past a file it cannot read, and fails at the end', () => {
    const run = runAccord(['extract', file('lyon.txt'), file('missing.txt'), file('leeds.txt')]);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout)).toHaveLength(2);
    expect(run.stderr).toMatch(/missing\.txt: cannot read/);
  });
});
