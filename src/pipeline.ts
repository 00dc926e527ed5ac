import { describeArticle, readInput, isFailure, type Article, type DatelineWords, type InputList, type ReadOptions } from './ingest/index.js';
import { documentId, type Document, type IngestStatus, type Lang } from './model/index.js';
import { creditedWires, extractStatements, mainEventKey, type Extractor } from './extract/index.js';
import type { SaveItem, Store } from './store/index.js';
import { pageWords, detectLanguage, packFor, splitSentences, type LangPack, type LangPacks } from './text/index.js';

// What happened to one input (a file, a page, a line of JSON Lines).
export type Outcome = {
  id: string | null;
  source: string;
  status: IngestStatus;
  lang: Lang | null;
  sentences: number;
  figures: number;
  statements: number;
  error?: string;
  warnings: string[];
  // stored as a sample (an article we wrote), never passed for news
  sample: boolean;
};

export type IngestOptions = { store: Store; packs: LangPacks; extractor: Extractor; maxBytes: number; encoding?: string | null; stdin?: NodeJS.ReadableStream };

// What each input holds, read and cleaned, or the outcome of one that could not be read: what
// `ingest` stores at once, and `ingest --queue` hands to the workers.
export async function* readArticles(
  list: InputList,
  options: Pick<IngestOptions, 'packs' | 'maxBytes' | 'encoding' | 'stdin'>,
  onInputDone: () => void = () => {},
): AsyncGenerator<Article | Outcome> {
  const { inputs, unreadable } = list;
  for (const { label, error } of unreadable) yield failed(label, error);
  const readOptions: ReadOptions = {
    maxBytes: options.maxBytes,
    pageWords: pageWords(options.packs),
    encoding: options.encoding ?? null,
    stdin: options.stdin,
  };
  for (const input of inputs) {
    for await (const item of readInput(input, readOptions)) yield isFailure(item) ? failed(item.source.label, item.error) : item;
    onInputDone();
  }
}

// One article: extracted and stored in one transaction, or found already stored.
export async function storeArticle(article: Article, options: IngestOptions): Promise<Outcome> {
  const prepared = await prepareArticle(article, options);
  return 'item' in prepared ? savePrepared(prepared, options) : prepared.outcome;
}

// A prepared article stored in its own transaction; a failure to store is its outcome.
export async function savePrepared(prepared: Extract<Prepared, { item: unknown }>, options: Pick<IngestOptions, 'store'>): Promise<Outcome> {
  const { document, source, statements, mainEvent } = prepared.item;
  try {
    return { ...prepared.outcome, status: await options.store.saveDocument(document, source, statements, mainEvent) };
  } catch (error) {
    return failed(prepared.outcome.source, `could not store: ${(error as Error).message}`);
  }
}

// An article ready to save (its document, statements and main event, and its outcome once saved),
// or its outcome already: found stored, or failed.
export type Prepared = { item: SaveItem; outcome: Omit<Outcome, 'status'> } | { outcome: Outcome };

export async function prepareArticle(article: Article, options: IngestOptions): Promise<Prepared> {
  try {
    const current = article.source.key === null ? null : await options.store.currentDocument(article.source.key, documentId(article.text));
    if (current) {
      const { id, lang, sentences, figures, statements, sample } = current;
      return { outcome: { id, source: article.source.label, status: 'unchanged', lang, sentences, figures, statements, warnings: [], sample } };
    }
    const { document: read, warnings } = buildDocument(article, options.packs);
    // The wire agencies it credits: copies crediting one agency are clustered together.
    const document = { ...read, wires: creditedWires(read, options.extractor.wires) };
    const statements = extractStatements(document, options.extractor);
    const item = { document, source: article.source, statements, mainEvent: mainEventKey(statements) };
    const counts = { sentences: document.sentences.length, figures: document.figures.length, statements: statements.length };
    return { item, outcome: { id: document.id, source: article.source.label, lang: document.lang, ...counts, warnings, sample: document.sample === true } };
  } catch (error) {
    return { outcome: failed(article.source.label, `could not store: ${(error as Error).message}`) };
  }
}

// Article -> Document: language, sentences, the content-hash id.
export function buildDocument(article: Article, packs: LangPacks): { document: Document; warnings: string[] } {
  const langs = Object.keys(packs);
  const guess = detectLanguage(article.text, article.langHint, langs);
  const warnings = [
    ...(article.warnings ?? []),
    ...(guess.lang === 'und'
      ? [
          `language not recognised as ${langs.join(', ')} (detector says ${guess.detected || 'nothing'}${article.langHint ? `, page says ${article.langHint}` : ''}); stored as und`,
        ]
      : []),
  ];
  const pack = packFor(packs, guess.lang);
  // The dateline's words are the article's language's: "11/2/2025" is 11 February in French.
  const { title, published, warnings: dateWarnings } = describeArticle(article, datelineWords(pack));
  warnings.push(...dateWarnings);
  const document: Document = {
    id: documentId(article.text),
    text: article.text,
    lang: guess.lang,
    format: article.format,
    title,
    byline: article.byline,
    published,
    url: article.url,
    outlet: article.outlet,
    sample: article.sample,
    figures: article.figures,
    sentences: splitSentences(article.text, guess.lang, pack),
  };
  return { document, warnings };
}

// The pack's `dateline:` block, its month names falling back to the pack's `months`; made once
// per pack, so that the patterns built from it are too.
const datelines = new WeakMap<LangPack, DatelineWords>();
function datelineWords(pack: LangPack): DatelineWords {
  const found = datelines.get(pack);
  if (found) return found;
  const d = pack.dateline;
  const words = {
    months: [d.months, pack.months].filter((list) => list.length === 12),
    ordinals: d.ordinals,
    dayWords: d.day_words,
    monthWords: d.month_words,
    yearWords: d.year_words,
    numeric: d.numeric,
  };
  datelines.set(pack, words);
  return words;
}

export function failed(source: string, error: string): Outcome {
  return { id: null, source, status: 'failed', lang: null, sentences: 0, figures: 0, statements: 0, error, warnings: [], sample: false };
}
