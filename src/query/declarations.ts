import { fileStances, mainEventKey } from '../extract/index.js';
import {
  assembleSignatories,
  evidenceShape,
  signedOnly,
  tallyArticles,
  type ArticleEvidence,
  type ArticleFacts,
  type Party,
  type PartyStatus,
  type ReportedCount,
  type Signatories,
  type StanceTally,
} from '../kb/index.js';
import type { Entity } from '../model/index.js';
import type { FactEvidence, Store } from '../store/index.js';
import { articleEvidenceOf, partyEvidence, withCarriers, type EvidencePage } from './evidence.js';
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
  const facts = kb.store ? await articleFacts(kb.store, declaration.key, options.evidence ?? evidenceShape.perStance, options.party) : tallyArticles([]);
  return assembleSignatories(declaration.id, kb.reference, facts, event);
}

// The articles behind a party's stance on a declaration, a page at a time (`offset`, `limit`):
// what the declaration's "N more" links to. `party`: an ISO code (any case), EU, or a full id.
export async function evidenceOfParty(
  kb: Kb,
  name: string,
  party: string,
  stance: 'signed' | 'not_signed',
  page: { offset?: number; limit?: number } = {},
): Promise<EvidencePage> {
  const declaration = findDeclaration(kb, name);
  const code = party.includes(':') ? party : party.toUpperCase();
  return partyEvidence(kb, { id: declaration.id, key: declaration.key, event: eventOf(kb, declaration) }, code, stance, page);
}

// Parties that signed one and not the other, each with where it stands on the other.
export async function compareDeclarations(kb: Kb, a: string, b: string): Promise<Comparison> {
  const evidence = evidenceShape.compared;
  const [first, second] = await Promise.all([signatoriesOf(kb, a, { evidence }), signatoriesOf(kb, b, { evidence })]);
  return { a: first.declaration, b: second.declaration, signedOnlyA: signedOnly(first, second), signedOnlyB: signedOnly(second, first) };
}

// The store's tallies for a declaration, with the first few statements behind each: one read of
// the tallies, one of their evidence (the index in evidence order, stopped at `perStance` per
// tally, src/kb's evidenceShape), one of the stories' first carriers.
async function articleFacts(store: Store, declaration: string, perStance: number, only?: string): Promise<ArticleFacts> {
  const [tallies, top] = await Promise.all([store.factTallies({ declaration }), perStance > 0 ? store.topEvidence(declaration, perStance, only) : []]);
  const byTally = new Map<string, FactEvidence[]>();
  for (const e of top) byTally.set(`${e.object} ${e.property} ${e.sample}`, [...(byTally.get(`${e.object} ${e.property} ${e.sample}`) ?? []), e]);
  const stances: StanceTally[] = [];
  const evidence: ArticleEvidence[] = [];
  const counts: ReportedCount[] = [];
  for (const t of tallies) {
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
    stances.push({
      party: t.object,
      stance: t.property as StanceTally['stance'],
      documents: t.documents,
      reviewedDocuments: t.reviewedDocuments,
      latest: t.latest,
      clusters: t.clusters,
      cluster: t.cluster,
      ...(t.sample ? { sample: true } : {}),
    });
    // Sample articles' evidence is read apart from real evidence: src/kb sets it aside.
    evidence.push(...(byTally.get(`${t.object} ${t.property} ${t.sample}`) ?? []).map(articleEvidenceOf));
  }
  return { stances, evidence: await withCarriers(store, evidence), counts };
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
