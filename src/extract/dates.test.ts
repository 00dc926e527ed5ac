import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Lang } from '../model/index.js';
import { loadLangPacks, packFor } from '../text/index.js';
import { findDates } from './dates.js';

const packs = loadLangPacks(join(import.meta.dirname, '..', '..', 'data'));

const reference = new Date('2025-02-12T12:00:00Z');

describe('findDates', () => {
  it.each<[Lang, string, [string, string | null][]]>([
    ['fr', 'Du 10 au 13 février 2025, le vice-ministre a dirigé la délégation.', [['2025-02-10', '2025-02-13']]],
    ['fr', 'Le sommet de Séoul, les 21 et 22 mai 2024, a suivi Bletchley.', [['2024-05-21', '2024-05-22']]],
    ['fr', 'Il a parlé le 11 février devant la presse.', [['2025-02-11', null]]],
    ['en', 'The summit was held on February 10-11, 2025 in Paris.', [['2025-02-10', '2025-02-11']]],
    ['en', 'Leaders met from 1 to 2 November 2023 at Bletchley Park.', [['2023-11-01', '2023-11-02']]],
    ['vi', 'Hội nghị diễn ra ngày 10-11/2/2025 tại Paris.', [['2025-02-10', '2025-02-11']]],
    ['vi', 'Đoàn công tác từ ngày 10 đến 13 tháng 2 năm 2025.', [['2025-02-10', '2025-02-13']]],
    ['vi', 'Bên lề hội nghị, ngày 12/2, ông Phương đã tham dự diễn đàn.', [['2025-02-12', null]]],
    ['vi', 'Năm 2025 là năm quan trọng.', []],
    ['fr', 'Et maintenant, aujourd’hui, le sommet.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(findDates(text, packFor(packs, lang), reference).map((d) => [d.start, d.end])).toEqual(expected);
  });
});
