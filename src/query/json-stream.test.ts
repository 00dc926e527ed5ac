import { describe, expect, it } from 'vitest';
import { jsonLines, jsonObject, type JsonField } from './json-stream.js';

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

async function* each<T>(values: T[]): AsyncGenerator<T> {
  yield* values;
}

const big = Array.from({ length: 3000 }, (_, i) => ({ id: i, words: `Kenya signed « ${i} »\n\t"quoted"`, value: { nested: [i, null, { deep: true }] } }));

// Objects as the exports write them: plain fields, then arrays streamed element by element.
const cases: [string, Record<string, unknown>][] = [
  ['no fields', {}],
  ['plain fields only', { format: 'accord', version: 1, note: null }],
  ['an empty streamed array', { format: 'accord', documents: [], reviews: [] }],
  ['nested values, escapes, accents', { '@context': 'https://schema.org', '@graph': [{ a: [1, [2, [3]]], b: {}, c: [] }, 'ligne\nneuve', 'Hà Nội'] }],
  ['more elements than one chunk holds', { format: 'accord', documents: big, statements: big.slice(0, 10) }],
];

describe('jsonObject', () => {
  for (const indent of [0, 2])
    it.each(cases)(`writes what JSON.stringify writes, indent ${indent}: %s`, async (_name, object) => {
      const fields: JsonField[] = Object.entries(object).map(([key, value]) => [key, Array.isArray(value) ? () => each(value) : value]);
      expect(await text(jsonObject(fields, indent))).toBe(JSON.stringify(object, null, indent));
    });
});

describe('jsonLines', () => {
  it('writes one compact value a line', async () => {
    const values = [{ format: 'accord' }, ...big];
    const out = await text(jsonLines(each(values)));
    expect(
      out
        .split('\n')
        .slice(0, -1)
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(values);
    expect(out.endsWith('\n')).toBe(true);
  });
});
