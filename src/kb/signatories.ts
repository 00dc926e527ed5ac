import type { ReferenceFact, Statement } from '../model/index.js';
import { sampleEvidenceOf, splitSamples } from './evidence.js';

// `attended`: the reference has the party at the summit, and no source gives its stance.
export type PartyStatus = 'signed' | 'declined' | 'conflict' | 'attended';
export type SignerType = 'state' | 'international_organization' | 'other';
// One source for one stance: a reference fact (with its URLs) or an article's statement (with its span).
export type Evidence = {
  kind: 'reference' | 'article';
  stance: 'signed' | 'not_signed';
  source: string;
  asOf: string | null;
  reason: string | null;
  unconfirmed: boolean;
  words: string | null;
  // a person accepted or corrected it: reviewed evidence outranks the rest
  isReviewed: boolean;
  statementId: string | null;
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
// `sources`: how many sources give this number (one reference fact's URLs, or articles).
export type ReportedCount = { value: number; asOf: string | null; source: string; sources: number; sample?: boolean };
// `samples`: what sample articles state of parties no real source speaks of (src/kb/evidence.ts).
export type Signatories = { declaration: string; parties: Party[]; counts: ReportedCount[]; samples?: Evidence[] };
// The statements of one article, already passed through review (rejected ones gone, corrections applied); `reviewedIds` are those a person accepted or corrected.
export type ArticleStatements = { documentId: string; published: string | null; origin: string; statements: Statement[]; reviewedIds?: Set<string> };
// What the articles state about one declaration, tallied: per party and stance, how many documents
// (and how many of them reviewed), the latest date; a sample of the statements behind each;
// per reported count, how many documents give it. The store keeps these up to date.
export type StanceTally = { party: string; stance: 'signed' | 'not_signed'; documents: number; reviewedDocuments: number; latest: string | null; sample?: boolean };
export type ArticleFacts = { stances: StanceTally[]; evidence: Evidence[]; counts: ReportedCount[] };

// Who signed a declaration and who stayed out, assembled from the reference dataset and from
// the stances articles state about it (each filed under the declaration its sentence names, else
// the one its article is about). A party with sources on both sides of the same declaration is
// a conflict, kept with all its evidence, never settled silently.
export function assembleSignatories(declarationId: string, reference: ReferenceFact[], withSamples: ArticleFacts, eventId: string | null = null): Signatories {
  const { real: articles, samples } = splitSamples(withSamples);
  const byParty = new Map<string, { refs: Evidence[]; tallies: StanceTally[]; samples: Evidence[] }>();
  const entry = (party: string): { refs: Evidence[]; tallies: StanceTally[]; samples: Evidence[] } => {
    const found = byParty.get(party) ?? { refs: [], tallies: [], samples: [] };
    byParty.set(party, found);
    return found;
  };
  const signerTypes = new Map<string, SignerType>();
  const counts: ReportedCount[] = [];
  for (const fact of reference.filter((f) => f.subject === declarationId)) {
    if (fact.property === 'signatory_count' && typeof fact.value === 'number')
      counts.push({ value: fact.value, asOf: fact.as_of ?? null, source: fact.sources[0] as string, sources: fact.sources.length });
    if ((fact.property !== 'signed' && fact.property !== 'not_signed') || typeof fact.value !== 'string') continue;
    const party = fact.value.replace(/^country:/, '');
    if (fact.signer_type) signerTypes.set(party, fact.signer_type);
    for (const url of fact.sources)
      entry(party).refs.push({
        kind: 'reference',
        stance: fact.property,
        source: url,
        asOf: fact.as_of ?? null,
        reason: fact.reason ?? null,
        unconfirmed: fact.unconfirmed === true,
        words: null,
        isReviewed: false,
        statementId: null,
      });
  }
  for (const tally of articles.stances) entry(tally.party).tallies.push(tally);
  for (const item of articles.evidence) byParty.get(partyOfEvidence(item))?.samples.push(item);
  counts.push(...articles.counts);
  const parties = [...byParty.entries()].map(([party, found]) => partyOf(party, found.refs, found.tallies, found.samples, signerTypes.get(party)));
  for (const fact of reference.filter((f) => eventId !== null && f.subject === eventId && f.property === 'attended' && typeof f.value === 'string')) {
    const party = String(fact.value).replace(/^country:/, '');
    if (byParty.has(party) || parties.some((p) => p.party === party)) continue;
    parties.push({
      party,
      status: 'attended',
      signerType: String(fact.value).startsWith('organization:') ? 'international_organization' : 'state',
      asOf: fact.as_of ?? null,
      sources: fact.sources.length,
      articles: { signed: 0, not_signed: 0 },
      evidence: [],
    });
  }
  const sampled = sampleEvidenceOf(samples, new Set(parties.map((p) => p.party)));
  for (const party of parties) party.evidence.push(...(sampled.byParty.get(party.party) ?? []));
  return {
    declaration: declarationId,
    parties: parties.sort((a, b) => a.status.localeCompare(b.status) || a.party.localeCompare(b.party)),
    counts,
    ...(sampled.unplaced.length > 0 ? { samples: sampled.unplaced } : {}),
  };
}

// Article evidence names its party in `party`; reference evidence is grouped before this.
function partyOfEvidence(item: Evidence): string {
  return item.party ?? '';
}

function partyOf(party: string, refs: Evidence[], tallies: StanceTally[], samples: Evidence[], signerType: SignerType | undefined): Party {
  // Reviewed evidence outranks the rest; confirmed reference facts outrank unconfirmed ones.
  const decided = tallies.filter((t) => t.reviewedDocuments > 0).map((t) => t.stance);
  const confirmed = [...refs.filter((e) => !e.unconfirmed).map((e) => e.stance), ...tallies.filter((t) => t.documents > 0).map((t) => t.stance)];
  const stances = new Set(decided.length > 0 ? decided : confirmed.length > 0 ? confirmed : refs.map((e) => e.stance));
  const status: PartyStatus = stances.size > 1 ? 'conflict' : stances.has('signed') ? 'signed' : 'declined';
  // One source is one URL or one article, however many rules found the stance in it.
  const articles = { signed: 0, not_signed: 0 };
  for (const t of tallies) articles[t.stance] += t.documents;
  const sources = new Set(refs.map((e) => e.source)).size + articles.signed + articles.not_signed;
  const asOf =
    [...refs.map((e) => e.asOf), ...tallies.map((t) => t.latest)]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  const ordered = [...samples].sort((a, b) => Number(b.isReviewed) - Number(a.isReviewed) || (b.asOf ?? '').localeCompare(a.asOf ?? ''));
  return {
    party,
    status,
    signerType: signerType ?? (party === 'EU' ? 'international_organization' : 'state'),
    asOf,
    sources,
    articles,
    evidence: [...refs, ...ordered],
  };
}

// The tallies the store keeps, computed from articles in memory: what `assembleSignatories`
// reads, and what the store's assembly is checked against. `declaration` given, only the stances
// and counts filed under it (`value.declaration`) count.
export function tallyArticles(articles: ArticleStatements[], declaration?: string): ArticleFacts {
  const stances = new Map<string, StanceTally>();
  const evidence: Evidence[] = [];
  const counts = new Map<number, ReportedCount>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const s of article.statements) {
      if (declaration !== undefined && s.value.declaration !== declaration) continue;
      if (s.kind === 'signatory_count' && typeof s.value.count === 'number') {
        const key = `count ${s.value.count}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const known = counts.get(s.value.count);
        const newer = !known || (article.published ?? '') > (known.asOf ?? '');
        counts.set(s.value.count, {
          value: s.value.count,
          asOf: newer ? article.published : (known?.asOf ?? null),
          source: newer ? article.origin : (known?.source ?? article.origin),
          sources: (known?.sources ?? 0) + 1,
        });
      }
      if (s.kind !== 'signed' && s.kind !== 'not_signed') continue;
      // A reviewer may turn a stance around: `correct ID --set stance=not_signed`.
      const stance = s.value.stance === 'signed' || s.value.stance === 'not_signed' ? s.value.stance : s.kind;
      const isReviewed = article.reviewedIds?.has(s.id) ?? false;
      evidence.push({
        kind: 'article',
        stance,
        source: `${article.documentId} [${s.start}, ${s.end})`,
        asOf: article.published,
        reason: typeof s.value.reason === 'string' ? s.value.reason : null,
        unconfirmed: false,
        words: s.words,
        isReviewed,
        statementId: s.id,
        party: s.subject,
        documentId: article.documentId,
        url: null,
        start: s.start,
        end: s.end,
        rule: s.rule,
        lang: s.lang,
      });
      const key = `${stance} ${s.subject}`;
      const tally = stances.get(key) ?? { party: s.subject, stance, documents: 0, reviewedDocuments: 0, latest: null };
      if (!seen.has(key)) {
        tally.documents += 1;
        if ((article.published ?? '') > (tally.latest ?? '')) tally.latest = article.published;
      }
      if (isReviewed && !seen.has(`reviewed ${key}`)) {
        tally.reviewedDocuments += 1;
        seen.add(`reviewed ${key}`);
      }
      seen.add(key);
      stances.set(key, tally);
    }
  }
  return { stances: [...stances.values()], evidence, counts: [...counts.values()] };
}

// Parties that signed `a` and did not sign `b`, with where they stand on `b`: declined, in
// conflict, attended without signing, or unknown (no source says).
export function signedOnly(a: Signatories, b: Signatories): (Party & { other: PartyStatus | 'unknown' })[] {
  const statusInB = new Map(b.parties.map((p) => [p.party, p.status]));
  return a.parties
    .filter((p) => p.status === 'signed' && statusInB.get(p.party) !== 'signed')
    .map((p) => ({ ...p, other: statusInB.get(p.party) ?? 'unknown' }));
}
