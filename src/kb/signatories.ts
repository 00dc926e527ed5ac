import type { ReferenceFact } from '../model/index.js';
import type { ArticleEvidence, ArticleFacts, Evidence, Joining, Party, ReportedCount, SignerType, Signatories, StanceTally } from './signatory-types.js';
import {
  absentStatus,
  articleStatus,
  decideStatus,
  instrumentKind,
  isSigned,
  listCompleteness,
  referenceStatus,
  vocabularies,
  type InstrumentKind,
  type PartyStatus,
} from './statuses.js';
import { groupCopies, oneOriginal, sampleEvidenceOf, splitSamples } from './evidence.js';

type Found = { refs: Evidence[]; tallies: StanceTally[]; samples: Evidence[] };

// Who signed an instrument and who stayed out, assembled from the reference dataset and from
// the stances articles state about it (each filed under the declaration its sentence names, else
// the one its article is about), in the vocabulary of the instrument's kind. A party whose
// sources disagree is a conflict, kept with all its evidence, never settled silently.
// Articles we wrote (data/samples) are set apart first: they never make a status or conflict.
export function assembleSignatories(declarationId: string, reference: ReferenceFact[], withSamples: ArticleFacts, eventId: string | null = null): Signatories {
  const { real: articles, samples } = splitSamples(withSamples);
  const kind = instrumentKind(reference, declarationId, eventId);
  const list = listCompleteness(reference, declarationId);
  const byParty = new Map<string, Found>();
  const entry = (party: string): Found => {
    const found = byParty.get(party) ?? { refs: [], tallies: [], samples: [] };
    byParty.set(party, found);
    return found;
  };
  const signerTypes = new Map<string, SignerType>();
  const counts: ReportedCount[] = [];
  for (const fact of reference.filter((f) => f.subject === declarationId)) {
    if (fact.property === 'signatory_count' && typeof fact.value === 'number') counts.push(referenceCount(fact, fact.value));
    const status = referenceStatus(fact, kind, list);
    if (status === null || typeof fact.value !== 'string') continue;
    const party = fact.value.replace(/^country:/, '');
    if (fact.signer_type) signerTypes.set(party, fact.signer_type);
    for (const url of fact.sources) entry(party).refs.push(referenceEvidence(fact, status, url));
  }
  for (const tally of articles.stances) entry(tally.party).tallies.push(tally);
  for (const item of articles.evidence) byParty.get(item.party ?? '')?.samples.push(withStatus(item, kind));
  counts.push(...articles.counts);
  const parties = [...byParty.entries()].map(([party, found]) => partyOf(party, found, kind, signerTypes.get(party)));
  for (const fact of reference.filter((f) => eventId !== null && f.subject === eventId && f.property === 'attended' && typeof f.value === 'string')) {
    const party = String(fact.value).replace(/^country:/, '');
    const known = parties.find((p) => p.party === party);
    if (known?.status === 'unknown') known.status = 'attended';
    if (known) continue;
    parties.push({
      party,
      status: 'attended',
      signerType: String(fact.value).startsWith('organization:') ? 'international_organization' : 'state',
      asOf: fact.as_of ?? null,
      sources: fact.sources.length,
      articles: { signed: 0, not_signed: 0 },
      independent: { signed: 0, not_signed: 0 },
      evidence: [],
    });
  }
  const statuses = [...vocabularies[kind]];
  const order = (p: Party): number => statuses.indexOf(p.status);
  parties.sort((a, b) => order(a) - order(b) || a.party.localeCompare(b.party));
  const sampled = sampleEvidenceOf(
    samples.map((e) => withStatus(e, kind)),
    new Set(parties.map((p) => p.party)),
  );
  for (const party of parties) party.evidence.push(...(sampled.byParty.get(party.party) ?? []));
  const unplaced = sampled.unplaced.length > 0 ? { samples: sampled.unplaced } : {};
  return { declaration: declarationId, kind, statuses, list, parties, counts, timeline: timelineOf(reference, declarationId), ...unplaced };
}

function referenceCount(fact: ReferenceFact, value: number): ReportedCount {
  return {
    value,
    asOf: fact.as_of ?? null,
    source: fact.sources[0] as string,
    sources: fact.sources.length,
    includes: fact.includes ?? null,
    urls: fact.sources,
    unconfirmed: fact.unconfirmed === true,
  };
}

