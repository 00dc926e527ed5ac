import { markup, type Html } from './markup.js';

// A statement's place in the text: `[start, end)` in UTF-16 code units, like every span.
export type Mark = { id: string; start: number; end: number; kind: string; title: string };

type Node = { mark: Mark; start: number; end: number; isFirst: boolean; children: Node[] };

// The article text, paragraph by paragraph, with every statement's span in a <mark>. Spans nest
// (a quote holding a stance); a span that crosses another, or a paragraph break, is cut in
// pieces, and only its first piece carries the id `s-ID` that evidence lists link to.
export function highlightText(text: string, marks: Mark[], paragraphEnd: (html: Html, index: number) => Html = (p) => p): Html {
  const paragraphs = paragraphRanges(text);
  return markup`${paragraphs.map(([start, end], index) => paragraphEnd(markup`<p>${renderRange(text, start, end, clip(marks, start, end))}</p>`, index))}`;
}

export function paragraphRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const breaks = /\n\s*\n/g;
  let start = 0;
  for (const found of text.matchAll(breaks)) {
    ranges.push([start, found.index]);
    start = found.index + found[0].length;
  }
  ranges.push([start, text.length]);
  return ranges.filter(([s, e]) => e > s);
}

function clip(marks: Mark[], start: number, end: number): Node[] {
  return marks
    .filter((m) => m.end > start && m.start < end && m.end > m.start)
    .map((m) => ({ mark: m, start: Math.max(m.start, start), end: Math.min(m.end, end), isFirst: m.start >= start, children: [] }));
}

// Builds the nesting: longer spans first at each start; a piece that runs past its parent is cut
// at the parent's end and the rest goes back in the queue.
function nest(pieces: Node[]): Node[] {
  const queue = [...pieces];
  const order = (a: Node, b: Node): number => a.start - b.start || b.end - a.end || a.mark.id.localeCompare(b.mark.id);
  queue.sort(order);
  const roots: Node[] = [];
  const stack: Node[] = [];
  while (queue.length > 0) {
    const node = queue.shift() as Node;
    while (stack.length > 0 && (stack.at(-1) as Node).end <= node.start) stack.pop();
    const parent = stack.at(-1);
    if (parent && node.end > parent.end) {
      const rest: Node = { mark: node.mark, start: parent.end, end: node.end, isFirst: false, children: [] };
      node.end = parent.end;
      const at = queue.findIndex((other) => order(rest, other) < 0);
      queue.splice(at === -1 ? queue.length : at, 0, rest);
    }
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function renderRange(text: string, start: number, end: number, pieces: Node[]): Html {
  return renderNodes(text, start, end, nest(pieces));
}

function renderNodes(text: string, start: number, end: number, nodes: Node[]): Html {
  const parts: Html[] = [];
  let at = start;
  for (const node of nodes) {
    if (node.start > at) parts.push(markup`${text.slice(at, node.start)}`);
    const inner = renderNodes(text, node.start, node.end, node.children);
    const id = node.isFirst ? `s-${node.mark.id}` : null;
    parts.push(
      markup`<mark class="k-${node.mark.kind}" data-statement="${node.mark.id}" title="${node.mark.title}"${id ? markup` id="${id}"` : ''}>${inner}</mark>`,
    );
    at = node.end;
  }
  if (end > at) parts.push(markup`${text.slice(at, end)}`);
  return markup`${parts}`;
}
