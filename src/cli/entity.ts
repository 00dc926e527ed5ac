import { entityViews, type EntityView } from '../query/index.js';
import { withKb } from './load-kb.js';
import type { StoreOptions } from './open-store.js';

type EntityFlags = StoreOptions & { json?: boolean };

// What Accord knows of a thing named in any language: its names, the reference facts about it
// with their sources, and what stored documents state of it, each with its span.
export async function runEntity(name: string, flags: EntityFlags): Promise<void> {
  await withKb(flags, async (kb) => {
    const views = await entityViews(kb, name);
    process.stdout.write(flags.json ? `${JSON.stringify(views, null, 2)}\n` : views.map(toText).join('\n'));
  });
}

function toText({ entity, reference, statements }: EntityView): string {
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
