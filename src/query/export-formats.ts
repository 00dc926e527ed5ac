import type { CsvValue, ReviewState, Statement } from '../model/index.js';
import type { DocumentSummary } from '../store/index.js';

// How one document and one statement are written in the CSV and the JSON-LD exports.

export const csvColumns = [
  'document',
  'url',
  'published',
  'lang',
  'kind',
  'subject',
  'value',
  'start',
  'end',
  'words',
  'rule',
  'confidence',
  'statement',
  'review',
  // the document as a reader cites it, and whether it is a sample we wrote (never news)
  'title',
  'outlet',
  'sample',
] as const;

// A statement's CSV row: the statement as review left it, its review status, its document's provenance.
export function csvRow(s: Statement, state: ReviewState, d: DocumentSummary): CsvValue[] {
  return [
    ...[s.documentId, d.url, d.published, s.lang, s.kind, s.subject, s.value, s.start, s.end, s.words, s.rule, s.confidence, s.id, state.status],
    ...[d.title, d.outlet, d.sample === true],
  ];
}

// A sample we wrote is no news article: a CreativeWork of genre "sample", and its claims say so.
export function article(d: DocumentSummary): unknown {
  return {
    '@type': d.sample ? 'CreativeWork' : 'NewsArticle',
    '@id': `urn:accord:document:${d.id}`,
    headline: d.title ?? undefined,
    url: d.url ?? undefined,
    datePublished: d.published ?? undefined,
    inLanguage: d.lang,
    author: d.byline ?? undefined,
    publisher: d.outlet ? { '@type': 'Organization', name: d.outlet } : undefined,
    genre: d.sample ? 'sample' : undefined,
  };
}

export function claim(s: Statement, state: ReviewState, sample: boolean): unknown {
  return {
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
      { '@type': 'PropertyValue', name: 'review', value: state.status },
      ...(sample ? [{ '@type': 'PropertyValue', name: 'sample', value: true }] : []),
    ],
  };
}
