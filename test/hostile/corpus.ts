import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ingestWithLimit, outcomesOf, type Outcome } from './ingest-with-limit.js';

// The generated corpus of hostile input (issue 11, proof): each kind builds its input in a
// folder of its own under a temp dir (nothing binary is committed) and says what must become of
// each article it holds. The real binary ingests the kinds batch by batch into one database
// file; after every batch the file passes `PRAGMA integrity_check` and holds exactly the
// documents stored so far. An input that takes longer than `perInput` is a hang: the run is
// killed and the test fails, naming the input.

// What must become of one article: stored (with no warning), stored with a warning, or skipped
// with a one-line error.
export type Expected = 'stored' | { warned: RegExp } | { skipped: RegExp };
// `build` writes the input into `dir` (its own folder) and returns the paths to give `ingest`;
// `holds`: words every document stored from it must hold, decoded right (no mojibake).
export type Kind = { name: string; build: (dir: string) => string[]; expect: Expected[]; holds?: string };

export const limits = { perInput: 30_000, maxBytes: 2_000_000, batch: 10 };
const lines = /^(?:warning|error|note): |^\d+ new, \d+ updated, \d+ unchanged(?:, \d+ cop(?:y of a text|ies of texts) stored before \(kept as more sources of them\))?, \d+ failed$/;

// A sentence no other kind stores, so that every stored article is a document of its own.
export function article(name: string): string {
  const tag = name.replace(/[^a-z0-9]+/gi, ' ').trim();
  return `Kenya and Chile signed the declaration in Paris on Monday, officials said (${tag}).\n\nThe delegates met again on Tuesday to discuss the safety of AI models (${tag}).`;
}

// A kind whose input is one file of these bytes.
export function file(name: string, content: string | Uint8Array): (dir: string) => string[] {
  return (dir) => {
    writeFileSync(join(dir, name), content);
    return [join(dir, name)];
  };
}

// One test per batch of kinds, in order, into one database file.
export function describeCorpus(label: string, kinds: Kind[]): void {
  const root = mkdtempSync(join(tmpdir(), `accord-hostile-${label}-`));
  const db = join(root, 'corpus.db');
  describe(`hostile input: ${label} (${kinds.length} kinds)`, () => {
    for (let at = 0; at < kinds.length; at += limits.batch) {
      const batch = kinds.slice(at, at + limits.batch);
      const inputs = batch.reduce((n, kind) => n + kind.expect.length, 0);
      it(batch.map((kind) => kind.name).join('; '), () => runBatch(join(root, `batch-${at}`), db, batch), limits.perInput * (inputs + 2));
    }
  });
}

// Runs one batch: its inputs in one `accord ingest --json`, each kind's outcomes checked, then
// the database file: intact, and grown by exactly the documents the outcomes say were stored.
async function runBatch(root: string, db: string, batch: Kind[]): Promise<void> {
  const storedBefore = countDocuments(db);
  const given = batch.map((kind, index) => {
    const dir = join(root, `${String(index).padStart(2, '0')}-${kind.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}`);
    mkdirSync(dir, { recursive: true });
    return { kind, dir, paths: kind.build(dir) };
  });
  const run = await ingestWithLimit(
    given.flatMap((g) => g.paths),
    db,
    limits,
  );
  const stray = run.stderr.split('\n').filter((line) => line !== '' && !lines.test(line));
  expect(stray, 'every line on stderr is one warning, error, note or the summary').toEqual([]);
  for (const { kind, dir, paths } of given) {
    const outcomes = outcomesOf(run.outcomes, run.stderr, dir, paths);
    expect(outcomes.map(describeOutcome), kind.name).toEqual(kind.expect.map(describeExpected));
    outcomes.forEach((outcome, i) => expect(outcome, kind.name).toMatchObject(shapeOf(kind.expect[i] as Expected)));
    if (kind.holds) expect(textsOf(db, outcomes), kind.name).toEqual(outcomes.filter((o) => o.id).map(() => expect.stringContaining(kind.holds as string)));
  }
  expect(run.outcomes.filter((o) => o.error?.includes('\n')).map((o) => o.error)).toEqual([]);
  const stored = run.outcomes.filter((o) => o.status === 'new').length;
  expect(countDocuments(db), 'documents in the file after the batch').toBe(storedBefore + stored);
}

function textsOf(db: string, outcomes: Outcome[]): string[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    const text = sqlite.prepare('SELECT title, text FROM documents WHERE id = ?');
    return outcomes.flatMap((o) => (o.id ? [Object.values(text.get(o.id) as object).join('\n')] : []));
  } finally {
    sqlite.close();
  }
}

// The documents the file holds, once `PRAGMA integrity_check` says it is intact (0 before any).
function countDocuments(db: string): number {
  let sqlite;
  try {
    sqlite = new Database(db, { readonly: true, fileMustExist: true });
  } catch {
    return 0;
  }
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    return (sqlite.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

function describeOutcome(outcome: Outcome): string {
  if (outcome.status === 'failed') return 'skipped';
  if (outcome.status !== 'new') return outcome.status;
  return outcome.warnings.length > 0 ? 'warned' : 'stored';
}

function describeExpected(expected: Expected): string {
  return typeof expected === 'string' ? expected : 'warned' in expected ? 'warned' : 'skipped';
}

function shapeOf(expected: Expected): object {
  if (typeof expected === 'string') return { warnings: [] };
  if ('warned' in expected) return { warnings: expect.arrayContaining([expect.stringMatching(expected.warned)]) };
  return { error: expect.stringMatching(expected.skipped) };
}
