import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import {
  makeFolders,
  nameKey,
  unreviewed,
  type Document,
  type Figure,
  type Lang,
  type ResolutionEntry,
  type ReviewEntry,
  type ReviewState,
  type Sentence,
  type SourceRef,
  type Statement,
} from '../model/index.js';
import { Assembly } from './assembly.js';
import { readMigrations } from './migrations.js';
import type {
  DocumentQuery,
  DocumentSummary,
  FactEvidence,
  FactTally,
  QuoteQuery,
  QuoteRow,
  SaveStatus,
  Store,
  StoredDocument,
  EventStatement,
} from './store.js';

type Row = Record<string, unknown>;

const summarySelect = `SELECT d.id, d.lang, d.format, d.title, d.published, d.url, d.outlet, d.byline, d.sample, d.origin, d.created_at AS createdAt, length(d.text) AS chars,
    (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentences,
    (SELECT count(*) FROM figures f WHERE f.document_id = d.id) AS figures,
    (SELECT count(*) FROM statements t WHERE t.document_id = d.id) AS statements
  FROM documents d`;

// Quote search holds quotes and the fragments whose speaker is known (migration 013): "what did
// Vance say" finds the words an article wove into its own sentence. A fragment with no speaker
// is mostly a title or a term in quotation marks, not anyone's words.
const quoted = "(s.kind = 'quote' OR (s.kind = 'quote_fragment' AND s.subject <> ''))";
const isSearchable = (s: Statement): boolean => s.kind === 'quote' || (s.kind === 'quote_fragment' && s.subject !== '');
// SQLite keeps the sample flag as 0 or 1.
function summary(row: unknown): DocumentSummary {
  const r = row as Omit<DocumentSummary, 'sample'> & { sample: number };
  return { ...r, sample: r.sample === 1 };
}

