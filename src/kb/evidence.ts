import type { ArticleEvidence, ArticleFacts } from './signatory-types.js';

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
