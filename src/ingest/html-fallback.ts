import { decodeHTML } from 'entities';
import { cleanLine } from './clean-text.js';

// A page the full reading cannot take: nested thousands of levels deep (the DOM and Readability
// grow superlinear there, and deep recursion overflows the stack), or one a parser throws on
// ("<!--d<body"). It is read the simple way instead: tags dropped, blocks as paragraphs.

const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
export const limits = { depth: 256, elements: 100_000 };

// How deep the page's elements nest and how many there are, read from its tags alone.
export function htmlShape(markup: string): { depth: number; elements: number } {
  let [depth, deepest, elements] = [0, 0, 0];
  for (const match of markup.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const name = (match[2] as string).toLowerCase();
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else {
      elements += 1;
      if (!voids.has(name) && match[3] !== '/') deepest = Math.max(deepest, (depth += 1));
    }
  }
  return { depth: deepest, elements };
}

// Why a page goes to the simple reading, or null when the full reading can take it.
export function tooComplex(markup: string): string | null {
  const { depth, elements } = htmlShape(markup);
  if (depth > limits.depth) return `elements nested ${depth} levels deep (more than ${limits.depth})`;
  if (elements > limits.elements) return `${elements} elements (more than ${limits.elements})`;
  return null;
}

const blocks = new Set(
  'p div section article main header footer h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr td th caption hr br address figure figcaption'.split(
    ' ',
  ),
);

// The page's text in paragraphs: scripts, styles and comments gone, a paragraph per block. A tag
// runs from "<" and a letter (or "/", "!", "?") to the next ">", as browsers read it: in
// `<headcés.</p>` the "</p>" is inside the broken tag, and the text after it is text.
export function simpleParagraphs(markup: string): string[] {
  const text = markup
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<head\b[\s\S]*?(?:<\/head\s*>|(?=<body\b)|$)/gi, ' ')
    .replace(/<(?:\/?([a-zA-Z][^\s/>]*)|[!?/])[^>]*(?:>|$)/g, (_tag, name: string | undefined) => (name && blocks.has(name.toLowerCase()) ? '\n\n' : ' '));
  return decodeHTML(text)
    .split(/\n\s*\n/)
    .map((line) => cleanLine(line))
    .filter((line) => line.length > 0);
}
