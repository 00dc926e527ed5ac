import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../src/store/postgres/index.js';
import { dropSchemas, freshSchema } from '../src/store/postgres/testing.js';
import { ingestAndKill, jsonLines, runAccord } from './run-accord.js';
import { pgUrl } from './store-backends.js';

// kill.test.ts on PostgreSQL: an ingest SIGKILLed mid-batch leaves every document whole or
// absent (one transaction each), and the same command then completes the batch, no duplicates.
const articleCount = 120;

function writeCorpus(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < articleCount; i += 1)
    writeFileSync(
      join(folder, `article-${String(i).padStart(4, '0')}.txt`),
      `Working meeting ${i} on AI governance\n\nDelegations of ${10 + (i % 50)} countries met for session ${i + 1}, a spokesperson said.\n\nphoto-${i}.jpg\n\nThe delegates. Photo: AFP`,
    );
}


describe.skipIf(pgUrl === null)('a killed ingest on PostgreSQL', () => {
  const url = pgUrl ?? '';
  afterAll(() => dropSchemas(url));

  it('leaves every document whole or absent, and the same command then completes the batch without duplicates', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'accord-kill-pg-')), 'corpus');
    writeCorpus(folder);
    const schema = freshSchema();
    const db = `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
    await ingestAndKill(folder, db, 20);
    const store = await PostgresStore.open(url, { schema });
    try {
      const stored = await store.listDocuments();
      expect(stored.length).toBeGreaterThanOrEqual(20);
      expect(stored.length).toBeLessThan(articleCount);
      expect(stored.filter((d) => d.sentences === 0 || d.figures === 0)).toEqual([]);
      for (const summary of stored) expect((await store.getDocument(summary.id))?.sources).toHaveLength(1);
      const rerun = runAccord(['ingest', folder, '--db', db, '--json'], { timeout: 300_000 });
      expect(rerun.status).toBe(0);
      const statuses = jsonLines(rerun.stdout).map((o) => o.status);
      expect([statuses.filter((s) => s === 'unchanged').length, statuses.filter((s) => s === 'new').length]).toEqual([
        stored.length,
        articleCount - stored.length,
      ]);
      expect(await store.countDocuments()).toBe(articleCount);
      expect((await Promise.all((await store.listDocuments()).map(async (d) => (await store.getDocument(d.id))?.sources.length))).every((n) => n === 1)).toBe(
        true,
      );
    } finally {
      await store.close();
    }
  }, 300_000);
});
