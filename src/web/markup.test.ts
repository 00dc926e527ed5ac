import { describe, expect, it } from 'vitest';
import { markup, outLink, safeHref } from './markup.js';

describe('markup', () => {
  it.each([
    ['<script>alert(1)</script>', '<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
    ['<img src=x onerror="x()">', '<p title="&lt;img src=x onerror=&quot;x()&quot;&gt;">&lt;img src=x onerror=&quot;x()&quot;&gt;</p>'],
    ["'quoted' & more", '<p title="&#39;quoted&#39; &amp; more">&#39;quoted&#39; &amp; more</p>'],
  ])('escapes %s in text and attributes', (value, expected) => {
    expect(markup`<p title="${value}">${value}</p>`.value).toBe(expected);
  });

  it('joins lists, drops null, undefined and false, and does not escape twice', () => {
    expect(markup`<ul>${['<a>', markup`<li>${'&'}</li>`, null, undefined, false, 0]}</ul>`.value).toBe('<ul>&lt;a&gt;<li>&amp;</li>0</ul>');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,<script>x</script>', null],
    ['/relative/path', null],
    [null, null],
  ])('%s -> %s', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });

  it('shows a javascript: URL as text, never as a link', () => {
    expect(outLink('javascript:alert(1)').value).toBe('<span class="plain-url">javascript:alert(1)</span>');
  });
});
