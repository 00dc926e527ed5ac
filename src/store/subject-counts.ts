import { nameKey, type Statement } from '../model/index.js';

// How many statements each subject has, by kind and language, as the store keeps them beside the
// statements (SQLite migration 028, PostgreSQL 018): an entity's page asks for its counts and its
// names in a few rows, where counting the statements themselves read hundreds of thousands of
// rows for a country in a million documents. A write adds its statements here (and takes away
// the ones it removes), once per key for a whole batch.
export type SubjectCount = { subject: string; kind: string; lang: string; subject_key: string; n: number };

export class SubjectCounts {
  private readonly counts = new Map<string, SubjectCount>();
  private readonly keys = new Map<string, string>();

  add(s: Pick<Statement, 'subject' | 'kind' | 'lang'>, by = 1): void {
    const key = `${s.subject}\u0000${s.kind}\u0000${s.lang}`;
    const row = this.counts.get(key);
    if (row) row.n += by;
    else this.counts.set(key, { subject: s.subject, kind: s.kind, lang: s.lang, subject_key: this.keyOf(s.subject), n: by });
  }

  // The subject's folded key, once per subject: a document names the same few many times.
  keyOf(subject: string): string {
    const known = this.keys.get(subject);
    if (known !== undefined) return known;
    const key = nameKey(subject);
    this.keys.set(subject, key);
    return key;
  }

  // In one order, so that two writers meeting on the same rows take them in the same order.
  rows(): SubjectCount[] {
    return [...this.counts]
      .filter(([, row]) => row.n !== 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row);
  }

  get size(): number {
    return this.counts.size;
  }
}
