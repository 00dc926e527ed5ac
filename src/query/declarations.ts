import { mainEvent } from '../extract/index.js';
import { assembleSignatories, reviewed, signedOnly, type ArticleStatements, type Party, type PartyStatus, type Signatories } from '../kb/index.js';
import type { Entity } from '../model/index.js';
import type { Store } from '../store/index.js';
import { QueryError, type Kb } from './kb.js';

export type Comparison = {
  a: string;
  b: string;
  signedOnlyA: (Party & { other: PartyStatus | 'unknown' })[];
  signedOnlyB: (Party & { other: PartyStatus | 'unknown' })[];
};

// A declaration by any of its names ("Bletchley Declaration", "Déclaration de Paris", "Tuyên bố Seoul").
export function findDeclaration(kb: Kb, name: string): Entity {
  const found = kb.resolver.resolve(name, 'declaration')[0];
  if (!found) throw new QueryError('not_found', `${name}: no declaration by that name (try "Bletchley Declaration", "Déclaration de Paris", "Tuyên bố Seoul")`);
  return found;
}

// The event a declaration was adopted at, as the gazetteer records it: `event:ai-action-summit-2025`.
export function eventOf(kb: Kb, declaration: Entity): string | null {
  const event = kb.lexicon.labels.get(declaration.id)?.event;
  return event ? `event:${event}` : null;
}

// Who signed a declaration and who stayed out: the reference dataset plus the stored articles
// whose main event is the declaration's event, reviewed facts outranking extracted ones.
export async function signatoriesOf(kb: Kb, name: string): Promise<Signatories> {
  const declaration = findDeclaration(kb, name);
  const event = eventOf(kb, declaration);
  const articles = kb.store && event ? await articlesAbout(kb.store, event.replace(/^event:/, '')) : [];
  return assembleSignatories(declaration.id, kb.reference, articles, event);
}

// Parties that signed one and not the other, each with where it stands on the other.
export async function compareDeclarations(kb: Kb, a: string, b: string): Promise<Comparison> {
  const [first, second] = [await signatoriesOf(kb, a), await signatoriesOf(kb, b)];
  return { a: first.declaration, b: second.declaration, signedOnlyA: signedOnly(first, second), signedOnlyB: signedOnly(second, first) };
}

async function articlesAbout(store: Store, event: string): Promise<ArticleStatements[]> {
  const ids = [...new Set((await store.findStatementsBySubject([event])).map((s) => s.documentId))];
  const articles: ArticleStatements[] = [];
  for (const id of ids) {
    const found = await store.listStatements(id);
    if (mainEvent(found)?.subject !== event) continue;
    // Reviewed facts outrank extracted ones: rejected statements leave, corrections apply.
    const states = await store.reviewStates(found.map((s) => s.id));
    const statements = found.flatMap((s) => reviewed(s, states.get(s.id)) ?? []);
    const reviewedIds = new Set([...states].filter(([, state]) => state.status === 'accepted' || state.status === 'corrected').map(([sid]) => sid));
    const document = await store.getDocument(id);
    articles.push({ documentId: id, published: document?.published ?? null, origin: document?.url ?? document?.origin ?? id, statements, reviewedIds });
  }
  return articles;
}
