import { describe, expect, it } from 'vitest';
import { toCsv } from './export.js';

describe('toCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['@cmd', "'@cmd"],
    ['-x', "'-x"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['+1', "'+1"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', '"\'\rcmd"'],
    ['-5 as text', "'-5 as text"],
    [-5, '-5'],
    [null, ''],
    [true, 'true'],
  ])('%s -> %s', (value, expected) => {
    expect(toCsv({ name: 't', columns: ['v'], rows: [{ v: value }] })).toBe(`v\r\n${expected}\r\n`);
  });

  it('writes the columns in order and an empty cell for a missing value', () => {
    expect(toCsv({ name: 't', columns: ['a', 'b'], rows: [{ b: 2 }, { a: 'x', b: null }] })).toBe('a,b\r\n,2\r\nx,\r\n');
  });

  it.each([
    [{ bom: true }, '\uFEFF'],
    [{ bom: false }, ''],
    [{}, ''],
  ])('with %o starts with %j, then the same CSV', (options, start) => {
    const table = { name: 't', columns: ['name'], rows: [{ name: 'Trung Quốc' }] };
    expect(toCsv(table, options)).toBe(`${start}name\r\nTrung Quốc\r\n`);
    expect(
      Buffer.from(toCsv(table, options), 'utf8')
        .subarray(0, 3)
        .equals(Buffer.from([0xef, 0xbb, 0xbf])),
    ).toBe(start !== '');
  });
});
