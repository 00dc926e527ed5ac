import { nameKey, type Document, type ReviewEntry, type ReviewState, type Sentence, type Statement } from '../model/index.js';
import type { DocumentSummary, FactEvidence, FactTally, QuoteRow, StoredDocument } from './store.js';

// Row mapping shared by the backends: both keep a statement's value and review states as JSON
// text, and a flag as 0/1 (SQLite) or a boolean (PostgreSQL).
type Row = Record<string, unknown>;

export const flag = (value: unknown): boolean => value === 1 || value === true;

// Quote search holds quotes and the fragments whose speaker is known (migration 013): "what did
// Vance say" finds the words an article wove into its own sentence. A fragment with no speaker
// is mostly a title or a term in quotation marks, not anyone's words.
export const quotedSql = "(s.kind = 'quote' OR (s.kind = 'quote_fragment' AND s.subject <> ''))";
export const isSearchable = (s: Statement): boolean => s.kind === 'quote' || (s.kind === 'quote_fragment' && s.subject !== '');

// The words of a search, folded like the index (`nameKey`: no case, no accents, `đ` -> `d`);
// none when the text holds no letter or digit (only marks such as `%` or `--`).
export function searchWords(text: string | undefined): string[] {
  return nameKey(text ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// Columns of a statement under the names of `Statement`, from table alias `s`.
export const statementColumns =
  's.id, s.document_id AS "documentId", s.kind, s.subject, s.value, s.start_offset AS start, s.end_offset AS "end", s.sentence, s.rule, s.lang, s.words, s.confidence';
export const quoteColumns = `${statementColumns}, d.published, d.origin, d.url, d.sample, d.title, d.outlet`;

export function statementOf(row: unknown): Statement {
  const r = row as Omit<Statement, 'value'> & { value: string };
  return { ...r, value: JSON.parse(r.value) as Statement['value'] };
}

export function quoteRowOf(row: unknown): QuoteRow {
  const r = row as Row;
  return { ...(statementOf(row) as QuoteRow), sample: flag(r.sample) };
}

export function summaryOf(row: unknown): DocumentSummary {
  const r = row as DocumentSummary;
  return { ...r, sample: flag(r.sample) };
}

export function tallyOf(row: unknown): FactTally {
  const r = row as FactTally;
  return { ...r, sample: flag(r.sample), clusters: Number(r.clusters), cluster: r.cluster ?? null };
}

export function evidenceOf(row: unknown): FactEvidence {
  const r = row as FactEvidence;
  return { ...r, reviewed: flag(r.reviewed), sample: flag(r.sample) };
}

export function reviewEntryOf(row: unknown): ReviewEntry {
  const r = row as Omit<ReviewEntry, 'before' | 'after'> & { before: string; after: string };
  return { ...r, seq: Number(r.seq), before: JSON.parse(r.before) as ReviewState, after: JSON.parse(r.after) as ReviewState };
}

// A document's sentences as both backends keep them, in its row (SQLite 024, PostgreSQL 013):
// one JSON array of [index, paragraph, start, end], in index order.
export function sentencesText(sentences: Sentence[]): string {
  return JSON.stringify([...sentences].sort((a, b) => a.index - b.index).map((s) => [s.index, s.paragraph, s.start, s.end]));
}

export function sentencesOf(text: unknown): Sentence[] {
  return (JSON.parse(String(text ?? '[]')) as number[][]).map(([index, paragraph, start, end]) => ({ index, paragraph, start, end }) as Sentence);
}

// What a source said of the text it holds, as the sources table keeps it.
export function sourceMetadata(d: Document): [string | null, string | null, string | null, string | null, string | null] {
  return [d.title, d.byline, d.published, d.url, d.outlet ?? null];
}

export function storedDocumentOf(row: Row, parts: Pick<StoredDocument, 'figures' | 'sentences' | 'sources' | 'cluster'> & { wires: string }): StoredDocument {
  const { wires, ...rest } = parts;
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
    sample: flag(row.sample),
    origin: String(row.origin),
    createdAt: String(row.created_at),
    ...(wires !== '' ? { wires: wires.split(' ') } : {}),
    ...rest,
  };
}
