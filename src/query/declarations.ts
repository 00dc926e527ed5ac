import { fileStances, mainEventKey } from '../extract/index.js';
import {
  assembleSignatories,
  signedOnly,
  tallyArticles,
  type ArticleEvidence,
  type ArticleFacts,
  type Carrier,
  type Party,
  type PartyStatus,
  type ReportedCount,
  type Signatories,
  type StanceTally,
} from '../kb/index.js';
import type { Entity } from '../model/index.js';
import type { FactTally, Store } from '../store/index.js';
import { listDeclarations } from './events.js';
import { namesToTry, QueryError, type Kb } from './kb.js';

export type Comparison = {
  a: string;
  b: string;
  // each party with its real status on the other declaration (and that status's date)
  signedOnlyA: (Party & { other: PartyStatus; otherAsOf: string | null })[];
  signedOnlyB: (Party & { other: PartyStatus; otherAsOf: string | null })[];
};

// A declaration by any of its names ("Bletchley Declaration", "Déclaration de Paris", "Tuyên bố Seoul").
export function findDeclaration(kb: Kb, name: string): Entity {
  const byId = kb.resolver.entity(name);
  const found = byId?.kind === 'declaration' ? byId : kb.resolver.resolve(name, 'declaration')[0];
  if (!found) throw new QueryError('not_found', `${name}: no declaration by that name (try ${namesToTry(kb, 'declaration')})`);
  return found;
}

// The event a declaration was adopted at, as the gazetteer records it: `event:ai-action-summit-2025`.
export function eventOf(kb: Kb, declaration: Entity): string | null {
  const event = kb.lexicon.labels.get(declaration.id)?.event;
  return event ? `event:${event}` : null;
}

// Who signed a declaration and who stayed out: the reference dataset plus the stances stored
// articles state about that declaration, reviewed facts outranking extracted ones. Each
// party shows at most `evidence` statements per stance (reviewed first, newest first); its
// counts of sources and articles cover them all.
// `party`: evidence is fetched for this party only (the others keep their status and counts).
export async function signatoriesOf(kb: Kb, name: string, options: { evidence?: number; party?: string } = {}): Promise<Signatories> {
  const declaration = findDeclaration(kb, name);
  const event = eventOf(kb, declaration);
  // Extraction filed each stance under the declaration its sentence names, else the one in its
  // article's focus (src/extract/focus.ts): the store's tallies for this declaration are its own.
  const facts = kb.store ? await articleFacts(kb.store, declaration.key, options.evidence ?? 10, options.party) : tallyArticles([]);
  return assembleSignatories(declaration.id, kb.reference, facts, event);
}

// Parties that signed one and not the other, each with where it stands on the other.
export async function compareDeclarations(kb: Kb, a: string, b: string): Promise<Comparison> {
  const [first, second] = [await signatoriesOf(kb, a, { evidence: 3 }), await signatoriesOf(kb, b, { evidence: 3 })];
  return { a: first.declaration, b: second.declaration, signedOnlyA: signedOnly(first, second), signedOnlyB: signedOnly(second, first) };
}

