import type { SavedSearch } from '../store/index.js';
import { itemsOf, matchingStatements, type AlertItem } from './alerts.js';
import type { Kb } from './kb.js';

// The Atom 1.0 feed of a saved search (RFC 4287): its latest matches, newest first, whatever was
// delivered, since a feed reader keeps its own place by entry id. Links are relative to the
// feed unless ACCORD_PUBLIC_URL is set. `feedPath`: where the feed itself is served.
export async function searchFeed(kb: Kb, search: SavedSearch, feedPath: string, limit = 50): Promise<string> {
  const items = await itemsOf(kb, await matchingStatements(kb, search, 0, limit));
  const base = kb.config.alerts?.publicUrl ?? '';
  const updated = items.reduce((latest, item) => (item.document.storedAt > latest ? item.document.storedAt : latest), search.createdAt);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:accord:search:${search.id}</id>`,
    `  <title>${xml(search.name)} · Accord</title>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>Accord</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${xml(base + feedPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${base}/searches#search-${search.id}`)}"/>`,
    '  <generator>Accord</generator>',
    ...items.map(entry),
    '</feed>',
    '',
  ].join('\n');
}

function entry(item: AlertItem): string {
  const { statement: s, document: d } = item;
  const source = [d.title, d.outlet, d.published].filter(Boolean).join(' · ');
  const lines = [
    `  <entry>`,
    `    <id>urn:accord:statement:${s.id}</id>`,
    `    <title>${xml(titleOf(item))}</title>`,
    `    <updated>${d.storedAt}</updated>`,
    `    <author><name>${xml(d.outlet ?? (s.kind.startsWith('quote') ? s.subject : 'Accord'))}</name></author>`,
    `    <link rel="alternate" type="text/html" href="${xml(item.link)}"/>`,
    d.url ? `    <link rel="related" type="text/html" href="${xml(d.url)}"/>` : null,
    `    <content type="html">${xml(contentOf(item, source))}</content>`,
    `  </entry>`,
  ];
  return lines.filter((line) => line !== null).join('\n');
}

// `Vance: “words”` for a quote; `FR · signed · paris-statement` for a stance (no word of any language).
export function titleOf(item: AlertItem): string {
  const s = item.statement;
  if (s.kind === 'quote' || s.kind === 'quote_fragment') return `${s.subject || '?'}: ${cut(s.words, 120)}`;
  const declaration = typeof s.value.declaration === 'string' ? s.value.declaration : null;
  const count = typeof s.value.count === 'number' ? String(s.value.count) : null;
  return [s.subject, s.kind, count, declaration].filter(Boolean).join(' · ');
}

function contentOf(item: AlertItem, source: string): string {
  const s = item.statement;
  return [
    `<p><strong>${html(titleOf(item))}</strong></p>`,
    `<blockquote lang="${html(s.lang)}">${html(s.words)}</blockquote>`,
    `<p><a href="${html(item.link)}">${html(source || item.document.id)}</a> [${s.start}, ${s.end})</p>`,
  ].join('');
}

function cut(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

// Characters XML 1.0 does not allow (controls, lone surrogates) are dropped before escaping.
function xml(text: string): string {
  return html(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ''));
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
