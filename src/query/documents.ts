import { loadExtractor, type Extractor } from '../extract/index.js';
import { leadTitle } from '../ingest/index.js';
import type { Lang, ReviewState, Statement } from '../model/index.js';
import { ingestInputs } from '../pipeline-batch.js';
import type { Carrier, Store, StoredDocument } from '../store/index.js';
import { loadLangPacks, type LangPacks } from '../text/index.js';
import { QueryError, type Kb } from './kb.js';
import { postedInput } from './posted-article.js';

// `carriers`: every outlet carrying the document's story (its cluster), the original first.
export type DocumentView = { document: StoredDocument; statements: Statement[]; states: Record<string, ReviewState>; carriers: Omit<Carrier, 'cluster'>[] };

// One stored document by id or by a unique prefix of 4 characters or more, with its statements
// in text order and the review state of each.
export async function documentView(kb: Kb, idOrPrefix: string): Promise<DocumentView> {
  const store = kb.store;
  if (!store) throw new QueryError('not_found', `${idOrPrefix}: no database yet`);
  if (!/^[0-9a-f]{4,16}$/i.test(idOrPrefix)) throw new QueryError('not_found', `${idOrPrefix}: not a document id (4 to 16 hex digits)`);
  const ids = await store.findDocumentIds(idOrPrefix.toLowerCase(), 2);
  if (ids.length > 1) throw new QueryError('bad_request', `${idOrPrefix}: more than one document starts so; give more of the id`);
  const document = ids[0] ? await store.getDocument(ids[0]) : null;
  if (!document) throw new QueryError('not_found', `${idOrPrefix}: no such document`);
  const statements = await store.listStatements(document.id);
  const states = await store.reviewStates(statements.map((s) => s.id));
  const { carriers } = await storyOf(store, document.id, document.cluster);
  return { document, statements, states: Object.fromEntries(states), carriers };
}

// The story (cluster) a document belongs to and every outlet carrying it, the original first.
export async function storyOf(store: Store, documentId: string, known?: string): Promise<{ cluster: string; carriers: Omit<Carrier, 'cluster'>[] }> {
  const cluster = known ?? (await store.getDocument(documentId))?.cluster ?? documentId;
  return { cluster, carriers: (await store.carriers([cluster])).map(({ cluster: _cluster, ...carrier }) => carrier) };
}

export type AddArticleInput = {
  text?: string;
  html?: string;
  bytes?: Uint8Array;
  filename?: string;
  title?: string;
  url?: string;
  published?: string;
  lang?: string;
};
export type AddArticleResult = { status: 'new' | 'updated' | 'unchanged' | 'copy'; id: string; lang: Lang | null; statements: Statement[]; warnings: string[] };

const extractors = new WeakMap<Kb, { packs: LangPacks; extractor: Extractor }>();

// Reads one article given as text, HTML or an uploaded file through the same pipeline as
// `accord ingest` (decoding, clean-up, language, sentences, extraction, one transaction), and
// returns what it states. Bad input is a bad_request naming the input and the reason.
export async function addArticle(kb: Kb, input: AddArticleInput): Promise<AddArticleResult> {
  const store = kb.store;
  if (!store) throw new QueryError('bad_request', 'no database to add the article to');
  const { list, stdin, label } = postedInput(kb, input);
  let loaded = extractors.get(kb);
  if (!loaded) {
    const packs = loadLangPacks(kb.config.dataDir);
    loaded = { packs, extractor: loadExtractor(kb.config.dataDir, packs) };
    extractors.set(kb, loaded);
  }
  const options = { store, ...loaded, maxBytes: kb.config.maxBytes, stdin };
  for await (const outcome of ingestInputs(list, options)) {
    if (outcome.status === 'failed' || !outcome.id) throw new QueryError('bad_request', `${outcome.source}: ${outcome.error ?? 'could not be read'}`);
    return { status: outcome.status, id: outcome.id, lang: outcome.lang, statements: await store.listStatements(outcome.id), warnings: outcome.warnings };
  }
  throw new QueryError('bad_request', `${label}: empty: no article in it`);
}

// What a page calls a document: its title, else its lead sentence shortened (documents stored
// before titles were read from the lead), else where it was read; never its id.
export function documentTitle(document: { title: string | null; text?: string; origin: string }): string {
  return document.title ?? (document.text ? leadTitle(document.text.split(/\n\s*\n/)[0] ?? '') : null) ?? document.origin.split('/').at(-1) ?? document.origin;
}
