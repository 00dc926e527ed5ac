import type Database from 'better-sqlite3';
import type { ReviewState } from '../model/index.js';

type FactRow = { statementId: string; declaration: string; property: string; object: string; reviewed: boolean; reason: string | null };
type StatementRow = { id: string; kind: string; subject: string; value: string };
const factKinds = new Set(['signed', 'not_signed', 'signatory_count']);

// Keeps declaration_facts and declaration_fact_totals (migration 009) true to the statements and
// the review log. Every change goes through `refresh`, inside the caller's transaction: the
// document's old rows leave the totals, its rows are made anew from its statements as review left
// them, and enter the totals. One document is one source, however many of its sentences state a
// fact. Each stance is filed under the declaration its statement names (`value.declaration`, as
// extraction or a reviewer's correction gave it): the store keeps books, it does not decide.
export class Assembly {
  constructor(
    private readonly sql: (text: string) => Database.Statement,
    private readonly stateOf: (statementId: string) => ReviewState,
  ) {}

  // `mainEvent` given: the document's event is (re)set first; '' for none.
  refresh(documentId: string, mainEvent?: string): void {
    if (mainEvent !== undefined) this.sql('UPDATE documents SET main_event = ? WHERE id = ?').run(mainEvent, documentId);
    const document = this.sql('SELECT main_event AS event, published, sample FROM documents WHERE id = ?').get(documentId) as
      | { event: string | null; published: string | null; sample: number }
      | undefined;
    this.leave(documentId, document?.sample ?? 0);
    // NULL: the document waits for the backfill (`documentsWithoutAssembly`).
    if (!document || document.event === null) return;
    const rows = (
      this.sql(`SELECT id, kind, subject, value FROM statements WHERE document_id = ? AND kind IN ('signed', 'not_signed', 'signatory_count')`).all(
        documentId,
      ) as StatementRow[]
    ).flatMap((s) => this.factOf(s) ?? []);
    const insert = this.sql(
      'INSERT INTO declaration_facts (statement_id, document_id, declaration, property, object, reviewed, published, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const r of rows) insert.run(r.statementId, documentId, r.declaration, r.property, r.object, r.reviewed ? 1 : 0, document.published, r.reason);
    // The latest document: a later date wins; without dates, the one stored last.
    const upsert = this.sql(
      `INSERT INTO declaration_fact_totals (declaration, property, object, sample, documents, reviewed_documents, latest, latest_document) VALUES (?, ?, ?, ?, 1, ?, ?, ?)
       ON CONFLICT (declaration, property, object, sample) DO UPDATE SET documents = documents + 1, reviewed_documents = reviewed_documents + excluded.reviewed_documents,
         latest_document = CASE WHEN latest IS NULL OR coalesce(excluded.latest, '') >= latest THEN excluded.latest_document ELSE latest_document END,
         latest = CASE WHEN latest IS NULL OR excluded.latest > latest THEN excluded.latest ELSE latest END`,
    );
    for (const [key, reviewed] of distinct(rows)) {
      const [declaration, property, object] = key.split('\u0000') as [string, string, string];
      upsert.run(declaration, property, object, document.sample, reviewed ? 1 : 0, document.published, documentId);
    }
  }

  // The statements whose review state changed: their documents' rows are made anew.
  refreshStatement(statementId: string): void {
    const documentId = this.sql('SELECT document_id FROM statements WHERE id = ?').pluck().get(statementId) as string | undefined;
    if (documentId) this.refresh(documentId);
  }

  // A sample document's rows are in the sample tallies (migration 010); its flag never changes.
  private leave(documentId: string, sample: number): void {
    const rows = this.sql(
      'SELECT declaration, property, object, max(reviewed) AS reviewed FROM declaration_facts WHERE document_id = ? GROUP BY declaration, property, object',
    ).all(documentId) as { declaration: string; property: string; object: string; reviewed: number }[];
    if (rows.length === 0) return;
    this.sql('DELETE FROM declaration_facts WHERE document_id = ?').run(documentId);
    const same =
      'f.declaration = @declaration AND f.object = @object AND f.property = @property AND f.document_id IN (SELECT id FROM documents WHERE sample = @sample)';
    const decrement = this.sql(
      `UPDATE declaration_fact_totals SET documents = documents - 1, reviewed_documents = reviewed_documents - @reviewed,
         latest = (SELECT max(published) FROM declaration_facts f WHERE ${same}),
         latest_document = (SELECT f.document_id FROM declaration_facts f WHERE ${same} ORDER BY f.published DESC, f.rowid DESC LIMIT 1)
       WHERE declaration = @declaration AND property = @property AND object = @object AND sample = @sample`,
    );
    const drop = this.sql('DELETE FROM declaration_fact_totals WHERE declaration = ? AND property = ? AND object = ? AND sample = ? AND documents <= 0');
    for (const r of rows) {
      decrement.run({ ...r, sample });
      drop.run(r.declaration, r.property, r.object, sample);
    }
  }

  private factOf(s: StatementRow): FactRow | null {
    const state = this.stateOf(s.id);
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
}

// (declaration, property, object) of a document's rows, each reviewed when any of its rows is.
function distinct(rows: FactRow[]): Map<string, boolean> {
  const pairs = new Map<string, boolean>();
  for (const r of rows) {
    const key = `${r.declaration}\u0000${r.property}\u0000${r.object}`;
    pairs.set(key, (pairs.get(key) ?? false) || r.reviewed);
  }
  return pairs;
}
