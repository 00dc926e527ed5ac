import { readFileSync } from 'node:fs';
import type { ReviewEntry, Statement } from '../model/index.js';
import type { Store, StoredDocument } from '../store/index.js';
import { fail, withStore, type StoreOptions } from './open-store.js';

type ExportFlags = StoreOptions & { format?: string; kind?: string[] };
// The whole knowledge base as data: documents with their sources, statements, review log.
export type Export = { format: 'accord'; version: 1; documents: StoredDocument[]; statements: Statement[]; reviews: ReviewEntry[] };

const csvColumns = ['document', 'url', 'published', 'lang', 'kind', 'subject', 'value', 'start', 'end', 'words', 'rule', 'confidence', 'statement'] as const;

export async function runExport(flags: ExportFlags): Promise<void> {
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'csv' && format !== 'jsonld')
    return fail(`--format ${format}: expected json, csv or jsonld (quickstatements is not built yet)`);
  await withStore(flags, false, async (store) => {
    const data = await exportAll(store, flags.kind ?? []);
    const output = format === 'json' ? data : format === 'jsonld' ? toJsonLd(data) : null;
    process.stdout.write(output ? `${JSON.stringify(output, null, 2)}\n` : toCsv(data));
  });
}

// Reads an export into a database: documents with their statements, then the review log in order.
export async function runImport(file: string, flags: StoreOptions): Promise<void> {
  let data: Export;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Export;
  } catch (error) {
    return fail(`${file}: not an Accord export (${(error as Error).message})`);
  }
  if (data.format !== 'accord' || data.version !== 1)
    return fail(`${file}: not an Accord export (format ${String(data.format)}, version ${String(data.version)})`);
  await withStore(flags, true, async (store) => {
    for (const document of data.documents) {
      const { origin, createdAt: _createdAt, sources, ...rest } = document;
      const key = sources[0]?.source ?? null;
      await store.saveDocument(
        rest,
        { key, label: origin },
        data.statements.filter((s) => s.documentId === document.id),
      );
    }
    for (const { seq: _seq, before: _before, ...entry } of data.reviews) await store.recordReview(entry);
    process.stderr.write(`${data.documents.length} document(s), ${data.statements.length} statement(s), ${data.reviews.length} review(s) imported\n`);
  });
}

export async function exportAll(store: Store, kinds: string[]): Promise<Export> {
  const documents: StoredDocument[] = [];
  const statements: Statement[] = [];
  for (const summary of await store.listDocuments()) {
    const document = await store.getDocument(summary.id);
    if (!document) continue;
    documents.push(document);
    statements.push(...(await store.listStatements(summary.id)).filter((s) => kinds.length === 0 || kinds.includes(s.kind)));
  }
  return { format: 'accord', version: 1, documents, statements, reviews: await store.reviewLog() };
}

// One row per statement, with its provenance: document, url, date, span, words and rule.
function toCsv(data: Export): string {
  const byId = new Map(data.documents.map((d) => [d.id, d]));
  const cell = (value: unknown): string => {
    const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = data.statements.map((s) => {
    const d = byId.get(s.documentId);
    return [s.documentId, d?.url, d?.published, s.lang, s.kind, s.subject, s.value, s.start, s.end, s.words, s.rule, s.confidence, s.id].map(cell).join(',');
  });
  return `${[csvColumns.join(','), ...rows].join('\n')}\n`;
}

// schema.org: each document a NewsArticle, each statement a Claim that appears in it, with its
// span, rule and confidence as properties, so the claim can be traced to its words.
function toJsonLd(data: Export): unknown {
  const articles = data.documents.map((d) => ({
    '@type': 'NewsArticle',
    '@id': `urn:accord:document:${d.id}`,
    headline: d.title ?? undefined,
    url: d.url ?? undefined,
    datePublished: d.published ?? undefined,
    inLanguage: d.lang,
    author: d.byline ?? undefined,
  }));
  const claims = data.statements.map((s) => ({
    '@type': 'Claim',
    '@id': `urn:accord:statement:${s.id}`,
    additionalType: s.kind,
    about: s.subject || undefined,
    text: s.words,
    inLanguage: s.lang,
    appearance: { '@id': `urn:accord:document:${s.documentId}` },
    additionalProperty: [
      ...Object.entries(s.value).map(([name, value]) => ({ '@type': 'PropertyValue', name, value })),
      { '@type': 'PropertyValue', name: 'start', value: s.start },
      { '@type': 'PropertyValue', name: 'end', value: s.end },
      { '@type': 'PropertyValue', name: 'rule', value: s.rule },
      { '@type': 'PropertyValue', name: 'confidence', value: s.confidence },
    ],
  }));
  return { '@context': 'https://schema.org', '@graph': [...articles, ...claims] };
}
