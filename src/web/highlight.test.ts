import { describe, expect, it } from 'vitest';
import { highlightText, type Mark } from './highlight.js';

const mark = (id: string, start: number, end: number): Mark => ({ id, start, end, kind: 'k', title: id });
// The rendered text with each mark as [id:...] and continuation pieces as [~id:...].
const shape = (text: string, marks: Mark[]): string =>
  highlightText(text, marks)
    .value.replace(/<mark class="k-k" data-statement="(\w+)" title="\w+" id="s-\w+">/g, '[$1:')
    .replace(/<mark class="k-k" data-statement="(\w+)" title="\w+">/g, '[~$1:')
    .replace(/<\/mark>/g, ']');

describe('highlightText', () => {
  it.each([
    ['one span', 'Le Canada a signé.', [mark('a', 3, 9)], '<p>Le [a:Canada] a signé.</p>'],
    ['nested spans', 'Le Canada a signé.', [mark('a', 0, 17), mark('b', 3, 9)], '<p>[a:Le [b:Canada] a signé].</p>'],
    ['same span twice', 'abc', [mark('a', 0, 3), mark('b', 0, 3)], '<p>[a:[b:abc]]</p>'],
    ['crossing spans', 'abcdef', [mark('a', 0, 4), mark('b', 2, 6)], '<p>[a:ab[b:cd]][~b:ef]</p>'],
    ['a span across paragraphs', 'ab\n\ncd', [mark('a', 1, 5)], '<p>a[a:b]</p><p>[~a:c]d</p>'],
    ['markup in the text', 'x <b>y</b>', [mark('a', 2, 5)], '<p>x [a:&lt;b&gt;]y&lt;/b&gt;</p>'],
    ['an empty span', 'abc', [mark('a', 1, 1)], '<p>abc</p>'],
  ])('%s', (_name, text, marks, expected) => {
    expect(shape(text, marks)).toBe(expected);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'Việt Nam không ký Tuyên bố Paris.\n\n“Đó là bước tiến”, ông Đặng nói.';
    const marks = [mark('a', 0, 8), mark('b', 5, 20), mark('c', 18, 40), mark('d', 36, 52)];
    const plain = highlightText(text, marks)
      .value.replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<');
    expect(plain).toBe(text.replace('\n\n', ''));
  });
});
