import { eld } from 'eld/small';
import { describe, expect, it } from 'vitest';
import { detector } from './eld-detector.js';

// The detector built from the cached tables must answer exactly as eld's own entry does.
describe('detector', () => {
  it('is built from the cached tables, not by the fallback', () => {
    expect(detector()).not.toBe(eld);
    expect(detector()).toBe(detector());
    expect(detector().info()).toEqual(eld.info());
  });

  it.each([
    'La France et le Royaume-Uni ont signé la déclaration de Bletchley sur la sécurité de l’intelligence artificielle.',
    'The United States and the United Kingdom declined to sign the Paris statement on inclusive AI.',
    'Việt Nam đã tham dự hội nghị thượng đỉnh về trí tuệ nhân tạo tại Seoul vào tháng Năm.',
    'Deutschland hat die Erklärung über künstliche Intelligenz unterzeichnet.',
    '人工智能安全峰会在英国举行。',
    'ok',
    '',
  ])('detects %j as eld does, with the same scores', (text) => {
    const ours = detector().detect(text);
    const theirs = eld.detect(text);
    expect(ours.language).toBe(theirs.language);
    expect(ours.isReliable()).toBe(theirs.isReliable());
    expect(ours.getScores()).toEqual(theirs.getScores());
  });
});
