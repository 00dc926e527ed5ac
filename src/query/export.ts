import type { ReviewEntry, Statement } from '../model/index.js';
import type { Store, StoredDocument } from '../store/index.js';

// The whole knowledge base as data: documents with their sources, statements, review log.
export type Export = { format: 'accord'; version: 1; documents: StoredDocument[]; statements: Statement[]; reviews: ReviewEntry[] };

const csvColumns = ['document', 'url', 'published', 'lang', 'kind', 'subject', 'value', 'start', 'end', 'words', 'rule', 'confidence', 'statement'] as const;

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
export function toCsv(data: Export): string {
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
export function toJsonLd(data: Export): unknown {
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
