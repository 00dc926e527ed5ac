import type { ReviewState } from '../model/index.js';

// The arithmetic of the assembly (declaration_facts and declaration_fact_totals), shared by the
// backends; each backend's assembly.ts keeps the tables in step with it inside the caller's
// transaction. Every change goes through a refresh of one document: its old rows leave the
// totals, its rows are made anew from its statements as review left them, and enter the totals.
// One document is one source, however many of its sentences state a fact. Each stance is filed
// under the declaration its statement names (`value.declaration`, as extraction or a reviewer's
// correction gave it): the store keeps books, it does not decide.
export type FactRow = { statementId: string; declaration: string; property: string; object: string; reviewed: boolean; reason: string | null };
export type FactStatement = { id: string; kind: string; subject: string; value: string };
export const factKindsSql = "('signed', 'not_signed', 'signatory_count')";
export const factKinds = new Set(['signed', 'not_signed', 'signatory_count']);

// The fact a statement states as review left it, or none (rejected, or filed under no declaration).
export function factOf(s: FactStatement, state: ReviewState): FactRow | null {
  if (state.status === 'rejected') return null;
  const value = { ...(JSON.parse(s.value) as Record<string, unknown>), ...(state.status === 'corrected' ? (state.value ?? {}) : {}) };
  const subject = (state.status === 'corrected' ? state.subject : null) ?? s.subject;
  const reviewed = state.status === 'accepted' || state.status === 'corrected';
  // A reviewer may file a stance elsewhere too: `correct ID --set declaration=bletchley-declaration`.
  const declaration = typeof value.declaration === 'string' && value.declaration !== '' ? value.declaration : null;
  if (declaration === null) return null;
  if (s.kind === 'signatory_count')
    return typeof value.count === 'number' ? { statementId: s.id, declaration, property: s.kind, object: String(value.count), reviewed, reason: null } : null;
  // A reviewer may turn a stance around: `correct ID --set stance=not_signed`.
  const property = value.stance === 'signed' || value.stance === 'not_signed' ? value.stance : s.kind;
  return factKinds.has(property)
    ? { statementId: s.id, declaration, property, object: subject, reviewed, reason: typeof value.reason === 'string' ? value.reason : null }
    : null;
}

export type TallyKey = { declaration: string; property: string; object: string; reviewed: boolean };

// (declaration, property, object) of a document's rows, each reviewed when any of its rows is.
export function distinctFacts(rows: FactRow[]): TallyKey[] {
  const pairs = new Map<string, TallyKey>();
  for (const r of rows) {
    const key = `${r.declaration}\u0000${r.property}\u0000${r.object}`;
    const seen = pairs.get(key);
    pairs.set(key, { declaration: r.declaration, property: r.property, object: r.object, reviewed: (seen?.reviewed ?? false) || r.reviewed });
  }
  return [...pairs.values()];
}
