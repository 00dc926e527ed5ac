import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../src/extract/index.js';
import { buildResolver } from '../src/kb/index.js';
import { loadLangPacks } from '../src/text/index.js';
import { repo } from './run-accord.js';

const dataDir = join(repo, 'data');
const lexicon = loadLexicon(dataDir);
const determiners = Object.values(loadLangPacks(dataDir)).flatMap((pack) => pack.determiners);
const resolver = buildResolver(lexicon.entities.values(), determiners);

describe('one entity per real thing, across languages and spellings (the real gazetteers)', () => {
  it.each<[string, string]>([
    ['Chine', 'country:CN'],
    ['China', 'country:CN'],
    ['Trung Quốc', 'country:CN'],
    ['le Royaume-Uni', 'country:GB'],
    ['United Kingdom', 'country:GB'],
    ['Vương quốc Anh', 'country:GB'],
    ['les États-Unis', 'country:US'],
    ['Hoa Kỳ', 'country:US'],
    ["l'Union européenne", 'country:EU'],
    ['Liên minh châu Âu', 'country:EU'],
    ['AI Action Summit', 'event:ai-action-summit-2025'],
    ["Sommet pour l'action sur l'IA", 'event:ai-action-summit-2025'],
    ['J.D. Vance', 'person:jd-vance'],
    ['JD Vance', 'person:jd-vance'],
    ['Bui Hoang Phuong', 'person:bui-hoang-phuong'],
    ['Bùi Hoàng Phương', 'person:bui-hoang-phuong'],
    ['Trương Quốc Thanh', 'person:zhang-guoqing'],
    ['OpenAI', 'organization:openai'],
    ["Déclaration de Paris sur l'IA", 'declaration:paris-statement'],
    ['Tuyên bố Paris', 'declaration:paris-statement'],
  ])('%s is %s', (name, id) => {
    expect(resolver.resolve(name).map((e) => e.id)).toContain(id);
  });

  it('knows every entity the reference dataset speaks of', () => {
    const folder = join(dataDir, 'reference');
    const facts = readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .flatMap((name) => parse(readFileSync(join(folder, name), 'utf8')) as { subject: string; value: unknown; party?: string }[]);
    const ids = new Set(
      facts
        .flatMap((f) => [f.subject, f.value, f.party])
        .filter((v): v is string => typeof v === 'string' && /^(event|declaration|initiative|organization|person|country):/.test(v)),
    );
    const unknown = [...ids].filter((id) => !resolver.entity(id));
    expect(unknown).toEqual([]);
  });
});
