import type { Document, Statement } from '../model/index.js';
import type { LangPacks } from '../text/index.js';
import { analyse, type Analysis, type View } from './analyse.js';
import { addEditionStatements } from './edition-statements.js';
import type { Place } from './editions.js';
import { placeSeriesMentions } from './event-venues.js';
import { fileStances } from './focus.js';
import type { Lexicon } from './load-gazetteer.js';
import { mergePersons } from './people.js';
import type { WireData } from './wire-credits.js';
import { findQuotes, viewAt } from './quotes.js';
import type { RuleIndex } from './rule-index.js';
import type { Rule } from './rules.js';
import { addSentenceStatements } from './sentence-statements.js';
import { StatementSink } from './statement-sink.js';

// `wires`: the wire agencies and their credit shapes (wire-credits.ts).
export type Extractor = { lexicon: Lexicon; rules: Rule[]; ruleIndex: Map<string, RuleIndex>; packs: LangPacks; wires: WireData };

// Everything one document states, each statement with its span, rule and words.
export function extractStatements(document: Document, extractor: Extractor): Statement[] {
  const analysis = analyse(document, extractor);
  const out = new StatementSink(document);
  const cities = cityMentions(analysis.views, extractor.lexicon);
  addSentenceStatements(document, extractor, analysis, out, new Set(cities.flatMap((c) => (c.city ? [c.city] : []))));
  placeSeriesMentions(out, analysis.views, extractor.lexicon, analysis.pack);
  addEditionStatements(analysis, extractor.lexicon, out, cities);
  for (const person of mergePersons(
    analysis.views.flatMap((view) => view.persons.map((p) => ({ ...p, view }))),
    analysis.resolve,
  )) {
    const [first, last] = [person.view.tokens[person.first], person.view.tokens[person.last]];
    out.add(
      'person',
      person.name,
      { role: person.role, country: person.country, organization: person.organization },
      first?.start ?? 0,
      last?.end ?? 0,
      person.view.sentence.index,
      `${document.lang}.person.${person.evidence}`,
      0.8,
    );
  }
  addQuoteStatements(document, analysis, out);
  return fileStances(document, out.statements, extractor, analysis.views);
}

function cityMentions(views: View[], lexicon: Lexicon): Place[] {
  return views.flatMap((v) =>
    v.mentions.flatMap((m) =>
      m.entries
        .filter((e) => e.kind === 'city')
        .slice(0, 1)
        .map((e) => ({
          city: lexicon.labels.get(`city:${e.id}`)?.name ?? m.text,
          country: lexicon.labels.get(`city:${e.id}`)?.country ?? null,
          start: m.start,
          end: m.end,
          sentence: v.sentence.index,
          words: m.text,
        })),
    ),
  );
}

function addQuoteStatements(document: Document, analysis: Analysis, out: StatementSink): void {
  const { text } = document;
  const named = new Set(out.statements.filter((s) => s.kind === 'person').map((s) => s.subject));
  for (const quote of findQuotes(text, analysis.views, analysis.pack, analysis.resolve)) {
    out.add(
      quote.isFragment ? 'quote_fragment' : 'quote',
      quote.speaker ?? '',
      { text: quote.text, speaker: quote.speaker },
      quote.start,
      quote.end,
      quote.sentence,
      `${document.lang}.quote.${quote.how}`,
      quote.speaker ? 0.85 : 0.5,
    );
    // Whoever speaks in quotes is a person the text names, title or not: "..., Tariq Hussain said."
    const at = quote.speaker && !quote.isFragment && !named.has(quote.speaker) ? text.indexOf(quote.speaker) : -1;
    if (quote.speaker && at !== -1 && quote.speaker.includes(' ')) {
      named.add(quote.speaker);
      const sentence = viewAt(analysis.views, at)?.sentence.index ?? quote.sentence;
      out.add(
        'person',
        quote.speaker,
        { role: null, country: null, organization: null },
        at,
        at + quote.speaker.length,
        sentence,
        `${document.lang}.person.speaker`,
        0.7,
      );
    }
  }
}
