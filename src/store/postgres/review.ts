import { unreviewed, type ResolutionEntry, type ReviewEntry, type ReviewState } from '../../model/index.js';
import { reviewEntryOf } from '../rows.js';
import { refreshStatement } from './assembly.js';
import type { PgConnection, Sql } from './connection.js';

// `before` is read and the entry written in one transaction, with the assembly it changes.
export function recordReview(c: PgConnection, entry: Omit<ReviewEntry, 'seq' | 'before'>): Promise<ReviewEntry> {
  return c.write(async (tx): Promise<ReviewEntry> => {
    const before = await reviewState(tx, entry.statementId);
    const [row] = await tx`INSERT INTO review_log (statement_id, action, reason, reviewer, at, before_state, after_state)
      VALUES (${entry.statementId}, ${entry.action}, ${entry.reason}, ${entry.reviewer}, ${entry.at}, ${JSON.stringify(before)}, ${JSON.stringify(entry.after)})
      RETURNING seq`;
    await refreshStatement(tx, entry.statementId);
    return { ...entry, seq: Number(row?.seq), before };
  });
}

export async function reviewLog(sql: Sql, statementId?: string): Promise<ReviewEntry[]> {
  const rows = await sql`SELECT seq, statement_id AS "statementId", action, reason, reviewer, at, before_state AS before, after_state AS after FROM review_log
    ${statementId === undefined ? sql`` : sql`WHERE statement_id = ${statementId}`} ORDER BY seq`;
  return rows.map(reviewEntryOf);
}

export async function reviewState(sql: Sql, statementId: string): Promise<ReviewState> {
  const [row] = await sql`SELECT after_state FROM review_log WHERE statement_id = ${statementId} ORDER BY seq DESC LIMIT 1`;
  return row ? (JSON.parse(String(row.after_state)) as ReviewState) : unreviewed;
}

// Many at once, in one query: the latest entry of each.
export async function reviewStates(sql: Sql, statementIds: string[]): Promise<Map<string, ReviewState>> {
  const states = new Map<string, ReviewState>(statementIds.map((id) => [id, unreviewed]));
  if (statementIds.length === 0) return states;
  // In chunks: a statement holds one parameter, and a query at most 65,535.
  for (let i = 0; i < statementIds.length; i += 10_000) {
    const rows =
      await sql`SELECT DISTINCT ON (statement_id) statement_id, after_state FROM review_log WHERE statement_id IN ${sql(statementIds.slice(i, i + 10_000))}
      ORDER BY statement_id, seq DESC`;
    for (const row of rows) states.set(String(row.statement_id), JSON.parse(String(row.after_state)) as ReviewState);
  }
  return states;
}

export function recordResolution(c: PgConnection, entry: Omit<ResolutionEntry, 'seq'>): Promise<ResolutionEntry> {
  return c.write(async (tx) => {
    const [row] = await tx`INSERT INTO resolution_log (action, entity, name, reason, reviewer, at, undoes)
      VALUES (${entry.action}, ${entry.entity}, ${entry.name}, ${entry.reason}, ${entry.reviewer}, ${entry.at}, ${entry.undoes}) RETURNING seq`;
    return { ...entry, seq: Number(row?.seq) };
  });
}

export async function resolutionLog(sql: Sql): Promise<ResolutionEntry[]> {
  const rows = await sql<ResolutionEntry[]>`SELECT seq, action, entity, name, reason, reviewer, at, undoes FROM resolution_log ORDER BY seq`;
  return [...rows];
}
