import fc from 'fast-check';

// The mutations of the ingest fuzz (test/fuzz-inputs.ts): on the text, tags and characters put
// anywhere, cuts, repeats, nesting; on the bytes once encoded, flips, insertions, truncations.
const tags = [
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<br>',
  '<b>',
  '</i>',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '<style>',
  '<![CDATA[',
  '<table><tr><td>',
  '<figure><img src="a%zz.jpg"><figcaption>Photo: AFP</figcaption></figure>',
  '<a href="javascript:x">',
  '<meta charset="utf-16">',
  '<time datetime="2025-02-31">',
  '<',
  '>',
  '&',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '"',
  "'",
  '<p class="x>',
];
const chars = [
  '\u0000',
  '\u0007',
  '\u001b]0;x\u0007',
  '\r',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udc00',
  '🇫🇷',
  '\u0301',
  '«',
  '”',
  '—',
  '.',
  '\n\n',
  'PARIS, 10/11/2025 — ',
];

type Mutation = (text: string) => string;
// Where in the text or bytes, anywhere alike (fc.double is spread over its bit patterns, so
// nearly all its values are tiny, and fast-check leans to the ends of ranges).
const fraction = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000);
const at = (text: string, where: number): number => Math.floor(where * (text.length + 1));

// A mutation of the text before encoding: insert a tag or a character, cut, repeat, nest.
export const textMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fraction, fc.constantFrom(...tags, ...chars)).map(
    ([where, piece]): Mutation =>
      (t) =>
        t.slice(0, at(t, where)) + piece + t.slice(at(t, where)),
  ),
  fc.tuple(fraction, fraction).map(
    ([a, b]): Mutation =>
      (t) =>
        t.slice(0, at(t, Math.min(a, b))) + t.slice(at(t, Math.max(a, b))),
  ),
  fc.tuple(fraction, fc.integer({ min: 2, max: 40 })).map(
    ([a, n]): Mutation =>
      (t) =>
        t.slice(0, at(t, a)) + t.slice(at(t, a), at(t, a) + 80).repeat(n) + t.slice(at(t, a) + 80),
  ),
  fc.tuple(fraction, fc.integer({ min: 1, max: 400 }), fc.constantFrom('div', 'span', 'b', 'blockquote', 'li')).map(
    ([a, n, tag]): Mutation =>
      (t) =>
        `${t.slice(0, at(t, a))}${`<${tag}>`.repeat(n)}${t.slice(at(t, a))}${`</${tag}>`.repeat(n)}`,
  ),
);

// A mutation of the bytes once encoded: flip, drop or add bytes, or truncate.
type ByteMutation = (bytes: Buffer) => Buffer;
export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.tuple(fraction, fc.integer({ min: 0, max: 255 })).map(
    ([where, value]): ByteMutation =>
      (b) => {
        const copy = Buffer.from(b);
        if (copy.length > 0) copy[Math.min(copy.length - 1, Math.floor(where * copy.length))] = value;
        return copy;
      },
  ),
  fraction.map(
    (where): ByteMutation =>
      (b) =>
        b.subarray(0, Math.floor(where * b.length)),
  ),
  fc.tuple(fraction, fc.uint8Array({ maxLength: 8 })).map(
    ([where, extra]): ByteMutation =>
      (b) =>
        Buffer.concat([b.subarray(0, Math.floor(where * b.length)), extra, b.subarray(Math.floor(where * b.length))]),
  ),
);