// The WHERE clause and parameters of a document list; one statement per combination, so that
// each reads its index.
function documentFilter(query: Omit<DocumentQuery, 'limit' | 'offset' | 'order'>): { where: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.event !== undefined) [parts[parts.length], params.event] = ['d.main_event = @event', query.event];
  if (query.lang !== undefined) [parts[parts.length], params.lang] = ['d.lang = @lang', query.lang];
  if (query.samples === false) parts.push('d.sample = 0');
  return { where: parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

// `speaker : ("jd" AND "vance"*)`: the words of a search, folded like the index, each quoted so
// that no input is read as FTS syntax; the last one a prefix, so that a word being typed matches.
function ftsColumn(column: 'speaker' | 'words', text: string | undefined): string | null {
  const words = nameKey(text ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return null;
  return `${column} : (${words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' AND ')})`;
}

// The embedded default: one SQLite file, WAL journal, one transaction per document so that
// a killed process leaves every document either whole or absent.
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly assembly = new Assembly(
    (text) => this.sql(text),
    (id) => this.currentState(id),
  );

  private constructor(path: string) {
    if (path !== ':memory:') makeFolders(dirname(path));
    this.db = new Database(path);
    // First, so that a second process opening the same new file waits instead of failing.
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
  }

  static open(path: string): SqliteStore {
    const store = new SqliteStore(path);
    store.migrate();
    return store;
  }

  // Prepared once, reused for every document of a batch.
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const isApplied = (version: number): boolean => this.sql('SELECT 1 FROM schema_migrations WHERE version = ?').get(version) !== undefined;
    for (const migration of readMigrations()) {
      if (isApplied(migration.version)) continue;
      this.db
        .transaction(() => {
          // Another process may have applied it between the look and the write lock.
          if (isApplied(migration.version)) return;
          this.db.exec(migration.sql);
          this.sql('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
            migration.version,
            migration.name,
            new Date().toISOString(),
          );
        })
        .immediate();
    }
  }

  async saveDocument(document: Document, source: SourceRef, statements: Statement[] = [], mainEvent?: string | null): Promise<SaveStatus> {
    return this.db
      .transaction((): SaveStatus => {
        const latest =
          source.key === null
            ? undefined
            : (this.sql('SELECT document_id, version FROM sources WHERE source = ? ORDER BY version DESC LIMIT 1').get(source.key) as
                | { document_id: string; version: number }
                | undefined);
        if (latest?.document_id === document.id) return 'unchanged';
        const exists = this.sql('SELECT 1 FROM documents WHERE id = ?').get(document.id) !== undefined;
        const now = new Date().toISOString();
        if (!exists) this.insertDocument(document, source.label, now, statements);
        if (!exists && mainEvent !== undefined) this.assembly.refresh(document.id, mainEvent ?? '');
        if (source.key !== null)
          this.sql('INSERT INTO sources (source, version, document_id, ingested_at) VALUES (?, ?, ?, ?)').run(
            source.key,
            (latest?.version ?? 0) + 1,
            document.id,
            now,
          );
        if (latest) return 'updated';
        return exists ? 'unchanged' : 'new';
      })
      .immediate();
  }

  private insertDocument(document: Document, origin: string, now: string, statements: Statement[]): void {
    const d = document;
    this.sql(
      'INSERT INTO documents (id, seq, lang, format, title, byline, published, url, outlet, sample, origin, text, created_at) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM documents), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(d.id, d.lang, d.format, d.title, d.byline, d.published, d.url, d.outlet ?? null, d.sample ? 1 : 0, origin, d.text, now);
    const sentence = this.sql('INSERT INTO sentences (document_id, idx, paragraph, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)');
    for (const s of d.sentences) sentence.run(d.id, s.index, s.paragraph, s.start, s.end);
    const figure = this.sql('INSERT INTO figures (document_id, idx, paragraph, file, caption, credit) VALUES (?, ?, ?, ?, ?, ?)');
    d.figures.forEach((f, index) => figure.run(d.id, index, f.paragraph, f.file, f.caption, f.credit));
    this.insertStatements(d.id, statements);
  }

  // Most recently stored documents first, the quotes of one document in text order: one order,
  // `rowid DESC`, since a document's statements are stored last-first. Speaker and words go
  // through the full-text index: every word must match, the last one as a prefix. `event`,
  // `from` and `to` filter by the document's main event and publication date (a partial date
  // such as 2025-02 covers the whole month).
  async searchQuotes(query: QuoteQuery): Promise<QuoteRow[]> {
    const [speaker, search] = [ftsColumn('speaker', query.speaker), ftsColumn('words', query.search)];
    // A filter given with no word in it (only marks such as `%` or `--`) matches nothing.
    if ((query.speaker?.trim() && !speaker) || (query.search?.trim() && !search)) return [];
    const match = [speaker, search].filter(Boolean).join(' AND ');
    const columns = `s.id, s.document_id AS documentId, s.kind, s.subject, s.value, s.start_offset AS start, s.end_offset AS "end", s.sentence, s.rule, s.lang,
         s.words, s.confidence, d.published, d.origin, d.url, d.sample, d.title, d.outlet`;
    const filters = [
      query.samples === true ? null : 'd.sample = 0',
      query.lang !== undefined ? 's.lang = @lang' : null,
      query.event !== undefined ? 'd.main_event = @event' : null,
      query.from !== undefined ? 'd.published >= @from' : null,
      // "to 2025-02" takes every day of February: compare with the date cut to the bound's length.
      query.to !== undefined ? 'substr(d.published, 1, length(@to)) <= @to' : null,
    ].filter(Boolean);
    const where = filters.length > 0 ? ` AND ${filters.join(' AND ')}` : '';
    const sql = match
      ? `SELECT ${columns} FROM quote_search q JOIN statements s ON s.rowid = q.rowid JOIN documents d ON d.id = s.document_id
         WHERE quote_search MATCH @match${where} ORDER BY q.rowid DESC LIMIT @limit OFFSET @offset`
      : query.event !== undefined
        ? `SELECT ${columns} FROM documents d JOIN statements s ON s.document_id = d.id
           WHERE ${quoted}${where} ORDER BY d.seq DESC, s.rowid DESC LIMIT @limit OFFSET @offset`
        : `SELECT ${columns} FROM statements s JOIN documents d ON d.id = s.document_id
           WHERE ${quoted}${where} ORDER BY s.rowid DESC LIMIT @limit OFFSET @offset`;
    const params: Record<string, unknown> = { limit: query.limit ?? 100, offset: query.offset ?? 0 };
    if (match) params.match = match;
    for (const key of ['lang', 'event', 'from', 'to'] as const) if (query[key] !== undefined) params[key] = query[key];
    const rows = this.sql(sql).all(params) as (Omit<QuoteRow, 'value' | 'sample'> & { value: string; sample: number })[];
    return rows.map((row) => ({ ...row, value: JSON.parse(row.value) as Statement['value'], sample: row.sample === 1 }));
  }

  async listStatementsByKind(kinds: Statement['kind'][], limit = 1000): Promise<Statement[]> {
    if (kinds.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT s.id, s.document_id AS documentId, s.kind, s.subject, s.value, s.start_offset AS start, s.end_offset AS "end", s.sentence, s.rule, s.lang, s.words, s.confidence
         FROM statements s JOIN documents d ON d.id = s.document_id WHERE s.kind IN (${kinds.map(() => '?').join(', ')}) ORDER BY d.seq, s.start_offset, s.id LIMIT ?`,
      )
      .all(...kinds, limit) as (Omit<Statement, 'value'> & { value: string })[];
    return rows.map((row) => ({ ...row, value: JSON.parse(row.value) as Statement['value'] }));
  }

  async getStatement(id: string): Promise<Statement | null> {
    const row = this.sql(
      `SELECT id, document_id AS documentId, kind, subject, value, start_offset AS start, end_offset AS "end", sentence, rule, lang, words, confidence FROM statements WHERE id = ?`,
    ).get(id) as (Omit<Statement, 'value'> & { value: string }) | undefined;
    return row ? { ...row, value: JSON.parse(row.value) as Statement['value'] } : null;
  }

  async recordReview(entry: Omit<ReviewEntry, 'seq' | 'before'>): Promise<ReviewEntry> {
    return this.db
      .transaction((): ReviewEntry => {
        const before = this.currentState(entry.statementId);
        const info = this.sql(
          'INSERT INTO review_log (statement_id, action, reason, reviewer, at, before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(entry.statementId, entry.action, entry.reason, entry.reviewer, entry.at, JSON.stringify(before), JSON.stringify(entry.after));
        this.assembly.refreshStatement(entry.statementId);
        return { ...entry, seq: Number(info.lastInsertRowid), before };
      })
      .immediate();
  }

  async reviewLog(statementId?: string): Promise<ReviewEntry[]> {
    const rows = this.sql(
      `SELECT seq, statement_id AS statementId, action, reason, reviewer, at, before_state AS before, after_state AS after FROM review_log
       WHERE (? IS NULL OR statement_id = ?) ORDER BY seq`,
    ).all(statementId ?? null, statementId ?? null) as (Omit<ReviewEntry, 'before' | 'after'> & { before: string; after: string })[];
    return rows.map((row) => ({ ...row, before: JSON.parse(row.before) as ReviewState, after: JSON.parse(row.after) as ReviewState }));
  }

  async reviewStates(statementIds: string[]): Promise<Map<string, ReviewState>> {
    return new Map(statementIds.map((id) => [id, this.currentState(id)]));
  }

  private currentState(statementId: string): ReviewState {
    const after = this.sql('SELECT after_state FROM review_log WHERE statement_id = ? ORDER BY seq DESC LIMIT 1').pluck().get(statementId) as
      | string
      | undefined;
    return after ? (JSON.parse(after) as ReviewState) : unreviewed;
  }

  // Per subject and kind, the latest through the (subject, kind) index, merged: a subject with a
  // hundred thousand statements costs as little as one with three.
  async findStatementsBySubject(subjects: string[], limit = 1000, offset = 0): Promise<Statement[]> {
    if (subjects.length === 0) return [];
    const pairs = this.db
      .prepare(`SELECT DISTINCT subject, kind FROM statements WHERE subject IN (${subjects.map(() => '?').join(', ')})`)
      .all(...subjects) as { subject: string; kind: string }[];
    const latest = this.sql(
      `SELECT rowid AS seq, id, document_id AS documentId, kind, subject, value, start_offset AS start, end_offset AS "end", sentence, rule, lang, words, confidence
       FROM statements WHERE subject = ? AND kind = ? ORDER BY rowid DESC LIMIT ?`,
    );
    const rows = pairs
      .flatMap(({ subject, kind }) => latest.all(subject, kind, offset + limit) as (Omit<Statement, 'value'> & { value: string; seq: number })[])
      .sort((a, b) => b.seq - a.seq)
      .slice(offset, offset + limit);
    return rows.map(({ seq: _seq, ...row }) => ({ ...row, value: JSON.parse(row.value) as Statement['value'] }));
  }

  async countStatementsBySubject(subjects: string[]): Promise<Record<string, number>> {
    if (subjects.length === 0) return {};
    const rows = this.db
      .prepare(`SELECT kind, count(*) AS n FROM statements WHERE subject IN (${subjects.map(() => '?').join(', ')}) GROUP BY kind ORDER BY kind`)
      .all(...subjects) as { kind: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  }

  async personNames(key: string): Promise<{ name: string; lang: Lang; statements: number }[]> {
    return this.sql(
      `SELECT subject AS name, lang, count(*) AS statements FROM statements
       WHERE kind IN ('person', 'quote', 'indirect_speech', 'quote_fragment') AND subject_key = ? GROUP BY subject, lang ORDER BY statements DESC, name`,
    ).all(key) as { name: string; lang: Lang; statements: number }[];
  }

  async recordResolution(entry: Omit<ResolutionEntry, 'seq'>): Promise<ResolutionEntry> {
    const info = this.sql('INSERT INTO resolution_log (action, entity, name, reason, reviewer, at, undoes) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      entry.action,
      entry.entity,
      entry.name,
      entry.reason,
      entry.reviewer,
      entry.at,
      entry.undoes,
    );
    return { ...entry, seq: Number(info.lastInsertRowid) };
  }

  async resolutionLog(): Promise<ResolutionEntry[]> {
    return this.sql('SELECT seq, action, entity, name, reason, reviewer, at, undoes FROM resolution_log ORDER BY seq').all() as ResolutionEntry[];
  }

  private insertStatements(documentId: string, statements: Statement[]): void {
    const statement = this.sql(
      'INSERT INTO statements (id, document_id, kind, subject, value, start_offset, end_offset, sentence, rule, lang, words, confidence, subject_key, words_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const search = this.sql('INSERT INTO quote_search (rowid, speaker, words) VALUES (?, ?, ?)');
    // Last-first, so that newest-first by rowid reads each document in text order.
    for (const s of [...statements].reverse()) {
      const info = statement.run(
        s.id,
        documentId,
        s.kind,
        s.subject,
        JSON.stringify(s.value),
        s.start,
        s.end,
        s.sentence,
        s.rule,
        s.lang,
        s.words,
        s.confidence,
        nameKey(s.subject),
        nameKey(s.words),
      );
      if (isSearchable(s)) search.run(info.lastInsertRowid, nameKey(s.subject), nameKey(s.words));
    }
  }

  async replaceStatements(documentId: string, statements: Statement[], mainEvent?: string | null): Promise<void> {
    this.db
      .transaction(() => {
        this.sql(`DELETE FROM quote_search WHERE rowid IN (SELECT rowid FROM statements s WHERE document_id = ? AND ${quoted})`).run(documentId);
        this.sql('DELETE FROM statements WHERE document_id = ?').run(documentId);
        this.insertStatements(documentId, statements);
        this.assembly.refresh(documentId, mainEvent === undefined ? undefined : (mainEvent ?? ''));
      })
      .immediate();
  }

  async listStatements(documentId: string): Promise<Statement[]> {
    const rows = this.sql(
      `SELECT id, document_id AS documentId, kind, subject, value, start_offset AS start, end_offset AS "end", sentence, rule, lang, words, confidence
       FROM statements WHERE document_id = ? ORDER BY start_offset, end_offset, id`,
    ).all(documentId) as (Omit<Statement, 'value'> & { value: string })[];
    return rows.map((row) => ({ ...row, value: JSON.parse(row.value) as Statement['value'] }));
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = this.sql('SELECT * FROM documents WHERE id = ?').get(id) as Row | undefined;
    if (!row) return null;
    const sentences = this.sql(
      'SELECT idx AS "index", paragraph, start_offset AS start, end_offset AS "end" FROM sentences WHERE document_id = ? ORDER BY idx',
    ).all(id) as Sentence[];
    const figures = this.sql('SELECT file, caption, credit, paragraph FROM figures WHERE document_id = ? ORDER BY idx').all(id) as Figure[];
    const sources = this.sql('SELECT source, version, ingested_at AS ingestedAt FROM sources WHERE document_id = ? ORDER BY source, version').all(
      id,
    ) as StoredDocument['sources'];
    return {
      id: String(row.id),
      text: String(row.text),
      lang: row.lang as StoredDocument['lang'],
      format: row.format as StoredDocument['format'],
      title: row.title as string | null,
      byline: row.byline as string | null,
      published: row.published as string | null,
      url: row.url as string | null,
      outlet: row.outlet as string | null,
      sample: row.sample === 1,
      origin: String(row.origin),
      createdAt: String(row.created_at),
      figures,
      sentences,
      sources,
    };
  }

  async findDocumentIds(prefix: string, limit = 10): Promise<string[]> {
    const escaped = prefix.replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.sql("SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?").pluck().all(`${escaped}%`, limit) as string[];
  }

  async currentDocument(source: string, id: string): Promise<DocumentSummary | null> {
    const latest = this.sql('SELECT document_id FROM sources WHERE source = ? ORDER BY version DESC LIMIT 1').pluck().get(source);
    if (latest !== id) return null;
    const row = this.sql(`${summarySelect} WHERE d.id = ?`).get(id);
    return row ? summary(row) : null;
  }

  async listDocuments(query: DocumentQuery = {}): Promise<DocumentSummary[]> {
    const { where, params } = documentFilter(query);
    // By publication date: newest first, undated last. Otherwise by event newest stored first
    // (the (main_event, seq) index), else in ingest order.
    const order =
      query.order === 'published' ? 'd.published IS NULL, d.published DESC, d.seq DESC' : query.event !== undefined ? 'd.seq DESC' : 'd.seq';
    const rows = this.sql(`${summarySelect}${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({
      ...params,
      limit: query.limit ?? -1,
      offset: query.offset ?? 0,
    });
    return rows.map(summary);
  }

  async countDocuments(query: Omit<DocumentQuery, 'limit' | 'offset' | 'order'> = {}): Promise<number> {
    const { where, params } = documentFilter(query);
    return this.sql(`SELECT count(*) FROM documents d${where}`).pluck().get(params) as number;
  }

  async setMainEvent(documentId: string, mainEvent: string | null): Promise<void> {
    this.db.transaction(() => this.assembly.refresh(documentId, mainEvent ?? '')).immediate();
  }

  async documentsWithoutAssembly(limit = 1000): Promise<string[]> {
    return this.sql('SELECT id FROM documents WHERE main_event IS NULL ORDER BY seq LIMIT ?').pluck().all(limit) as string[];
  }

  async factTallies(query: { declaration?: string; object?: string }): Promise<FactTally[]> {
    if (query.declaration === undefined && query.object === undefined) return [];
    return this.sql(
      `SELECT t.declaration, t.property, t.object, t.sample, t.documents, t.reviewed_documents AS reviewedDocuments, t.latest, coalesce(d.url, d.origin) AS latestSource
       FROM declaration_fact_totals t LEFT JOIN documents d ON d.id = t.latest_document
       WHERE ${query.declaration !== undefined ? 't.declaration = @declaration' : 't.object = @object'} ORDER BY t.declaration, t.object, t.property, t.sample`,
    )
      .all(query.declaration !== undefined ? { declaration: query.declaration } : { object: query.object })
      .map((row) => ({ ...(row as FactTally), sample: (row as { sample: number }).sample === 1 }));
  }

  // `sample` given: the evidence of sample articles only (true) or of real ones only (false).
  async factEvidence(declaration: string, object: string, property: string, limit = 20, sample?: boolean): Promise<FactEvidence[]> {
    const rows = this.sql(
      `SELECT f.statement_id AS statementId, f.document_id AS documentId, f.property, f.object, f.reviewed, f.published, f.reason,
         s.words, s.start_offset AS start, s.end_offset AS "end", s.rule, s.lang, d.url, d.origin, d.title, d.outlet, d.sample
       FROM declaration_facts f JOIN statements s ON s.id = f.statement_id JOIN documents d ON d.id = f.document_id
       WHERE f.declaration = @declaration AND f.object = @object AND f.property = @property AND (@sample IS NULL OR d.sample = @sample)
       ORDER BY f.reviewed DESC, f.published DESC LIMIT @limit`,
    ).all({ declaration, object, property, limit, sample: sample === undefined ? null : sample ? 1 : 0 }) as (Omit<FactEvidence, 'reviewed' | 'sample'> & {
      reviewed: number;
      sample: number;
    })[];
    return rows.map((row) => ({ ...row, reviewed: row.reviewed === 1, sample: row.sample === 1 }));
  }

  async eventStatements(event: string, kinds: Statement['kind'][], limit = 100): Promise<EventStatement[]> {
    if (kinds.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT s.id, s.document_id AS documentId, s.kind, s.subject, s.value, s.start_offset AS start, s.end_offset AS "end", s.sentence, s.rule, s.lang, s.words,
           s.confidence, d.published, d.origin, d.url, d.sample, d.title, d.outlet
         FROM documents d JOIN statements s ON s.document_id = d.id
         WHERE d.main_event = ? AND s.kind IN (${kinds.map(() => '?').join(', ')}) ORDER BY d.seq DESC, s.start_offset LIMIT ?`,
      )
      .all(event, ...kinds, limit) as (Omit<EventStatement, 'value' | 'sample'> & { value: string; sample: number })[];
    return rows.map((row) => ({ ...row, value: JSON.parse(row.value) as Statement['value'], sample: row.sample === 1 }));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
