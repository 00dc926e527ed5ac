import { reviewed } from '../kb/index.js';
import { byteOrderMark, csvLine, unreviewed, type ReviewState, type Statement } from '../model/index.js';
import type { DocumentSummary, Store } from '../store/index.js';
import { article, claim, csvColumns, csvRow } from './export-formats.js';
import { jsonLines, jsonObject } from './json-stream.js';

// The knowledge base as data, written as it is read: the documents a page at a time through the
// store's paged list, each document's statements after it, so that memory holds one page
// whatever the size of the base. `json` is the Accord export (`accord import` reads it), `jsonl`
// the same records one a line, `csv` one statement a row as review left it, `jsonld` schema.org.
export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'jsonld';
export const exportFormats: readonly ExportFormat[] = ['json', 'jsonl', 'csv', 'jsonld'];

// `kinds`: only statements of these kinds (none: all). `samples: false` leaves out the sample
// articles we wrote. `indent`: JSON laid out for reading. `bom`: CSV starts with a byte-order mark.
export type ExportOptions = { kinds?: readonly string[]; samples?: boolean; indent?: number; bom?: boolean };

// Documents read per page of the store's list, and the longest an export runs before other
// requests get a turn.
const pageSize = 200;
const turnMs = 10;

export function exportChunks(store: Store, format: ExportFormat, options: ExportOptions = {}): AsyncGenerator<string> {
  const source = new Source(store, options);
  if (format === 'csv') return csvChunks(source, options.bom === true);
  if (format === 'jsonld') return jsonLdChunks(source, options.indent ?? 0);
  if (format === 'jsonl') return jsonLines(source.records());
  return jsonObject(
    [
      ['format', 'accord'],
      ['version', 1],
      ['documents', () => source.documents()],
      ['statements', () => source.statements()],
      [
        'reviews',
        async function* () {
          yield* await store.reviewLog();
        },
      ],
      [
        'resolutions',
        async function* () {
          yield* await store.resolutionLog();
        },
      ],
    ],
    options.indent ?? 0,
  );
}

type Stated = { summary: DocumentSummary; statements: Statement[] };

class Source {
  constructor(
    readonly store: Store,
    readonly options: ExportOptions,
  ) {}

  // Every document summary in ingest order, a page at a time. The event loop gets a turn every
  // few milliseconds: a fast reader on a near socket would otherwise keep the export running on
  // promise callbacks alone, and other requests would wait for the whole page.
  async *summaries(): AsyncGenerator<DocumentSummary> {
    let turn = performance.now();
    for (let offset = 0; ; offset += pageSize) {
      const page = await this.store.listDocuments({ samples: this.options.samples !== false, limit: pageSize, offset });
      for (const summary of page) {
        yield summary;
        if (performance.now() - turn < turnMs) continue;
        await new Promise((resolve) => setImmediate(resolve));
        turn = performance.now();
      }
      if (page.length < pageSize) return;
    }
  }

  async *documents(): AsyncGenerator<unknown> {
    for await (const summary of this.summaries()) {
      const document = await this.store.getDocument(summary.id);
      if (document) yield document;
    }
  }

  async *stated(): AsyncGenerator<Stated> {
    const kinds = this.options.kinds ?? [];
    for await (const summary of this.summaries()) {
      const statements = (await this.store.listStatements(summary.id)).filter((s) => kinds.length === 0 || kinds.includes(s.kind));
      yield { summary, statements };
    }
  }

  async *statements(): AsyncGenerator<Statement> {
    for await (const { statements } of this.stated()) yield* statements;
  }

  // JSON Lines: a header, then each document followed by its statements, then the review log and
  // the resolution log.
  async *records(): AsyncGenerator<unknown> {
    yield { format: 'accord', version: 1 };
    for await (const document of this.documents()) {
      yield { document };
      for (const statement of await this.store.listStatements((document as { id: string }).id))
        if (!this.options.kinds?.length || this.options.kinds.includes(statement.kind)) yield { statement };
    }
    for (const review of await this.store.reviewLog()) yield { review };
    for (const resolution of await this.store.resolutionLog()) yield { resolution };
  }

  // Each statement with its current review state, as review left it (rejected ones out). The
  // states come from the review log, read once: it grows with people's decisions, not with the
  // base, and one look-up per statement would cost more than the export itself.
  async *reviewedStatements(): AsyncGenerator<{ summary: DocumentSummary; statement: Statement; state: ReviewState }> {
    const states = new Map((await this.store.reviewLog()).map((entry) => [entry.statementId, entry.after]));
    for await (const { summary, statements } of this.stated()) {
      for (const original of statements) {
        const state = states.get(original.id) ?? unreviewed;
        const statement = reviewed(original, state);
        if (statement) yield { summary, statement, state };
      }
    }
  }
}

// One row per statement as review left it (rejected ones out, corrections applied, the review
// status in its own column), with its provenance: document, url, date, span, words and rule.
async function* csvChunks(source: Source, bom: boolean): AsyncGenerator<string> {
  let buffer = `${bom ? byteOrderMark : ''}${csvLine(csvColumns)}`;
  for await (const { summary: d, statement: s, state } of source.reviewedStatements()) {
    buffer += csvLine(csvRow(s, state, d));
    if (buffer.length >= 64 * 1024) {
      yield buffer;
      buffer = '';
    }
  }
  yield buffer;
}

// schema.org: each document a NewsArticle, each statement a Claim that appears in it, with its
// span, rule and confidence as properties, so the claim can be traced to its words.
function jsonLdChunks(source: Source, indent: number): AsyncGenerator<string> {
  async function* graph(): AsyncGenerator<unknown> {
    for await (const d of source.summaries()) yield article(d);
    for await (const { summary, statement, state } of source.reviewedStatements()) yield claim(statement, state, summary.sample);
  }
  return jsonObject(
    [
      ['@context', 'https://schema.org'],
      ['@graph', graph],
    ],
    indent,
  );
}
