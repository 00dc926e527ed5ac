import type { ReferenceFact, Statement } from '../model/index.js';

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
};
export type Party = { party: string; status: PartyStatus; signerType: SignerType; asOf: string | null; sources: number; evidence: Evidence[] };
export type ReportedCount = { value: number; asOf: string | null; source: string };
export type Signatories = { declaration: string; parties: Party[]; counts: ReportedCount[] };
// The statements of one article that speaks of the declaration's event, already passed through review (rejected ones gone, corrections applied); `reviewedIds` are those a person accepted or corrected.
export type ArticleStatements = { documentId: string; published: string | null; origin: string; statements: Statement[]; reviewedIds?: Set<string> };

// Who signed a declaration and who stayed out, assembled from the reference dataset and from
// every article about the declaration's event. A party with sources on both sides is a
// conflict, kept with all its evidence, never settled silently.
export function assembleSignatories(
  declarationId: string,
  reference: ReferenceFact[],
  articles: ArticleStatements[],
  eventId: string | null = null,
): Signatories {
  const evidence = new Map<string, Evidence[]>();
  const signerTypes = new Map<string, SignerType>();
  const counts: ReportedCount[] = [];
  const add = (party: string, item: Evidence): void => void evidence.set(party, [...(evidence.get(party) ?? []), item]);
  for (const fact of reference.filter((f) => f.subject === declarationId)) {
    if (fact.property === 'signatory_count' && typeof fact.value === 'number')
      counts.push({ value: fact.value, asOf: fact.as_of ?? null, source: fact.sources[0] as string });
    if ((fact.property !== 'signed' && fact.property !== 'not_signed') || typeof fact.value !== 'string') continue;
    const party = fact.value.replace(/^country:/, '');
    if (fact.signer_type) signerTypes.set(party, fact.signer_type);
    for (const url of fact.sources)
      add(party, {
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
  for (const article of articles) {
    for (const s of article.statements) {
      if (s.kind === 'signatory_count' && typeof s.value.count === 'number')
        counts.push({ value: s.value.count, asOf: article.published, source: article.origin });
      if (s.kind !== 'signed' && s.kind !== 'not_signed') continue;
      // A reviewer may turn a stance around: `correct ID --set stance=not_signed`.
      const stance = s.value.stance === 'signed' || s.value.stance === 'not_signed' ? s.value.stance : s.kind;
      const reason = typeof s.value.reason === 'string' ? s.value.reason : null;
      const isReviewed = article.reviewedIds?.has(s.id) ?? false;
      add(s.subject, {
        kind: 'article',
        stance,
        source: `${article.documentId} [${s.start}, ${s.end})`,
        asOf: article.published,
        reason,
        unconfirmed: false,
        words: s.words,
        isReviewed,
        statementId: s.id,
      });
    }
  }
  const parties = [...evidence.entries()].map(([party, items]) => partyOf(party, items, signerTypes.get(party)));
  for (const fact of reference.filter((f) => eventId !== null && f.subject === eventId && f.property === 'attended' && typeof f.value === 'string')) {
    const party = String(fact.value).replace(/^(country|organization):/, '');
    if (evidence.has(party) || parties.some((p) => p.party === party)) continue;
    parties.push({
      party,
      status: 'attended',
      signerType: String(fact.value).startsWith('organization:') ? 'international_organization' : 'state',
      asOf: fact.as_of ?? null,
      sources: fact.sources.length,
      evidence: [],
    });
  }
  return { declaration: declarationId, parties: parties.sort((a, b) => a.status.localeCompare(b.status) || a.party.localeCompare(b.party)), counts };
}

function partyOf(party: string, items: Evidence[], signerType: SignerType | undefined): Party {
  // Reviewed evidence outranks the rest; confirmed reference facts outrank unconfirmed ones.
  const decided = items.filter((e) => e.isReviewed);
  const confirmed = items.filter((e) => !e.unconfirmed);
  const stances = new Set((decided.length > 0 ? decided : confirmed.length > 0 ? confirmed : items).map((e) => e.stance));
  const status: PartyStatus = stances.size > 1 ? 'conflict' : stances.has('signed') ? 'signed' : 'declined';
  // One source is one URL or one article, however many rules found the stance in it.
  const sources = new Set(items.map((e) => (e.kind === 'article' ? e.source.split(' ')[0] : e.source))).size;
  const asOf =
    items
      .map((e) => e.asOf)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  return { party, status, signerType: signerType ?? (party === 'EU' ? 'international_organization' : 'state'), asOf, sources, evidence: items };
}

// Parties that signed `a` and did not sign `b`, with where they stand on `b`: declined, in
// conflict, attended without signing, or unknown (no source says).
export function signedOnly(a: Signatories, b: Signatories): (Party & { other: PartyStatus | 'unknown' })[] {
  const statusInB = new Map(b.parties.map((p) => [p.party, p.status]));
  return a.parties
    .filter((p) => p.status === 'signed' && statusInB.get(p.party) !== 'signed')
    .map((p) => ({ ...p, other: statusInB.get(p.party) ?? 'unknown' }));
}
