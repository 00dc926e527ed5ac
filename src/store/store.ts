import type { Document, IngestStatus, Lang, ResolutionEntry, ReviewEntry, ReviewState, SourceRef, Statement } from '../model/index.js';
import type { Delivery, DocumentStamp, SavedSearch } from './searches.js';
import type { SourceBooks } from './sources.js';

export type SaveStatus = Exclude<IngestStatus, 'failed'>;

// A source of a text, with what it said of it (null where it said nothing, or was stored before
// sources kept their own metadata).
export type SourceVersion = {
  source: string;
  version: number;
  ingestedAt: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
};

// `cluster`: the copies of one story share it (the id of the first stored of them; its own id alone).
export type StoredDocument = Document & { outlet: string | null; sample: boolean; origin: string; createdAt: string; sources: SourceVersion[]; cluster: string };

// One outlet carrying a cluster's story: a source of one of its documents (the document itself
// when read from no lasting source).
export type Carrier = {
  cluster: string;
  documentId: string;
  source: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
};
// How many documents carry a story (counted up to a bound).
export type StorySize = { cluster: string; documents: number };

export type DocumentSummary = {
  id: string;
  lang: Lang;
  format: Document['format'];
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  byline: string | null;
  sample: boolean;
  origin: string;
  chars: number;
  sentences: number;
  figures: number;
  statements: number;
  createdAt: string;
};

// `event`: documents whose main event is this one (`ai-action-summit-2025`). `order: 'published'`:
// newest publication date first, undated last (then the latest stored first); else by event the
// latest stored first, otherwise in ingest order. `samples: false` leaves out the articles we
// wrote (data/samples); `true` or absent keeps them.
export type DocumentQuery = { limit?: number; offset?: number; lang?: Lang; event?: string; samples?: boolean; order?: 'stored' | 'published' };

// Quotes by speaker and words, both matched without accents; by language, by the main event of
// their document (`ai-action-summit-2025`) and its publication date (`from`, `to`: 2025,
// 2025-02 or 2025-02-10, inclusive); newest documents first.
// `samples`: the quotes of our own sample articles (football coaches, invented analysts) come only when true.
export type QuoteQuery = {
  speaker?: string;
  search?: string;
  lang?: Lang;
  event?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
  samples?: boolean;
  // only documents stored after the one of this seq (a saved search's cursor)
  after?: number;
};
// Statements of documents stored after `after` (a document seq), the most recently stored first:
// of these kinds, whose subject is one of `subjects` (both optional), at most `limit`.
export type NewStatementsQuery = { after: number; kinds?: Statement['kind'][]; subjects?: string[]; limit?: number };
// `title`, `outlet`: the document as a reader cites it.
export type QuoteRow = Statement & {
  published: string | null;
  origin: string;
  url: string | null;
  sample?: boolean;
  title?: string | null;
  outlet?: string | null;
};
export type EventStatement = QuoteRow;

// The assembly (migration 009): how many documents state a stance or a count about a declaration
// (the key each statement's `value.declaration` gives: `bletchley-declaration`).
// `property` is signed, not_signed or signatory_count; `object` the party (ISO code, EU) or the number.
// `latestSource`: the URL (else origin) of the latest document stating it. `sample`: the tally of
// our own sample articles, kept apart from the tally of real ones (src/kb never lets it decide).
// `clusters`: how many distinct clusters its documents are of (copies of one wire story count
// once); `cluster`: that cluster when there is one only, else null.
export type FactTally = {
  declaration: string;
  property: string;
  object: string;
  sample: boolean;
  documents: number;
  reviewedDocuments: number;
  clusters: number;
  cluster: string | null;
  latest: string | null;
  latestSource: string | null;
};
// One statement behind a tally, as review left it, with its span and document.
export type FactEvidence = {
  statementId: string;
  documentId: string;
  property: string;
  object: string;
  reviewed: boolean;
  published: string | null;
  reason: string | null;
  words: string;
  start: number;
  end: number;
  rule: string;
  lang: Lang;
  url: string | null;
  origin: string;
  // the document as a reader cites it
  title: string | null;
  outlet: string | null;
  sample: boolean;
  cluster: string;
};

// One document to save, as saveDocument takes it.
export type SaveItem = { document: Document; source: SourceRef; statements?: Statement[]; mainEvent?: string | null };

