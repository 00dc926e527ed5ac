import { evidencePage, evidenceShape, instrumentKind, type ArticleEvidence, type Carrier, type Evidence } from '../kb/index.js';
import type { FactEvidence, Store } from '../store/index.js';
import { QueryError, type Kb } from './kb.js';

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
    title: e.title,
    outlet: e.outlet,
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

export type EvidencePage = {
  declaration: string;
  party: string;
  stance: 'signed' | 'not_signed';
  // every article stating it (the tally's documents); `items` is one page of their statements,
  // `hasMore` whether statements follow it
  total: number;
  offset: number;
  limit: number;
  hasMore: boolean;
  items: Evidence[];
};

// One page of the articles' evidence for a party's stance on a declaration, in the order the
// declaration shows its first few (reviewed first, newest first): the rest behind "N more".
// Three reads whatever the page: the tally, `limit + 1` statements (one more says whether a
// next page exists), the stories' first carriers and sizes.
export async function partyEvidence(
  kb: Kb,
  declaration: { id: string; key: string; event: string | null },
  party: string,
  stance: 'signed' | 'not_signed',
  page: { offset?: number; limit?: number } = {},
): Promise<EvidencePage> {
  const { offset = 0, limit = evidenceShape.pageSize } = page;
  if (!Number.isInteger(offset) || offset < 0) throw new QueryError('bad_request', `offset=${offset}: expected a whole number from 0`);
  if (!Number.isInteger(limit) || limit < 1 || limit > evidenceShape.pageMax)
    throw new QueryError('bad_request', `limit=${limit}: expected a whole number from 1 to ${evidenceShape.pageMax}`);
  const { store } = kb;
  const tallies = store ? (await store.factTallies({ declaration: declaration.key })).filter((t) => t.object === party && !t.sample) : [];
  if (tallies.length === 0 && !kb.resolver.entity(party.includes(':') ? party : `country:${party}`))
    throw new QueryError('not_found', `party ${party}: no such party, and no article states its stance on ${declaration.id}`);
  const tally = tallies.find((t) => t.property === stance);
  const found = store && tally ? await store.factEvidence(declaration.key, party, stance, limit + 1, false, offset) : [];
  const kind = instrumentKind(kb.reference, declaration.id, declaration.event);
  const items = store ? await withCarriers(store, evidencePage(kind, found.slice(0, limit).map(articleEvidenceOf))) : [];
  return { declaration: declaration.id, party, stance, total: tally?.documents ?? 0, offset, limit, hasMore: found.length > limit, items };
}
