import { readConfig } from '../config.js';
import { mainEvent } from '../extract/index.js';
import { assembleSignatories, loadReference, reviewed, signedOnly, type ArticleStatements, type Party, type Signatories } from '../kb/index.js';
import type { Store } from '../store/index.js';
import { loadResolver, openStoreIfAny } from './load-kb.js';
import { fail, type StoreOptions } from './open-store.js';

type Flags = StoreOptions & { json?: boolean };

export async function runSignatories(name: string, flags: Flags): Promise<void> {
  const result = await signatoriesOf([name], flags);
  if (!result) return;
  const [signatories] = result;
  process.stdout.write(flags.json ? `${JSON.stringify(signatories, null, 2)}\n` : signatoriesText(signatories as Signatories));
}

export async function runCompare(a: string, b: string, flags: Flags): Promise<void> {
  const result = await signatoriesOf([a, b], flags);
  if (!result) return;
  const [first, second] = result as [Signatories, Signatories];
  const comparison = { a: first.declaration, b: second.declaration, signedOnlyA: signedOnly(first, second), signedOnlyB: signedOnly(second, first) };
  if (flags.json) return void process.stdout.write(`${JSON.stringify(comparison, null, 2)}\n`);
  const row = (p: Party & { other: string }): string => `${partyLine(p)}  | other: ${p.other}`;
  const lines = [`signed ${first.declaration}, not ${second.declaration} (${comparison.signedOnlyA.length})`, ...comparison.signedOnlyA.map(row)];
  lines.push('', `signed ${second.declaration}, not ${first.declaration} (${comparison.signedOnlyB.length})`, ...comparison.signedOnlyB.map(row));
  process.stdout.write(`${lines.join('\n')}\n`);
}

// Each declaration by name, with the parties the reference dataset and the stored articles about
// its event give. Articles count when the event is the one they report on.
async function signatoriesOf(names: string[], flags: Flags): Promise<Signatories[] | null> {
  const config = readConfig();
  const { lexicon, resolver } = loadResolver(config);
  const declarations = names.map((name) => resolver.resolve(name, 'declaration')[0]);
  const missing = names.find((_, i) => !declarations[i]);
  if (missing) return (fail(`${missing}: no declaration by that name (try "Bletchley Declaration", "Déclaration de Paris", "Tuyên bố Seoul")`), null);
  const reference = loadReference(config.dataDir);
  const store = openStoreIfAny(flags.db, config);
  try {
    const results: Signatories[] = [];
    for (const declaration of declarations) {
      if (!declaration) continue;
      const event = lexicon.labels.get(declaration.id)?.event ?? null;
      results.push(assembleSignatories(declaration.id, reference, store && event ? await articlesAbout(store, event) : [], event ? `event:${event}` : null));
    }
    return results;
  } finally {
    await store?.close();
  }
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

function partyLine(p: Party): string {
  const reasons = [...new Set(p.evidence.map((e) => e.reason).filter(Boolean))];
  return `  ${p.party.padEnd(3)} ${p.status.padEnd(9)} ${p.signerType.padEnd(26)} ${String(p.sources).padStart(2)} source(s)${p.asOf ? `  as of ${p.asOf}` : ''}${reasons.length ? `  reason: ${reasons.join('; ')}` : ''}`;
}

function signatoriesText(s: Signatories): string {
  const lines = [`${s.declaration}`, '', `parties (${s.parties.length})`, ...s.parties.map(partyLine), '', `reported counts (${s.counts.length})`];
  for (const c of s.counts) lines.push(`  ${c.value}${c.asOf ? `  as of ${c.asOf}` : ''}  ${c.source}`);
  return `${lines.join('\n')}\n`;
}