// The store's tallies for a declaration, with a sample of the statements behind each.
async function articleFacts(store: Store, declaration: string, perStance: number, only?: string): Promise<ArticleFacts> {
  const tallies = await store.factTallies({ declaration });
  const stances: StanceTally[] = [];
  const evidence: ArticleEvidence[] = [];
  const counts: ReportedCount[] = [];
  // Every tally's evidence asked at once: on PostgreSQL the queries go down the pool together
  // instead of one round trip after another (40 parties: 40 waits); read back in tally order.
  const wanted = (t: FactTally): boolean => t.property !== 'signatory_count' && perStance > 0 && (only === undefined || t.object === only);
  const found = await Promise.all(tallies.map((t) => (wanted(t) ? store.factEvidence(declaration, t.object, t.property, perStance, t.sample) : [])));
  for (const [i, t] of tallies.entries()) {
    if (t.property === 'signatory_count') {
      counts.push({
        value: Number(t.object),
        asOf: t.latest,
        source: t.latestSource ?? '',
        sources: t.documents,
        includes: null,
        urls: [],
        unconfirmed: false,
        ...(t.sample ? { sample: true } : {}),
      });
      continue;
    }
    const stance = t.property as StanceTally['stance'];
    stances.push({
      party: t.object,
      stance,
      documents: t.documents,
      reviewedDocuments: t.reviewedDocuments,
      latest: t.latest,
      clusters: t.clusters,
      cluster: t.cluster,
      ...(t.sample ? { sample: true } : {}),
    });
    // Sample articles' evidence is fetched apart from real evidence: src/kb sets it aside.
    for (const e of found[i] ?? [])
      evidence.push({
        kind: 'article',
        stance,
        source: `${e.documentId} [${e.start}, ${e.end})`,
        asOf: e.published,
        reason: e.reason,
        unconfirmed: false,
        words: e.words,
        isReviewed: e.reviewed,
        statementId: e.statementId,
        party: t.object,
        documentId: e.documentId,
        url: e.url,
        start: e.start,
        end: e.end,
        rule: e.rule,
        lang: e.lang,
        cluster: e.cluster,
        ...(e.sample ? { sample: true } : {}),
      });
  }
  return { stances, evidence: await withCarriers(store, evidence), counts };
}

// Every outlet carrying the story of each piece of evidence, its original first: src/kb groups
// the copies of one story under it.
export async function withCarriers<T extends { cluster?: string; carriers?: Carrier[] }>(store: Store, evidence: T[]): Promise<T[]> {
  const clusters = [...new Set(evidence.flatMap((e) => (e.cluster !== undefined ? [e.cluster] : [])))];
  const byCluster = new Map<string, Carrier[]>();
  for (const { cluster, ...carrier } of await store.carriers(clusters)) byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), carrier]);
  return evidence.map((e) => (e.cluster !== undefined ? { ...e, carriers: byCluster.get(e.cluster) ?? [] } : e));
}

// Documents stored before the assembly existed (or imported without it) get their main event
// and their assembled facts; stances stored before they named their declaration are filed now
// (same statement ids, so review decisions stay). Documents stored before clusters existed get
// theirs first, so that their tallies count stories. A no-op once every document has them.
export async function assembleMissing(kb: Kb): Promise<number> {
  const { store } = kb;
  let done = 0;
  for (let n = store ? await store.assignMissingClusters(500) : 0; store && n > 0; n = await store.assignMissingClusters(500)) done += n;
  for (let ids = store ? await store.documentsWithoutAssembly(500) : []; store && ids.length > 0; ids = await store.documentsWithoutAssembly(500))
    for (const id of ids) {
      const statements = await store.listStatements(id);
      const document = await store.getDocument(id);
      const filed = document ? fileStances(document, statements, kb) : statements;
      if (filed.some((s, i) => s !== statements[i])) await store.replaceStatements(id, filed, mainEventKey(filed));
      else await store.setMainEvent(id, mainEventKey(statements));
      done += 1;
    }
  return done;
}

// Parties that sources state both to sign and not to sign, across declarations, each with at
// most `evidence` statements per side.
export async function conflictingParties(kb: Kb, evidence = 0): Promise<{ declaration: string; party: Party }[]> {
  const found: { declaration: string; party: Party }[] = [];
  for (const declaration of listDeclarations(kb)) {
    for (const party of (await signatoriesOf(kb, declaration.id, { evidence })).parties)
      if (party.status === 'conflict') found.push({ declaration: declaration.id, party });
  }
  return found;
}

// The conflicts as the home page and the API list them.
export async function openConflicts(kb: Kb): Promise<{ declaration: string; party: string; sources: number; articles: Party['articles'] }[]> {
  return (await conflictingParties(kb)).map(({ declaration, party }) => ({
    declaration,
    party: party.party,
    sources: party.sources,
    articles: party.articles,
  }));
}
