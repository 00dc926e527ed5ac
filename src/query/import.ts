import { fileStances, mainEventKey, type Lexicon } from '../extract/index.js';
import type { Statement } from '../model/index.js';
import type { SourceVersion, Store, StoredDocument } from '../store/index.js';
import type { LangPacks } from '../text/index.js';
import type { Export } from './export.js';

export type Imported = { documents: number; sources: number; statements: number; reviews: number; resolutions: number };

// Reads an export into a store (SQLite -> PostgreSQL, or a new file), so that every question
// answers the same after the move: each document with its statements, then every version of every
// source in the order they were read (a changed article is `updated` again, a second source of
// the same text a `copy` again, each with what it said of the text), then the review log and the
// resolution log in order, with who, when and why. A resolution `undo` names the decision it
// takes back by number: numbers are given again on the way in, so it is pointed at the new one.
// Stances exported before they named their declaration are filed on the way in.
export async function importExport(store: Store, data: Export, focus: { lexicon: Lexicon; packs: LangPacks }): Promise<Imported> {
  const byDocument = new Map<string, Statement[]>();
  for (const statement of data.statements) {
    const list = byDocument.get(statement.documentId) ?? [];
    byDocument.set(statement.documentId, list);
    list.push(statement);
  }
  const versions: { document: StoredDocument; version: SourceVersion }[] = [];
  for (const document of data.documents) {
    const statements = fileStances(documentOf(document), byDocument.get(document.id) ?? [], focus);
    await store.saveDocument(documentOf(document), { key: null, label: document.origin }, statements, mainEventKey(statements));
    versions.push(...document.sources.map((version) => ({ document, version })));
  }
  versions.sort((a, b) => compare(a.version.ingestedAt, b.version.ingestedAt) || compare(a.version.source, b.version.source) || a.version.version - b.version.version);
  for (const { document, version } of versions) {
    const { title, byline, published, url, outlet } = version;
    await store.saveDocument({ ...documentOf(document), title, byline, published, url, outlet }, { key: version.source, label: document.origin }, []);
  }
  for (const { seq: _seq, before: _before, ...entry } of data.reviews) await store.recordReview(entry);
  const numbers = new Map<number, number>();
  for (const { seq, ...entry } of data.resolutions ?? []) {
    const undoes = entry.undoes === null ? null : (numbers.get(entry.undoes) ?? entry.undoes);
    numbers.set(seq, (await store.recordResolution({ ...entry, undoes })).seq);
  }
  const { documents, statements, reviews, resolutions = [] } = data;
  return { documents: documents.length, sources: versions.length, statements: statements.length, reviews: reviews.length, resolutions: resolutions.length };
}

// The document as the pipeline built it, without what the store added (its first source, when, its sources).
function documentOf(stored: StoredDocument): Omit<StoredDocument, 'origin' | 'createdAt' | 'sources'> {
  const { origin: _origin, createdAt: _createdAt, sources: _sources, ...document } = stored;
  return document;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
