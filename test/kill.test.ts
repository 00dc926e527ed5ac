import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestAndKill, jsonLines, runAccord } from './run-accord.js';

const articleCount = 300;
const cities = ['Paris', 'Genève', 'Séoul', 'New Delhi', 'Londres', 'Nairobi'];

// Distinct French articles of a few paragraphs each.
function writeCorpus(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < articleCount; i += 1) {
    const city = cities[i % cities.length];
    const text = [
      `Réunion n° ${i} sur la gouvernance de l'IA à ${city}`,
      `Des délégations de ${20 + (i % 40)} pays se sont réunies à ${city} pour la ${i + 1}e séance de travail sur l'intelligence artificielle, a indiqué M. Durand, porte-parole des organisateurs.`,
      `« Nous avançons. Le texte sera prêt avant l'été », a déclaré la présidente de séance. Les discussions reprendront dans ${1 + (i % 9)} semaines.`,
      `photo-${i}.jpg`,
      `Les délégués à ${city}. Photo : AFP`,
    ].join('\n\n');
    writeFileSync(join(folder, `article-${String(i).padStart(4, '0')}.txt`), text);
  }
}


// In one thread, and in worker threads that write in turns (ingest --concurrency).
describe.each([[[]], [['--concurrency', '2']]])('a killed ingest %j', (extra: string[]) => {
  it('leaves a consistent database, and the same command then completes the batch without duplicates', async () => {
    const work = mkdtempSync(join(tmpdir(), 'accord-kill-'));
    const folder = join(work, 'corpus');
    const db = join(work, 'accord.db');
    writeCorpus(folder);
    await ingestAndKill(folder, db, 40, extra);

    const sqlite = new Database(db, { readonly: true });
    const stored = sqlite.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(stored).toBeGreaterThanOrEqual(40);
    expect(stored).toBeLessThan(articleCount);
    // Every stored document is whole: sentences, figure, source row.
    const partial = sqlite
      .prepare(
        `SELECT count(*) FROM documents d WHERE json_array_length(d.sentences) = 0
           OR NOT EXISTS (SELECT 1 FROM figures f WHERE f.document_id = d.id) OR NOT EXISTS (SELECT 1 FROM sources s WHERE s.document_id = d.id)`,
      )
      .pluck()
      .get();
    expect(partial).toBe(0);
    sqlite.close();

    const rerun = runAccord(['ingest', folder, '--db', db, '--json', ...extra]);
    expect(rerun.status).toBe(0);
    const statuses = jsonLines(rerun.stdout).map((o) => o.status);
    expect(statuses.filter((s) => s === 'unchanged')).toHaveLength(stored);
    expect(statuses.filter((s) => s === 'new')).toHaveLength(articleCount - stored);

    const after = new Database(db, { readonly: true });
    expect(after.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(articleCount);
    expect(after.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(articleCount);
    after.close();
  });
});
