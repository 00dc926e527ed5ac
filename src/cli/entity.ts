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

function toText(view: EntityView): string {
  const { entity, reference, statements } = view;
  const names = Object.entries(entity.names)
    .filter(([, list]) => list.length > 0)
    .map(([lang, list]) => `${lang}: ${list.join(', ')}`);
  const lines = [`${entity.id}  ${entity.label}${view.fromArticles ? '  (known from articles only)' : ''}`, `  names  ${names.join(' | ')}`];
  for (const d of view.decisions)
    lines.push(`  decision #${d.seq} ${d.action} ${d.name}${d.undoes ? ` (undoes #${d.undoes})` : ''}  by ${d.reviewer} ${d.at}: ${d.reason}`);
  if (view.summit) {
    const s = view.summit;
    lines.push(`  ${[s.start, s.end].filter(Boolean).join(' to ')}  ${[s.venue, s.city, s.country].filter(Boolean).join(', ')}  ${s.documents} article(s)`);
  }
  if (view.parties)
    lines.push(
      `  parties  ${Object.entries(view.parties)
        .map(([status, n]) => `${status} ${n}`)
        .join(', ')}`,
    );
  if (view.stances.length > 0) {
    lines.push('', `declarations (${view.stances.length}, ${view.conflicts.length} in conflict)`);
    for (const s of view.stances) {
      lines.push(
        `  ${s.declaration}  ${s.status.toUpperCase()}  ${s.sources} source(s): articles signed ${s.articles.signed}, not signed ${s.articles.not_signed}`,
      );
      for (const e of s.evidence.slice(0, 4))
        lines.push(`    ${e.stance} ${e.kind === 'reference' ? 'reference' : 'article'} ${e.source}${e.unconfirmed ? ' (unconfirmed)' : ''}`);
    }
  }
  lines.push('', `reference facts (${reference.length})`);
  for (const fact of reference) {
    const extra = [fact.as_of && `as of ${fact.as_of}`, fact.reason && `reason: ${fact.reason}`, fact.unconfirmed && 'unconfirmed'].filter(Boolean).join(', ');
    lines.push(`  ${fact.subject} ${fact.property} ${fact.value}${extra ? ` (${extra})` : ''}`, `    ${fact.sources.join(' ')}`);
  }
  const total = Object.values(view.statementCounts).reduce((a, b) => a + b, 0);
  const counts = Object.entries(view.statementCounts).map(([kind, n]) => `${kind} ${n}`);
  lines.push('', `stated in documents (${total}${counts.length ? `: ${counts.join(', ')}` : ''}; latest ${statements.length})`);
  for (const s of statements)
    lines.push(
      `  ${s.kind} ${s.subject}  ${s.documentId} [${s.start}, ${s.end})  ${s.rule}  "${s.words.length > 80 ? `${s.words.slice(0, 77)}...` : s.words}"`,
    );
  if (view.quotes.length > 0) {
    lines.push('', `quotes (${view.quotes.length})`);
    for (const q of view.quotes)
      lines.push(`  ${q.published ?? ''} ${q.documentId} [${q.start}, ${q.end})  ${q.words.length > 100 ? `${q.words.slice(0, 97)}...` : q.words}`);
  }
  return `${lines.join('\n')}\n`;
}
