import type { TallyKey } from './assembly.js';
import { hitsPerBand, type BandHit, type ClusterCandidate } from './clusters.js';

// What a batch of saves (saveDocuments) keeps in memory so that each document costs no query
// the documents before it already made, shared by the backends. Every answer is the one the
// tables would give if the batch's documents were saved one by one, in order.

type Stored = { hits: BandHit[]; complete: boolean };
export type CandidateRow = Omit<ClusterCandidate, 'seq'>;

// The band index as each document of the batch sees it: a band's stored hits read once for the
// whole batch, then the batch's own documents (stored after every stored one: a higher seq).
// A page is what `key = ? AND seq > after ORDER BY seq LIMIT hitsPerBand` would read.
export class BatchBands {
  private readonly stored = new Map<string, Stored>();
  private readonly added = new Map<string, BandHit[]>();
  private firstAdded: number | null = null;
  // Candidates' cluster rows, stored or of the batch (a stored document's cluster never changes).
  readonly rows = new Map<string, CandidateRow>();

  // The page, or the seq after which the stored hits must be read first (then `learn`).
  page(key: string, after: number): BandHit[] | { readAfter: number } {
    const known = this.stored.get(key);
    if (!known) return { readAfter: 0 };
    const hits = known.hits.filter((h) => h.seq > after);
    if (hits.length < hitsPerBand && !known.complete) return { readAfter: known.hits.at(-1)?.seq ?? 0 };
    if (hits.length < hitsPerBand) hits.push(...(this.added.get(key) ?? []).filter((h) => h.seq > after));
    return hits.slice(0, hitsPerBand);
  }

  // Stored hits read after `readAfter` (at most hitsPerBand: fewer, and the band has no more).
  // A backend that writes each document's bands as it goes (SQLite) may read the batch's own:
  // they come after every stored hit, so the stored ones end there.
  learn(key: string, hits: BandHit[]): void {
    const known = this.stored.get(key) ?? { hits: [], complete: false };
    const stored = this.firstAdded === null ? hits : hits.filter((h) => h.seq < (this.firstAdded as number));
    known.hits.push(...stored);
    if (stored.length < hitsPerBand) known.complete = true;
    this.stored.set(key, known);
  }

  // The stored documents read so far whose rows are not: to read them in one query.
  unreadIds(): string[] {
    return [...new Set([...this.stored.values()].flatMap((s) => s.hits.map((h) => h.documentId)))].filter((id) => !this.rows.has(id));
  }

  // The candidates of these ids (with their seq) whose rows are read: hundreds for a copy of a
  // story carried widely, so built without spreading each row.
  candidates(ids: Map<string, number>): ClusterCandidate[] {
    const found: ClusterCandidate[] = [];
    for (const [documentId, seq] of ids) {
      const row = this.rows.get(documentId);
      if (row) found.push({ documentId, cluster: row.cluster, signature: row.signature, wires: row.wires, seq });
    }
    return found;
  }

  // A document of the batch, once its cluster is written.
  add(keys: string[], seq: number, row: CandidateRow): void {
    this.firstAdded ??= seq;
    for (const key of keys) this.added.set(key, [...(this.added.get(key) ?? []), { seq, documentId: row.documentId }]);
    this.rows.set(row.documentId, row);
  }
}

export type BatchTotal<S> = TallyKey & {
  sample: S;
  documents: number;
  reviewedDocuments: number;
  latest: string | null;
  latestDocument: string;
  clusters: number;
};
export type ClusterFact<S> = { cluster: string; declaration: string; property: string; object: string; sample: S };

// The tallies a batch adds, per (declaration, property, object, sample), written once each. The
// latest document folds as the store's upsert does one document at a time (a later date wins,
// without dates the last stored); folding the batch first and then the stored row gives the same.
// A (cluster, fact) pair new to the batch adds a cluster unless a document stored before the
// batch states it (the backend checks those pairs at the end: `firstPairs`).
export class BatchTallies<S extends number | boolean> {
  readonly totals = new Map<string, BatchTotal<S>>();
  private readonly pairs = new Map<string, ClusterFact<S> & { total: BatchTotal<S> }>();

  enter(document: { id: string; published: string | null; sample: S; cluster: string }, facts: TallyKey[]): void {
    for (const fact of facts) {
      const key = [fact.declaration, fact.property, fact.object, String(document.sample)].join('\u0000');
      const total = this.totals.get(key) ?? {
        ...fact,
        sample: document.sample,
        documents: 0,
        reviewedDocuments: 0,
        latest: null,
        latestDocument: '',
        clusters: 0,
      };
      const first = total.documents === 0;
      if (first || total.latest === null || (document.published ?? '') >= total.latest) total.latestDocument = document.id;
      if (first || total.latest === null || (document.published !== null && document.published > total.latest)) total.latest = document.published;
      total.documents += 1;
      total.reviewedDocuments += fact.reviewed ? 1 : 0;
      total.reviewed = total.reviewed || fact.reviewed;
      this.totals.set(key, total);
      const pair = `${document.cluster}\u0000${key}`;
      if (!this.pairs.has(pair)) {
        this.pairs.set(pair, {
          cluster: document.cluster,
          declaration: fact.declaration,
          property: fact.property,
          object: fact.object,
          sample: document.sample,
          total,
        });
        total.clusters += 1;
      }
    }
  }

  firstPairs(): ClusterFact<S>[] {
    return [...this.pairs.values()].map(({ total: _total, ...pair }) => pair);
  }

  // A pair a document stored before the batch already states: its cluster was counted then.
  counted(pair: ClusterFact<S>): void {
    const key = [pair.declaration, pair.property, pair.object, String(pair.sample)].join('\u0000');
    const found = this.pairs.get(`${pair.cluster}\u0000${key}`);
    if (found) found.total.clusters -= 1;
  }
}
