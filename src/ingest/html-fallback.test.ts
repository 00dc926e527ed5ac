import { describe, expect, it } from 'vitest';
import { simpleParagraphs } from './html-fallback.js';

describe('simpleParagraphs', () => {
  it.each([
    ['blocks as paragraphs', '<div>One</div><p>Two <b>bold</b></p>', ['One', 'Two bold']],
    ['scripts, styles and comments gone', '<script>var a = "<p>x</p>";</script><style>p{}</style><!-- note --><p>Text</p>', ['Text']],
    ['a head and its title gone', '<html><head><title>T</title></head><body><p>Text</p>', ['Text']],
    ['a head that never closes ends at the body', '<head><title>T</title><body><p>Text</p>', ['Text']],
    ['a broken tag ends at its own ">"', '<html><headcés.</p>\n<p>Kim Soo-min spoke.</p><p>More.</p>', ['Kim Soo-min spoke.', 'More.']],
    ['a "<" before a space is text', '<p>3 < 5 and 7 > 2</p>', ['3 < 5 and 7 > 2']],
    ['a tag never closed runs to the end', '<p>Text</p><div class="x', ['Text']],
    ['entities decoded', '<p>caf&eacute; &amp; th&#233;</p>', ['café & thé']],
    ['a header is no head', '<header>Top</header><p>Text</p>', ['Top', 'Text']],
  ])('%s', (_name, markup, expected) => {
    expect(simpleParagraphs(markup)).toEqual(expected);
  });
});
