import { statementId, type Document, type Statement, type StatementKind } from '../model/index.js';

// Collects statements, one per natural key.
export class StatementSink {
  readonly statements: Statement[] = [];
  private readonly seen = new Set<string>();
  private readonly subjects = new Set<string>();

  constructor(private readonly document: Document) {}

  has(kind: StatementKind, subject: string): boolean {
    return this.subjects.has(`${kind}\u0000${subject}`);
  }

  add(kind: StatementKind, subject: string, value: Statement['value'], start: number, end: number, sentence: number, rule: string, confidence: number): void {
    // Every statement points at the words that state it: an empty span, or one outside the
    // text, states nothing and is never stored.
    const { text, sentences } = this.document;
    if (!(start >= 0 && end > start && end <= text.length) || text.slice(start, end).trim() === '') return;
    // Its sentence is the one its words start in.
    const holds = (i: number): boolean => (sentences[i]?.start ?? Infinity) <= start && start < (sentences[i]?.end ?? -Infinity);
    if (!holds(sentence)) sentence = Math.max(0, sentences.findIndex((_, i) => holds(i)));
    const id = statementId(this.document.id, kind, subject, start, end, rule);
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.subjects.add(`${kind}\u0000${subject}`);
    this.statements.push({
      id,
      documentId: this.document.id,
      kind,
      subject,
      value,
      start,
      end,
      sentence,
      rule,
      lang: this.document.lang,
      words: this.document.text.slice(start, end),
      confidence,
    });
  }
}
