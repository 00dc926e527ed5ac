import type { Kb, signatoriesOf } from '../query/index.js';

// Types of what the query layer returns, named for pages (web reaches the store only through Kb).
export type Signatories = Awaited<ReturnType<typeof signatoriesOf>>;
export type Party = Signatories['parties'][number];
export type Evidence = Party['evidence'][number];
export type ReportedCount = Signatories['counts'][number];
type Store = NonNullable<Kb['store']>;
export type QuoteRow = Awaited<ReturnType<Store['searchQuotes']>>[number];
export type StoredDocument = NonNullable<Awaited<ReturnType<Store['getDocument']>>>;
export type DocumentSummary = Awaited<ReturnType<Store['listDocuments']>>[number];

// "7c6d275b916dfe42 [120, 180)" -> the document and span an article's evidence points at.
export function parseArticleSource(source: string): { documentId: string; start: number; end: number } | null {
  const match = /^(\S+) \[(\d+), (\d+)\)$/.exec(source);
  return match ? { documentId: match[1] as string, start: Number(match[2]), end: Number(match[3]) } : null;
}

export type DocumentMeta = { url: string | null; published: string | null; title: string | null; lang: string | null; outlet: string | null; sample: boolean };

// A document's URL, date and title, looked up once per document per request.
export function documentMeta(kb: Kb): (documentId: string) => Promise<DocumentMeta> {
  const seen = new Map<string, Promise<DocumentMeta>>();
  return (documentId) => {
    const found = seen.get(documentId);
    if (found) return found;
    const meta = (kb.store?.getDocument(documentId) ?? Promise.resolve(null)).then((d) => ({
      url: d?.url ?? null,
      published: d?.published ?? null,
      title: d?.title ?? null,
      lang: d?.lang ?? null,
      outlet: d?.outlet ?? null,
      sample: d?.sample === true,
    }));
    seen.set(documentId, meta);
    return meta;
  };
}

// Where a document was read, as pages show it: a URL or `file.jsonl:3` as stored, but a file
// read from the server's disk by its name only, so the server's folders stay private.
export function originLabel(origin: string): string {
  return origin.startsWith('/') ? (origin.split('/').at(-1) ?? origin) : origin;
}
