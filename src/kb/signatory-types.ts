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
  // from an article we wrote (data/samples): shown labelled, never the ground of a status
  sample?: boolean;
};
export type Party = {
  party: string;
  status: PartyStatus;
  signerType: SignerType;
  asOf: string | null;
  // independent sources: reference URLs plus articles
  sources: number;
  // how many articles state each stance (all of them, however few `evidence` shows)
  articles: { signed: number; not_signed: number };
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
export type ArticleStatements = { documentId: string; published: string | null; origin: string; statements: Statement[]; reviewedIds?: Set<string> };
// What the articles state about one declaration, tallied: per party and stance, how many documents
// (and how many of them reviewed), the latest date; a sample of the statements behind each;
// per reported count, how many documents give it. The store keeps these up to date.
export type StanceTally = { party: string; stance: 'signed' | 'not_signed'; documents: number; reviewedDocuments: number; latest: string | null; sample?: boolean };
// Article evidence carries no `status` yet: assembly gives it the instrument's word for its stance.
export type ArticleEvidence = Omit<Evidence, 'status'> & { status?: PartyStatus };
export type ArticleFacts = { stances: StanceTally[]; evidence: ArticleEvidence[]; counts: ReportedCount[] };
