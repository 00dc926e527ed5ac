import type { Statement } from '../../model/index.js';
import { originLabel, type StoredDocument } from '../data.js';
import { exportLinks, type Table } from '../export.js';
import { formatDate } from '../format.js';
import { markup, outLink, type Html } from '../markup.js';
import { highlightText } from '../highlight.js';
import { entityHref } from '../names.js';
import type { PageResult } from '../page.js';
import { WebError } from '../paging.js';
import type { View } from '../view.js';
import { dataTable, definition } from '../table.js';

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
] as const;

export function statementRecord(s: Statement, d: { url: string | null; published: string | null }): Record<string, string | number | null> {
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
  const marks = statements.map((s) => ({ id: s.id, start: s.start, end: s.end, kind: s.kind, title: `${s.kind}${s.subject ? `: ${s.subject}` : ''}` }));
  const figuresAt = (index: number): Html => markup`${document.figures.filter((f) => f.paragraph === index).map(figure)}`;
  const paragraphs = highlightText(document.text, marks, (p, index) => markup`${figuresAt(index)}${p}`);
  const paragraphCount = document.text.split(/\n\s*\n/).filter((p) => p.trim()).length;
  const trailing = document.figures.filter((f) => f.paragraph >= paragraphCount).map(figure);
  const body = markup`<article class="document">
    <header class="page-head">
      <p class="kicker">${t('document')} <span class="code">${document.id}</span></p>
      <h1 lang="${document.lang}">${document.title ?? document.id}</h1>
      ${meta(view, document)}
    </header>
    <div class="document-layout">
      <div class="article-text" lang="${document.lang}">${paragraphs}${trailing}</div>
      <aside class="document-side" aria-labelledby="kinds-h">
        <h2 id="kinds-h">${t('markedSpans')}</h2>
        <p class="note">${t('markedSpansHelp', { count: statements.length })}</p>
        ${kindCounts(statements)}
      </aside>
    </div>
    <section aria-labelledby="statements-h">
      <h2 id="statements-h">${t('statements')}</h2>
      ${exportLinks(view, table)} ${statementsTable(view, statements)}
    </section>
  </article>`;
  return { title: document.title ?? document.id, body, tables: [table] };
}

// How many statements of each kind, each with the colour its marks have in the text.
function kindCounts(statements: Statement[]): Html {
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  const items = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => markup`<li><mark class="k-${kind}">${kind}</mark> <span class="num">${n}</span></li>`);
  return markup`<ul class="kind-counts">
    ${items}
  </ul>`;
}

function meta(view: View, d: StoredDocument): Html {
  const { t, locale } = view;
  const item = definition;
  return markup`<dl class="doc-meta">
    ${item(t('published'), d.published ? formatDate(d.published, locale) : null)} ${item(t('byline'), d.byline)} ${item(t('articleLanguage'), d.lang)}
    ${item(t('source'), d.url ? outLink(d.url, d.url) : originLabel(d.origin))}
    ${item(
      t('versions'),
      d.sources.length > 1 || d.sources[0]?.version !== 1
        ? markup`${d.sources.map((s) => markup`<span class="code">${originLabel(s.source)} v${s.version}</span> `)}`
        : null,
    )}
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

// "stance: signed · reason: national interest"
export function valueText(value: Statement['value']): string {
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(' · ');
}

export function subjectLink(view: View, subject: string): Html {
  const { kb } = view;
  if (!subject) return markup``;
  const entity = subject.includes(':') ? kb.resolver.entity(subject) : (kb.resolver.resolve(subject)[0] ?? kb.resolver.entity(`country:${subject}`));
  const href = entity ? entityHref(entity.id) : null;
  return href ? markup`<a href="${href}">${subject}</a>` : markup`${subject}`;
}

// A document's statements, each span a link to its highlighted words: on the document's own page
// (`documentHref` empty) or from another page.
export function statementsTable(view: View, statements: Statement[], documentHref = ''): Html {
  const { t } = view;
  const rows = statements.map(
    (s) =>
      markup`<tr>
        <td><a href="${documentHref}#s-${s.id}" class="span-link">[${s.start}, ${s.end})</a></td>
        <td><span class="kind k-${s.kind}">${s.kind}</span></td>
        <td>${subjectLink(view, s.subject)}</td>
        <td class="value">${valueText(s.value)}</td>
        <td class="words" lang="${s.lang}">${s.words}</td>
        <td class="code">${s.rule}</td>
      </tr>`,
  );
  return dataTable('statements', [t('span'), t('kind'), t('subject'), t('value'), t('words'), t('rule')], rows);
}
