import { describe, expect, it } from 'vitest';
import { documentId } from './ids.js';

describe('documentId', () => {
  it.each([
    ['Le sommet de Paris.', 'Le sommet de Paris.', true],
    ['Le sommet de Paris.', 'Le sommet de Paris !', false],
  ])('%s vs %s equal=%s', (a, b, same) => {
    expect(documentId(a) === documentId(b)).toBe(same);
    expect(documentId(a)).toMatch(/^[0-9a-f]{16}$/);
  });
});
