import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, runAccord } from './run-accord.js';

// The ratchet: core F1 on the real articles of ../shared/devset, per language, may not fall
// below test/devset-floor.json. The folder lives beside the repository, not in it; without it
// the test says so and skips (ACCORD_DEVSET names another folder).
const devset = process.env.ACCORD_DEVSET ?? resolve(repo, '..', 'shared', 'devset');
const floor = JSON.parse(readFileSync(join(repo, 'test', 'devset-floor.json'), 'utf8')) as { core_f1: Record<string, number> };
type Score = { precision: number; recall: number; f1: number };
type Report = { core: Score; byLang: Record<string, { documents: number; core: Score }> };

const hasDevset = existsSync(devset);
if (!hasDevset) process.stdout.write(`devset ratchet skipped: no ${devset}\n`);

describe.skipIf(!hasDevset)('the devset ratchet', () => {
  it('keeps core F1 per language at or above the floor', () => {
    const run = runAccord(['eval', devset, '--json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    const rows = Object.entries(floor.core_f1).map(([lang, min]) => {
      const core = report.byLang[lang]?.core ?? { precision: 0, recall: 0, f1: 0 };
      return { lang, min, f1: Number(core.f1.toFixed(3)), precision: Number(core.precision.toFixed(3)), recall: Number(core.recall.toFixed(3)) };
    });
    process.stdout.write(`devset core F1: ${rows.map((r) => `${r.lang} ${r.f1} (p ${r.precision}, r ${r.recall}; floor ${r.min})`).join(', ')}\n`);
    for (const row of rows) expect(row.f1, `${row.lang} core F1`).toBeGreaterThanOrEqual(row.min);
  }, 120_000);
});
