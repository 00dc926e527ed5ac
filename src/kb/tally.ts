import type { ArticleEvidence, ArticleFacts, ArticleStatements, ReportedCount, StanceTally } from './signatory-types.js';

// The tallies the store keeps, computed from articles in memory: what `assembleSignatories`
// reads, and what the store's assembly is checked against. `declaration` given, only the stances
// and counts filed under it (`value.declaration`) count.
export function tallyArticles(articles: ArticleStatements[], declaration?: string): ArticleFacts {
  const stances = new Map<string, StanceTally>();
  const evidence: ArticleEvidence[] = [];
  const counts = new Map<number, ReportedCount>();
  const stories = new Map<string, Set<string>>();
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
          includes: null,
          urls: [],
          unconfirmed: false,
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
        cluster: article.cluster ?? article.documentId,
      });
      const key = `${stance} ${s.subject}`;
      const tally = stances.get(key) ?? { party: s.subject, stance, documents: 0, reviewedDocuments: 0, latest: null };
      const story = article.cluster ?? article.documentId;
      const clusters = stories.get(key) ?? new Set<string>().add(story);
      stories.set(key, clusters.add(story));
      Object.assign(tally, { clusters: clusters.size, cluster: clusters.size === 1 ? story : null });
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