// The one way the rest of Accord reaches stored data. Every implementation runs the
// contract suite in contract.ts. Each call that writes is one transaction: it happens
// whole or not at all. The followed sources' books are in sources.ts.
export interface Store extends SourceBooks {
  // Stores the document and its statements under its source, in one transaction. `new`: never
  // seen; `updated`: the source held other content before; `unchanged`: this source holds it
  // already; `copy`: another source holds the same text, and this one is recorded beside it
  // with its own title, byline, date, URL and outlet.
  // `mainEvent` is the event the document reports on ('' or null: none); the assembly of the
  // document's stances and counts (each under its `value.declaration`) is updated with it. Left
  // out, the document waits for `setMainEvent` (see `documentsWithoutAssembly`).
  saveDocument(document: Document, source: SourceRef, statements?: Statement[], mainEvent?: string | null): Promise<SaveStatus>;
  // Saves many documents in order, each as saveDocument would, in one transaction (whole or not
  // at all): one commit for a bulk load instead of one per document. A status per document.
  saveDocuments(batch: SaveItem[]): Promise<SaveStatus[]>;
  // Puts these statements in place of the document's old ones, in one transaction: after the
  // rules change. Review decisions stay, keyed by statement id.
  replaceStatements(documentId: string, statements: Statement[], mainEvent?: string | null): Promise<void>;
  // Sets the event a document reports on and assembles its facts again.
  setMainEvent(documentId: string, mainEvent: string | null): Promise<void>;
  // Documents stored before the assembly existed, waiting for `setMainEvent`.
  documentsWithoutAssembly(limit?: number): Promise<string[]>;
  // Documents stored before clusters existed get theirs, oldest first, at most `limit` per call:
  // how many were done (0 once all have one).
  assignMissingClusters(limit?: number): Promise<number>;
  // Every outlet carrying these clusters' stories, grouped by cluster, each original first.
  carriers(clusters: string[]): Promise<Carrier[]>;
  // The first `perStory` documents of each story (earliest published, undated last, then first
  // stored), with their sources in `carriers`' order: a story's first carriers, read from an index.
  storyCarriers(clusters: string[], perStory: number): Promise<Carrier[]>;
  // How many documents each story has, counted up to `atMost`; one per cluster asked, in order.
  storySizes(clusters: string[], atMost: number): Promise<StorySize[]>;
  // Tallies of one declaration's facts, or of one party's (object's) facts across declarations.
  factTallies(query: { declaration?: string; object?: string }): Promise<FactTally[]>;
  // The statements behind one tally: reviewed first, then newest, at most `limit`.
  // `sample` given: only the evidence of sample articles (true) or of real ones (false).
  // `offset`: the statements after that many (the next page).
  factEvidence(declaration: string, object: string, property: string, limit?: number, sample?: boolean, offset?: number): Promise<FactEvidence[]>;
  // The first `perTally` statements behind each tally of a declaration (of one party's, when
  // given) in factEvidence's order, in one query: ordered by party, property, sample flag.
  topEvidence(declaration: string, perTally: number, party?: string): Promise<FactEvidence[]>;
  // Statements of these kinds in documents about an event, newest documents first.
  eventStatements(event: string, kinds: Statement['kind'][], limit?: number): Promise<EventStatement[]>;
  // A document's statements in text order.
  listStatements(documentId: string): Promise<Statement[]>;
  searchQuotes(query: QuoteQuery): Promise<QuoteRow[]>;
  // Statements of these kinds across documents, oldest documents first: what review goes through.
  listStatementsByKind(kinds: Statement['kind'][], limit?: number): Promise<Statement[]>;
  // One statement by id, from any document.
  getStatement(id: string): Promise<Statement | null>;
  // Appends a decision to the audit log; `before` is read and the entry written in one transaction.
  recordReview(entry: Omit<ReviewEntry, 'seq' | 'before'>): Promise<ReviewEntry>;
  // The audit log, oldest first, of one statement or of all.
  reviewLog(statementId?: string): Promise<ReviewEntry[]>;
  // The current review state of each of these statements (unreviewed when never reviewed).
  reviewStates(statementIds: string[]): Promise<Map<string, ReviewState>>;
  // Statements, across documents, whose subject is one of `subjects` (an ISO code, an id, a name):
  // the most recently stored first, at most `limit`.
  findStatementsBySubject(subjects: string[], limit?: number, offset?: number): Promise<Statement[]>;
  // How many statements of each kind have one of `subjects` as subject.
  countStatementsBySubject(subjects: string[]): Promise<Record<string, number>>;
  // The names persons and speakers are given in statements whose folded name is `key`
  // ("jd vance"), with how many statements give each.
  personNames(key: string): Promise<{ name: string; lang: Lang; statements: number }[]>;
  // Appends a decision on entity resolution.
  recordResolution(entry: Omit<ResolutionEntry, 'seq'>): Promise<ResolutionEntry>;
  // Every decision on entity resolution, oldest first.
  resolutionLog(): Promise<ResolutionEntry[]>;
  // The document `source` holds now, when it is `id`: lets a re-ingest skip unchanged articles.
  currentDocument(source: string, id: string): Promise<DocumentSummary | null>;
  getDocument(id: string): Promise<StoredDocument | null>;
  // Ids starting with `prefix`, at most `limit` of them, so a short id can name a document.
  findDocumentIds(prefix: string, limit?: number): Promise<string[]>;
  listDocuments(query?: DocumentQuery): Promise<DocumentSummary[]>;
  countDocuments(query?: Omit<DocumentQuery, 'limit' | 'offset' | 'order'>): Promise<number>;
  // --- saved searches (issue 13): books only; src/query decides what a search matches ---
  // The seq of the latest stored document (0: none): where a new search's cursor starts.
  lastDocumentSeq(): Promise<number>;
  // When each of these documents was stored (documents not stored are left out).
  documentStamps(ids: string[]): Promise<Map<string, DocumentStamp>>;
  newStatements(query: NewStatementsQuery): Promise<QuoteRow[]>;
  // Adds a saved search; its name and id are unique (a taken one throws).
  addSearch(search: SavedSearch): Promise<void>;
  // Saved searches by name.
  listSearches(): Promise<SavedSearch[]>;
  // One by id or by name.
  getSearch(idOrName: string): Promise<SavedSearch | null>;
  // Removes it with its delivery log; false when there was none.
  removeSearch(id: string): Promise<boolean>;
  setSearchCursor(id: string, cursor: number): Promise<void>;
  recordDelivery(entry: Omit<Delivery, 'seq'>): Promise<Delivery>;
  // The deliveries of one search or of all, the latest first, at most `limit`.
  deliveryLog(searchId?: string, limit?: number): Promise<Delivery[]>;
  close(): Promise<void>;
}
