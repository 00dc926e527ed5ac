import { evidenceShape, type ArticleEvidence, type Carrier } from '../kb/index.js';
import type { FactEvidence, Store } from '../store/index.js';

// A stored statement behind a tally as src/kb reads article evidence.
export function articleEvidenceOf(e: FactEvidence): ArticleEvidence {
  return {
    kind: 'article',
    stance: e.property as ArticleEvidence['stance'],
    source: `${e.documentId} [${e.start}, ${e.end})`,
    asOf: e.published,
    reason: e.reason,
    unconfirmed: false,
    words: e.words,
    isReviewed: e.reviewed,
    statementId: e.statementId,
    party: e.object,
    documentId: e.documentId,
    url: e.url,
    start: e.start,
    end: e.end,
    rule: e.rule,
    lang: e.lang,
    cluster: e.cluster,
    ...(e.sample ? { sample: true } : {}),
  };
}

// The first outlets carrying the story of each piece of evidence, its original first, and how
// many documents carry it (up to evidenceShape.storyCount): src/kb groups the copies of one story
// under it. Two reads whatever the number of stories; neither grows with a story's size.
export async function withCarriers<T extends { cluster?: string; carriers?: Carrier[]; carriedBy?: number }>(store: Store, evidence: T[]): Promise<T[]> {
  const clusters = [...new Set(evidence.flatMap((e) => (e.cluster !== undefined ? [e.cluster] : [])))];
  if (clusters.length === 0) return evidence;
  const [carriers, sizes] = await Promise.all([
    store.storyCarriers(clusters, evidenceShape.carriersPerStory),
    store.storySizes(clusters, evidenceShape.storyCount),
  ]);
  const byCluster = new Map<string, Carrier[]>();
  for (const { cluster, ...carrier } of carriers) byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), carrier]);
  const size = new Map(sizes.map((s) => [s.cluster, s.documents]));
  return evidence.map((e) => {
    if (e.cluster === undefined) return e;
    const found = byCluster.get(e.cluster) ?? [];
    // A document read from two sources is two carriers: a small story's count is its list's.
    return { ...e, carriers: found.slice(0, evidenceShape.carriersPerStory), carriedBy: Math.max(found.length, size.get(e.cluster) ?? 1) };
  });
}