function referenceEvidence(fact: ReferenceFact, status: PartyStatus, url: string): Evidence {
  return {
    kind: 'reference',
    stance: isSigned(status) || status === 'voted_for' ? 'signed' : 'not_signed',
    status,
    source: url,
    asOf: fact.as_of ?? null,
    reason: fact.reason ?? null,
    unconfirmed: fact.unconfirmed === true,
    words: null,
    isReviewed: false,
    statementId: null,
    ...(fact.basis ? { basis: fact.basis } : {}),
  };
}

function withStatus(item: ArticleEvidence, kind: InstrumentKind): Evidence {
  return { ...item, status: articleStatus(kind, item.stance) };
}

function partyOf(party: string, found: Found, kind: InstrumentKind, signerType: SignerType | undefined): Party {
  const { refs, tallies, samples } = found;
  // Reviewed evidence outranks the rest; confirmed reference facts outrank unconfirmed ones.
  const fromArticles = (t: StanceTally): PartyStatus => articleStatus(kind, t.stance);
  const decided = tallies.filter((t) => t.reviewedDocuments > 0).map(fromArticles);
  const confirmed = [...refs.filter((e) => !e.unconfirmed).map((e) => e.status), ...tallies.filter((t) => t.documents > 0).map(fromArticles)];
  const status = decideStatus(decided.length > 0 ? decided : confirmed.length > 0 ? confirmed : refs.map((e) => e.status)) ?? 'unknown';
  // One source is one URL or one story, however many rules found the stance in it and however
  // many outlets carried the story.
  const articles = { signed: 0, not_signed: 0 };
  const independent = { signed: 0, not_signed: 0 };
  for (const t of tallies) {
    articles[t.stance] += t.documents;
    independent[t.stance] += t.clusters ?? t.documents;
  }
  const original = oneOriginal(refs, tallies);
  const sources = new Set(refs.map((e) => e.source)).size + (original !== null ? 1 : independent.signed + independent.not_signed);
  const asOf =
    [...refs.map((e) => e.asOf), ...tallies.map((t) => t.latest)]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  const ordered = groupCopies([...samples].sort((a, b) => Number(b.isReviewed) - Number(a.isReviewed) || (b.asOf ?? '').localeCompare(a.asOf ?? '')));
  return {
    party,
    status,
    signerType: signerType ?? (party === 'EU' || party.startsWith('organization:') ? 'international_organization' : 'state'),
    asOf,
    sources,
    articles,
    independent,
    ...(status === 'conflict' && original !== null ? { oneOriginal: original } : {}),
    evidence: [...refs, ...ordered],
  };
}


// When each party joined, by the reference's dates: "28 countries + EU on 2023-11-01, NZ on 2024-10-23".
function timelineOf(reference: ReferenceFact[], id: string): Joining[] {
  const groups = new Map<string, Joining>();
  for (const fact of reference.filter((f) => f.subject === id && (f.property === 'signed' || f.property === 'ratified'))) {
    const status = fact.property as Joining['status'];
    const unconfirmed = fact.unconfirmed === true;
    const key = `${fact.as_of ?? ''} ${status} ${unconfirmed}`;
    const group = groups.get(key) ?? { date: fact.as_of ?? null, status, parties: [], unconfirmed };
    group.parties.push(String(fact.value).replace(/^country:/, ''));
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.status.localeCompare(b.status));
}

// Where a party stands on an instrument: its own status, else what the absence from a complete
// list (or an incomplete one) says, with the list's date.
export function statusIn(signatories: Signatories, party: string): { status: PartyStatus; asOf: string | null } {
  const found = signatories.parties.find((p) => p.party === party);
  if (found) return { status: found.status, asOf: found.asOf };
  const status = absentStatus(signatories.kind, signatories.list);
  return { status, asOf: status === 'unknown' ? null : signatories.list.asOf };
}

// Parties that signed `a` and not `b`, each with its real status on `b` (declined, not listed
// as of a date, attended, unknown, in conflict...).
export function signedOnly(a: Signatories, b: Signatories): (Party & { other: PartyStatus; otherAsOf: string | null })[] {
  return a.parties
    .filter((p) => isSigned(p.status) && !isSigned(statusIn(b, p.party).status))
    .map((p) => {
      const other = statusIn(b, p.party);
      return { ...p, other: other.status, otherAsOf: other.asOf };
    });
}
