import { readConfig } from '../config.js';
import { loadReference, referenceAbout } from '../kb/index.js';
import type { Entity, ReferenceFact, Statement } from '../model/index.js';
import { loadResolver, openStoreIfAny } from './load-kb.js';
import { fail, type StoreOptions } from './open-store.js';

type EntityFlags = StoreOptions & { json?: boolean };
type Known = { entity: Entity; reference: ReferenceFact[]; statements: Statement[] };

// What Accord knows of a thing named in any language: its names, the reference facts about it
// with their sources, and what stored documents state of it, each with its span.
export async function runEntity(name: string, flags: EntityFlags): Promise<void> {
  const config = readConfig();
  const entities = loadResolver(config).resolver.resolve(name);
  if (entities.length === 0) return fail(`${name}: no country, person, organisation, event, declaration or initiative by that name`);
  const reference = loadReference(config.dataDir);
  const store = openStoreIfAny(flags.db, config);
  try {
    const known: Known[] = [];
    for (const entity of entities) {
      const subjects = [entity.key, entity.id, ...Object.values(entity.names).flat()];
      known.push({
        entity,
        reference: referenceAbout(reference, entity.id),
        statements: store ? await store.findStatementsBySubject([...new Set(subjects)]) : [],
      });
    }
    process.stdout.write(flags.json ? `${JSON.stringify(known, null, 2)}\n` : known.map(toText).join('\n'));
  } finally {
    await store?.close();
  }
}

function toText({ entity, reference, statements }: Known): string {
  const names = Object.entries(entity.names)
    .filter(([, list]) => list.length > 0)
    .map(([lang, list]) => `${lang}: ${list.join(', ')}`);
  const lines = [`${entity.id}  ${entity.label}`, `  names  ${names.join(' | ')}`, '', `reference facts (${reference.length})`];
  for (const fact of reference) {
    const extra = [fact.as_of && `as of ${fact.as_of}`, fact.reason && `reason: ${fact.reason}`, fact.unconfirmed && 'unconfirmed'].filter(Boolean).join(', ');
    lines.push(`  ${fact.subject} ${fact.property} ${fact.value}${extra ? ` (${extra})` : ''}`, `    ${fact.sources.join(' ')}`);
  }
  lines.push('', `stated in documents (${statements.length})`);
  for (const s of statements)
    lines.push(
      `  ${s.kind} ${s.subject}  ${s.documentId} [${s.start}, ${s.end})  ${s.rule}  "${s.words.length > 80 ? `${s.words.slice(0, 77)}...` : s.words}"`,
    );
  return `${lines.join('\n')}\n`;
}
