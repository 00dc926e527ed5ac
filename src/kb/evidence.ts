import type { ArticleEvidence, ArticleFacts, Evidence, Party, StanceTally } from './signatory-types.js';
import { articleStatus, type InstrumentKind } from './statuses.js';

type Spanned = Pick<ArticleEvidence, 'kind' | 'documentId' | 'start' | 'end' | 'stance' | 'party'>;

// Articles we wrote ourselves (data/samples) are evidence of nothing in the world: their tallies
// and counts are set apart before statuses and conflicts are assembled, and their statements
// come back only as sample evidence, labelled, beside the real sources of a party.
export function splitSamples(articles: ArticleFacts): { real: ArticleFacts; samples: ArticleEvidence[] } {
  return {
    real: {
      stances: articles.stances.filter((t) => t.sample !== true),
      evidence: distinctSpans(articles.evidence.filter((e) => e.sample !== true)),
      counts: articles.counts.filter((c) => c.sample !== true),
    },
    samples: distinctSpans(articles.evidence.filter((e) => e.sample === true)),
  };
}

// One span is one piece of evidence, however many rules found the same stance in it.
export function distinctSpans<T extends Spanned>(evidence: T[]): T[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    if (e.kind !== 'article' || e.documentId === undefined) return true;
    const key = `${e.documentId} ${e.start} ${e.end} ${e.stance} ${e.party ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Sample evidence about a party goes after the party's real sources; a party only samples speak
// of gets no status (and no row): its sample evidence is listed apart.
export function sampleEvidenceOf<T extends Spanned>(samples: T[], parties: Set<string>): { byParty: Map<string, T[]>; unplaced: T[] } {
  const byParty = new Map<string, T[]>();
  const unplaced: T[] = [];
  for (const item of samples) {
    const party = item.party ?? '';
    if (!parties.has(party)) unplaced.push(item);
    else byParty.set(party, [...(byParty.get(party) ?? []), item]);
  }
  return { byParty, unplaced };
}

// Copies of one story are one piece of evidence: per party, stance and cluster one statement is
// kept (a reviewed one first, then the story's original, the first carrier's document), with
// every carrier of the story under it. Evidence without a cluster stays as it is.
export function groupCopies<T extends Spanned & Pick<ArticleEvidence, 'cluster' | 'carriers' | 'isReviewed'>>(evidence: T[]): T[] {
  const groups = new Map<string, T[]>();
  evidence.forEach((item, index) => {
    const key = item.kind === 'article' && item.cluster !== undefined ? `${item.party ?? ''} ${item.stance} ${item.cluster}` : `${index}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  });
  return [...groups.values()].map((items) => {
    const reviewedOnes = items.filter((e) => e.isReviewed);
    const pool = reviewedOnes.length > 0 ? reviewedOnes : items;
    const original = items[0]?.carriers?.[0]?.documentId;
    return pool.find((e) => e.documentId === original) ?? (pool[0] as T);
  });
}

// The one story all the articles' stances come from, when there is one and no reference fact
// speaks: copies of one dispatch that disagree (an edited copy) disagree with themselves only.
export function oneOriginal(refs: Evidence[], tallies: StanceTally[]): string | null {
  const stated = tallies.filter((t) => t.documents > 0);
  if (refs.length > 0 || stated.length === 0) return null;
  const stories = new Set(stated.map((t) => ((t.clusters ?? t.documents) === 1 ? (t.cluster ?? null) : null)));
  const [only] = [...stories];
  return stories.size === 1 && only !== undefined ? only : null;
}

// How much of a party's evidence is shown at once, decided here once: per stance the first
// `perStance` statements (reviewed first, newest first; `compared` when two declarations are
// set side by side), per story its first `carriersPerStory` outlets and its size counted up to
// `storyCount`. Counts cover every article; the rest is read a page at a time (`pageSize`, at
// most `pageMax`). At a million documents a party has thousands of articles and a wire story
// thousands of carriers: a page that showed them all would grow with the knowledge base.
export const evidenceShape = { perStance: 10, compared: 3, carriersPerStory: 5, storyCount: 1000, pageSize: 50, pageMax: 200 } as const;

// Articles stating a party's stance that its shown evidence leaves out: what "N more" links to.
export function moreArticles(party: Pick<Party, 'articles' | 'evidence'>, stance: 'signed' | 'not_signed'): number {
  const shown = party.evidence.filter((e) => e.kind === 'article' && e.sample !== true && e.stance === stance).length;
  return Math.max(0, party.articles[stance] - shown);
}

// One page of a party's article evidence on an instrument, each piece with what it supports in
// the instrument's vocabulary; one span is one piece, however many rules found it.
export function evidencePage(kind: InstrumentKind, items: ArticleEvidence[]): Evidence[] {
  return distinctSpans(items).map((item) => ({ ...item, status: articleStatus(kind, item.stance) }));
}
