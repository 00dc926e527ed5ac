import { describe, expect, it } from 'vitest';
import { closeHead } from './html-repair.js';

describe('closeHead', () => {
  it.each([
    ['text after the title', '<head><title>T</title>Text here', '<head><title>T</title></head><body>Text here'],
    [
      'a paragraph after meta tags',
      '<html><head><meta charset="utf-8"><link rel="x"><p>Text',
      '<html><head><meta charset="utf-8"><link rel="x"></head><body><p>Text',
    ],
    // as browsers: the words are attributes of the meta tag, up to the next ">"
    [
      'text in a broken meta tag',
      '<head><meta charset="utf-8"rzeichnet. Am Dienstag <p>x',
      '<head><meta charset="utf-8"rzeichnet. Am Dienstag <p></head><body>x',
    ],
    ['a script holding a tag', '<head><script>var p = "<p>";</script><div>Text', '<head><script>var p = "<p>";</script></head><body><div>Text'],
    ['a comment', '<head><!-- <p> --><h1>T', '<head><!-- <p> --></head><body><h1>T'],
    ['a closed head is left alone', '<head><title>T</title></head><p>x', '<head><title>T</title></head><p>x'],
    ['a body is left alone', '<head><title>T</title><body><p>x', '<head><title>T</title><body><p>x'],
    ['no head', '<p>x</p>', '<p>x</p>'],
    ['a head of meta tags only', '<head><meta charset="utf-8">', '<head><meta charset="utf-8">'],
    ['a script never closed', '<head><script>var x = 1; <p>', '<head><script>var x = 1; <p>'],
  ])('%s', (_name, markup, expected) => {
    expect(closeHead(markup)).toBe(expected);
  });
});
