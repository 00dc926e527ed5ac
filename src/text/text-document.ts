import { documentId, type Document, type Lang } from '../model/index.js';
import type { LangPack } from './lang-pack.js';
import { splitSentences } from './sentences.js';

// A Document made from a string in a known language, with its id and sentences: for rule
// examples, tests and benchmarks that start from text rather than from a file.
export function textDocument(text: string, lang: Lang, pack: LangPack): Document {
  return {
    id: documentId(text),
    text,
    lang,
    format: 'text',
    title: null,
    byline: null,
    published: null,
    url: null,
    figures: [],
    sentences: splitSentences(text, lang, pack),
  };
}
