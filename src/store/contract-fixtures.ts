import { documentId, type Document, type Statement } from '../model/index.js';
import type { Store } from './store.js';

// Documents and statements made up for the contract suites (contract*.ts).
export function makeDoc(text: string, extra: Partial<Document> = {}): Document {
  return {
    id: documentId(text),
    text,
    lang: 'fr',
    format: 'text',
    title: null,
    byline: null,
    published: null,
    url: null,
    figures: [{ file: 'a.jpg', caption: 'Légende.', credit: 'MIC', paragraph: 1 }],
    sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length }],
    ...extra,
  };
}

export function makeStatement(document: Document, kind: Statement['kind'], subject: string, start: number, extra: Partial<Statement> = {}): Statement {
  return {
    id: `${document.id}-${kind}-${subject}-${start}`,
    documentId: document.id,
    kind,
    subject,
    value: {},
    start,
    end: start + 4,
    sentence: 0,
    rule: `fr.${kind}.test`,
    lang: 'fr',
    words: document.text.slice(start, start + 4),
    confidence: 0.75,
    ...extra,
  };
}

export type OpenEmpty = () => Promise<Store>;

export function storeRunner(openEmpty: OpenEmpty): (run: (store: Store) => Promise<void>) => Promise<void> {
  return async (run) => {
    const store = await openEmpty();
    try {
      await run(store);
    } finally {
      await store.close();
    }
  };
}
