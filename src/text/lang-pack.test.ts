import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langCodes, loadLangPacks, packFor } from './lang-pack.js';

const fixture = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'lang-xx');
const xx = readFileSync(join(fixture, 'lang', 'xx.yaml'), 'utf8');

// A copy of the made-up language's data folder, with `files` written over it.
function dataWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'accord-packs-'));
  cpSync(fixture, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('loadLangPacks', () => {
  it('reads every pack in data/lang/: the languages are the files', () => {
    const dir = dataWith({ 'lang/yy.yaml': xx.replace('lang: xx', 'lang: yy'), 'lang/notes.txt': 'not a pack' });
    expect(langCodes(dir)).toEqual(['xx', 'yy']);
    expect(Object.keys(loadLangPacks(dir))).toEqual(['xx', 'yy']);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a pack whose lang is not its file name', { 'lang/yy.yaml': xx }, /yy\.yaml: the pack says lang: xx; the file name says yy/],
    ['a pack without its own name', { 'lang/xx.yaml': xx.replace('name: Zorvik\n', '') }, /xx\.yaml: invalid language pack/],
    ['a pack with a malformed date key', { 'lang/xx.yaml': xx.replace('chrono: null', 'chrono: [fr]') }, /xx\.yaml: invalid language pack/],
  ])('refuses %s', (_what, files, message) => {
    expect(() => loadLangPacks(dataWith(files))).toThrow(message);
  });

  it('merges every pack for a document in no known language', () => {
    const packs = loadLangPacks(dataWith({ 'lang/yy.yaml': xx.replace('lang: xx', 'lang: yy').replace('determiners: [na]', 'determiners: [lo]') }));
    expect(packFor(packs, 'yy').determiners).toEqual(['lo']);
    expect(packFor(packs, 'und')).toMatchObject({ lang: 'und', determiners: ['na', 'lo'], chrono: null, date_patterns: [] });
  });
});
