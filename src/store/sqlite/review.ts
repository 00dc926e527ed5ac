import { unreviewed, type ResolutionEntry, type ReviewEntry, type ReviewState } from '../../model/index.js';
import { reviewEntryOf } from '../rows.js';
import { refreshStatement } from './assembly.js';
import type { SqliteConnection } from './connection.js';

// `before` is read and the entry written in one transaction, with the assembly it changes.
export function recordReview(c: SqliteConnection, entry: Omit<ReviewEntry, 'seq' | 'before'>): ReviewEntry {
  return c.write((): ReviewEntry => {
    const before = reviewState(c, entry.statementId);
    const info = c
      .sql('INSERT INTO review_log (statement_id, action, reason, reviewer, at, before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(entry.statementId, entry.action, entry.reason, entry.reviewer, entry.at, JSON.stringify(before), JSON.stringify(entry.after));
    refreshStatement(c, entry.statementId);
    return { ...entry, seq: Number(info.lastInsertRowid), before };
  });
}

export function reviewLog(c: SqliteConnection, statementId?: string): ReviewEntry[] {
  return c
    .sql(
      `SELECT seq, statement_id AS statementId, action, reason, reviewer, at, before_state AS before, after_state AS after FROM review_log
       WHERE (? IS NULL OR statement_id = ?) ORDER BY seq`,
    )
    .all(statementId ?? null, statementId ?? null)
    .map(reviewEntryOf);
}

// The review states of many statements in one query (a document's, as it is saved): the last
// entry of each, unreviewed for those with none.
export function reviewStates(c: SqliteConnection, statementIds: string[]): Map<string, ReviewState> {
  const states = new Map<string, ReviewState>(statementIds.map((id) => [id, unreviewed]));
  if (statementIds.length === 0) return states;
  const rows = c
    .sql('SELECT statement_id AS id, after_state AS after FROM review_log WHERE statement_id IN (SELECT value FROM json_each(?)) ORDER BY seq')
    .all(JSON.stringify(statementIds)) as { id: string; after: string }[];
  for (const row of rows) states.set(row.id, JSON.parse(row.after) as ReviewState);
  return states;
}

export function reviewState(c: SqliteConnection, statementId: string): ReviewState {
  const after = c.sql('SELECT after_state FROM review_log WHERE statement_id = ? ORDER BY seq DESC LIMIT 1').pluck().get(statementId) as string | undefined;
  return after ? (JSON.parse(after) as ReviewState) : unreviewed;
}

export function recordResolution(c: SqliteConnection, entry: Omit<ResolutionEntry, 'seq'>): ResolutionEntry {
  const info = c
    .sql('INSERT INTO resolution_log (action, entity, name, reason, reviewer, at, undoes) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(entry.action, entry.entity, entry.name, entry.reason, entry.reviewer, entry.at, entry.undoes);
  return { ...entry, seq: Number(info.lastInsertRowid) };
}

export function resolutionLog(c: SqliteConnection): ResolutionEntry[] {
  return c.sql('SELECT seq, action, entity, name, reason, reviewer, at, undoes FROM resolution_log ORDER BY seq').all() as ResolutionEntry[];
}
