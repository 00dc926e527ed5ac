import { printable } from './printable.js';
import type { Statement } from '../model/index.js';
import type { Carrier, StoredDocument } from '../store/index.js';
import { fail, withStore, type StoreOptions } from './open-store.js';

type ShowFlags = StoreOptions & { json?: boolean };

export async function runShow(id: string, flags: ShowFlags): Promise<void> {
  if (!/^[0-9a-f]{4,}$/i.test(id)) return fail(`${id}: not a document id (expected at least 4 hexadecimal characters; see \`accord docs\`)`);
  await withStore(flags, false, async (store) => {
    const matches = await store.findDocumentIds(id.toLowerCase(), 5);
    if (matches.length === 0) return fail(`${id}: no such document`);
    if (matches.length > 1) return fail(`${id}: ambiguous, matches ${matches.join(', ')}${matches.length === 5 ? ', ...' : ''}`);
    const doc = (await store.getDocument(matches[0] as string)) as StoredDocument;
    const statements = await store.listStatements(doc.id);
    const carriers = (await store.carriers([doc.cluster])).map(({ cluster: _cluster, ...carrier }) => carrier);
    process.stdout.write(flags.json ? `${JSON.stringify({ ...(toJson(doc, statements) as object), carriers }, null, 2)}\n` : toText(doc, statements, carriers));
  });
}

function toJson(doc: StoredDocument, statements: Statement[]): unknown {
  return { ...doc, sentences: doc.sentences.map((s) => ({ ...s, text: doc.text.slice(s.start, s.end) })), statements };
}

// "signed CN  [651, 720)  fr.signed.partie-des-signataires" under the sentence that states it.
function statementLine(s: Statement): string {
  const value = Object.entries(s.value)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k}=${typeof v === 'string' && v.length > 60 ? `${v.slice(0, 57)}...` : v}`)
    .join(' ');
  return `        ${s.kind} ${s.subject || '(no speaker)'}${value ? ` {${value}}` : ''}  [${s.start}, ${s.end})  ${s.rule}`;
}

// The story the document is a copy of (or the original of), and every outlet carrying it.
function clusterLines(doc: StoredDocument, carriers: Omit<Carrier, 'cluster'>[]): string[] {
  const original = carriers[0];
  const alone = carriers.every((c) => c.documentId === doc.id);
  const role = alone ? 'a story of its own' : original?.documentId === doc.id ? 'the original' : `a copy of ${original?.documentId} (${original?.outlet ?? original?.source})`;
  return [
    `cluster    ${doc.cluster}: ${role}`,
    ...(doc.wires ? [`wires      ${doc.wires.join(', ')}`] : []),
    ...carriers.map((c) => `carried by ${c.outlet ?? '-'}: "${c.title ?? '-'}", ${c.published ?? 'undated'}, ${c.url ?? c.source} (document ${c.documentId})`),
  ];
}

function toText(doc: StoredDocument, statements: Statement[], carriers: Omit<Carrier, 'cluster'>[]): string {
  const lines = [
    `id         ${doc.id}`,
    `title      ${doc.title ?? '-'}`,
    ...(doc.sample ? ['sample     yes: an article we wrote for testing, not news'] : []),
    `outlet     ${doc.outlet ?? '-'}`,
    `language   ${doc.lang}`,
    `format     ${doc.format}`,
    `published  ${doc.published ?? '-'}`,
    `byline     ${doc.byline ?? '-'}`,
    `url        ${doc.url ?? '-'}`,
    `origin     ${doc.origin}`,
    ...doc.sources.map((s) => `source     ${s.source} (version ${s.version}, ${s.ingestedAt})${sourceSaid(s)}`),
    ...clusterLines(doc, carriers),
    '',
    `figures (${doc.figures.length})`,
    ...doc.figures.map((f, i) => `  ${i + 1}. ${f.file ?? '(no file)'} | ${f.caption ?? '-'} | credit: ${f.credit ?? '-'}`),
    '',
    `sentences (${doc.sentences.length}) and statements (${statements.length})`,
  ];
  const width = String(doc.sentences.length).length;
  for (const s of doc.sentences) {
    lines.push(`  ${String(s.index + 1).padStart(width)}  [${s.start}, ${s.end})  ${doc.text.slice(s.start, s.end)}`);
    for (const statement of statements.filter((t) => t.sentence === s.index)) lines.push(statementLine(statement));
  }
  // One line per field: what a page or file name holds is escaped, never a control sequence.
  return `${lines.map(printable).join('\n')}\n`;
}

// What a source said of the text, where it said something: a second outlet's own title and date.
function sourceSaid(s: { title: string | null; outlet: string | null; published: string | null; byline: string | null }): string {
  const parts = [s.title ? `"${s.title}"` : null, s.outlet, s.published, s.byline ? `by ${s.byline}` : null].filter((p): p is string => p !== null);
  return parts.length > 0 ? `: ${parts.join(', ')}` : '';
}
