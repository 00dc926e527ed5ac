import type { Statement } from '../../model/index.js';
import { documentTitle, storyOf } from '../../query/index.js';
import { originLabel, type StoredDocument } from '../data.js';
import { exportLinks, type Table } from '../export.js';
import { formatDate, kindLabel } from '../format.js';
import { sampleChip, sampleNotice } from '../samples.js';
import { markup, outLink, type Html } from '../markup.js';
import { highlightText } from '../highlight.js';
import type { PageResult } from '../page.js';
import { WebError } from '../paging.js';
import type { View } from '../view.js';
import { definition } from '../table.js';
import { distinctStatements, statementsTable } from './statements-table.js';

export { distinctStatements, statementsTable, subjectLink, valueText, valueWords } from './statements-table.js';

export const statementColumns = [
  'statement',
  'kind',
  'subject',
  'value',
  'words',
  'lang',
  'document',
  'url',
  'published',
  'start',
  'end',
  'rule',
  'confidence',
  'sample',
] as const;

export function statementRecord(s: Statement, d: { url: string | null; published: string | null; sample?: boolean }): Record<string, string | number | boolean | null> {
  return {
    statement: s.id,
    kind: s.kind,
    subject: s.subject,
    value: JSON.stringify(s.value),
    words: s.words,
    lang: s.lang,
    document: s.documentId,
    url: d.url,
    published: d.published,
    start: s.start,
    end: s.end,
    rule: s.rule,
    confidence: s.confidence,
    sample: d.sample === true,
  };
}

// A stored article: its text in its own language with every statement's span marked and
// anchored (#s-ID), its figures with caption and credit, and the list of its statements.
export async function documentPage(view: View, id: string): Promise<PageResult> {
  const { kb, t } = view;
  const store = kb.store;
  if (!store) throw new WebError(404, `document ${id}: no database is open`);
  const document = await store.getDocument(id);
  if (!document) {
    const ids = id.length >= 4 ? await store.findDocumentIds(id, 2) : [];
    if (ids.length === 1) return { redirect: `/documents/${ids[0]}` };
    throw new WebError(404, ids.length > 1 ? `document ${id}: more than one document starts with this prefix` : `document ${id}: no such document`);
  }
  const statements = await store.listStatements(document.id);
  const table: Table = { name: 'statements', columns: statementColumns, rows: statements.map((s) => statementRecord(s, document)) };
  // One span is marked and listed once, however many rules found the same statement in it.
  const spans = distinctStatements(statements);
  const marks = spans.map(({ statement: s }) => ({
    id: s.id,
    start: s.start,
    end: s.end,
    kind: s.kind,
    title: `${kindLabel(t, s.kind)}${s.subject ? `: ${s.subject}` : ''}`,
  }));
  const title = documentTitle(document);
  const figuresAt = (index: number): Html => markup`${document.figures.filter((f) => f.paragraph === index).map(figure)}`;
  const paragraphs = highlightText(document.text, marks, (p, index) => markup`${figuresAt(index)}${p}`);
  const paragraphCount = document.text.split(/\n\s*\n/).filter((p) => p.trim()).length;
  const trailing = document.figures.filter((f) => f.paragraph >= paragraphCount).map(figure);
  const body = markup`<article class="document">
    <header class="page-head">
      <p class="kicker">${document.sample ? markup`${sampleChip(t)} ` : ''}${t('document')} <span class="code">${document.id}</span></p>
      <h1 lang="${document.lang}">${title}</h1>
      ${document.sample ? sampleNotice(t) : ''} ${meta(view, document, await storyOf(store, document.id, document.cluster))}
    </header>
    <div class="document-layout">
      <div class="article-text" lang="${document.lang}">${paragraphs}${trailing}</div>
      <aside class="document-side" aria-labelledby="kinds-h">
        <h2 id="kinds-h">${t('markedSpans')}</h2>
        <p class="note">${t('markedSpansHelp', { count: spans.length })}</p>
        ${kindCounts(view, spans.map((s) => s.statement))}
      </aside>
    </div>
    <section aria-labelledby="statements-h">
      <h2 id="statements-h">${t('statements')}</h2>
      ${exportLinks(view, table)} ${statementsTable(view, statements)}
    </section>
  </article>`;
  return { title, body, tables: [table] };
}

// How many statements of each kind, each with the colour its marks have in the text.
function kindCounts(view: View, statements: Statement[]): Html {
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  const items = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => markup`<li><mark class="k-${kind}">${kindLabel(view.t, kind)}</mark> <span class="num">${n}</span></li>`);
  return markup`<ul class="kind-counts">
    ${items}
  </ul>`;
}

type Story = Awaited<ReturnType<typeof storyOf>>;

// "Copy of ..." when another outlet carried the story first, "Also carried by ..." for the others.
function storyItems(view: View, d: StoredDocument, story: Story): Html {
  const link = (c: Story['carriers'][number]): Html => markup`<a href="/documents/${c.documentId}">${c.outlet ?? originLabel(c.source)}</a>`;
  const [original] = story.carriers;
  const others = story.carriers.filter((c) => c.documentId !== d.id && c !== original);
  const isCopy = original !== undefined && original.documentId !== d.id;
  return markup`${definition(view.t('copyOf'), isCopy ? link(original) : null)} ${definition(
    view.t('alsoCarriedBy'),
    others.length > 0 ? markup`${others.map((c, i) => markup`${i > 0 ? ', ' : ''}${link(c)}`)}` : null,
  )}`;
}

function meta(view: View, d: StoredDocument, story: Story): Html {
  const { t, locale } = view;
  const item = definition;
  return markup`<dl class="doc-meta">
    ${item(t('outlet'), d.outlet)} ${item(t('published'), d.published ? formatDate(d.published, locale) : null)} ${item(t('byline'), d.byline)}
    ${item(t('articleLanguage'), d.lang)}
    ${item(t('source'), d.url ? outLink(d.url, d.url) : originLabel(d.origin))}
    ${item(
      t('versions'),
      d.sources.length > 1 || d.sources[0]?.version !== 1
        ? markup`${d.sources.map((s) => markup`<span class="code">${originLabel(s.source)} v${s.version}</span> `)}`
        : null,
    )}
    ${storyItems(view, d, story)}
  </dl>`;
}

function figure(f: StoredDocument['figures'][number]): Html {
  return markup`<figure class="doc-figure">
    <div class="figure-file" aria-hidden="true">${f.file ?? '▢'}</div>
    <figcaption>
      ${f.caption ? markup`<span class="caption">${f.caption}</span>` : ''}${f.credit ? markup` <span class="credit">${f.credit}</span>` : ''}
    </figcaption>
  </figure>`;
}

