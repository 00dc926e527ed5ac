import type { Statement } from '../model/index.js';
import type { InstrumentKind, ListCompleteness, PartyStatus } from './statuses.js';

export type SignerType = 'state' | 'international_organization' | 'other';
// One source for one stance: a reference fact (with its URLs) or an article's statement (with its span).
// `stance` is what an article's words state (signed / not signed); `status` is what this one
// source supports in the instrument's vocabulary (src/kb/statuses.ts).
export type Evidence = {
  kind: 'reference' | 'article';
  stance: 'signed' | 'not_signed';
  status: PartyStatus;
  source: string;
  asOf: string | null;
  reason: string | null;
  unconfirmed: boolean;
  words: string | null;
  // a person accepted or corrected it: reviewed evidence outranks the rest
  isReviewed: boolean;
  statementId: string | null;
  // reference evidence: `collective` when the source covers the party only as one of a group
  basis?: 'named' | 'collective';
  // article evidence: the party it is about, its document (with URL), span and rule
  party?: string;
  documentId?: string;
  url?: string | null;
  start?: number;
  end?: number;
  rule?: string;
  lang?: string;
  // article evidence: its document as a reader cites it (outlet, title)
  title?: string | null;
  outlet?: string | null;
  // from an article we wrote (data/samples): shown labelled, never the ground of a status
  sample?: boolean;
  // article evidence: the cluster of its document (the copies of one story share it), and every
  // outlet carrying that story, its original first; copies of one story are one piece of evidence
  cluster?: string;
  carriers?: Carrier[];
  // how many documents carry that story, counted up to evidenceShape.storyCount: `carriers`
  // holds the first few of them only
  carriedBy?: number;
};
// One outlet carrying a story: a source of one of the cluster's documents.
export type Carrier = { documentId: string; outlet: string | null; title: string | null; url: string | null; published: string | null; source: string };
export type Party = {
  party: string;
  status: PartyStatus;
  signerType: SignerType;
  asOf: string | null;
  // independent sources: reference URLs plus the clusters of articles (copies of one wire story
  // count once)
  sources: number;
  // how many articles state each stance (all of them, however few `evidence` shows)
  articles: { signed: number; not_signed: number };
  // how many independent stories (clusters) state each stance
  independent: { signed: number; not_signed: number };
  // A conflict whose sides all come from copies of one original story (this cluster), no
  // reference fact taking part: kept visible, but no disagreement between independent sources.
  oneOriginal?: string;
  // reference facts, then the articles' statements, reviewed first and newest first
  evidence: Evidence[];
};
// A reported count with what it counts (`includes`, "86 countries + EU + IFAD") and every URL
// giving it; `sources`: how many sources give this number (one reference fact's URLs, or articles).
export type ReportedCount = {
  value: number;
  asOf: string | null;
  source: string;
  sources: number;
  includes: string | null;
  urls: string[];
  unconfirmed: boolean;
  sample?: boolean;
};
// When parties joined: the reference's signatures (or ratifications) grouped by their date.
// `unconfirmed`: the reference marks these dates as resting on weak sources only.
export type Joining = { date: string | null; status: 'signed' | 'ratified'; parties: string[]; unconfirmed: boolean };
export type Signatories = {
  declaration: string;
  kind: InstrumentKind;
  // the statuses that apply to this kind of instrument, in the order pages show them
  statuses: PartyStatus[];
  list: ListCompleteness;
  parties: Party[];
  counts: ReportedCount[];
  timeline: Joining[];
  // what sample articles state of parties no real source speaks of (src/kb/evidence.ts)
  samples?: Evidence[];
};
// The statements of one article, already passed through review (rejected ones gone, corrections applied); `reviewedIds` are those a person accepted or corrected.
// `cluster`: the copies of one story share it (absent: the article is a story of its own).
export type ArticleStatements = { documentId: string; published: string | null; origin: string; statements: Statement[]; reviewedIds?: Set<string>; cluster?: string };
// What the articles state about one declaration, tallied: per party and stance, how many documents
// (and how many of them reviewed), the latest date; a sample of the statements behind each;
// per reported count, how many documents give it. The store keeps these up to date.
// `clusters`: of how many stories the documents are copies (absent: as many as documents);
// `cluster`: that story when there is one only.
export type StanceTally = {
  party: string;
  stance: 'signed' | 'not_signed';
  documents: number;
  reviewedDocuments: number;
  latest: string | null;
  sample?: boolean;
  clusters?: number;
  cluster?: string | null;
};
// Article evidence carries no `status` yet: assembly gives it the instrument's word for its stance.
export type ArticleEvidence = Omit<Evidence, 'status'> & { status?: PartyStatus };
export type ArticleFacts = { stances: StanceTally[]; evidence: ArticleEvidence[]; counts: ReportedCount[] };
