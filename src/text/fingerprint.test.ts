import { describe, expect, it } from 'vitest';
import { containment, decodeSignature, encodeSignature, fingerprint, isNearCopy } from './fingerprint.js';

// A dispatch of our own, and what outlets that carry it do to it.
const dispatch = [
  'GENEVA (Wire) - Delegates from forty-one countries agreed on Thursday to set up a standing panel that will review the safety testing of the largest artificial intelligence models, after two days of talks at the Palais des Nations.',
  'The panel will publish a yearly report on the methods laboratories use to test their systems before release, and it will take evidence from independent researchers as well as from the companies themselves, according to the final text seen by reporters.',
  'Several delegations said the agreement fell short of binding rules. A negotiator from one European country said the text was a first step that kept every government at the table, while campaigners outside the building called it a missed chance to set limits on the riskiest systems.',
  'The panel is expected to meet for the first time in the spring, with a secretariat hosted by an existing United Nations agency. Its members will be chosen by a committee of five governments drawn from each region of the world.',
  'Officials said the cost of the secretariat would be shared by the countries that signed, in proportion to their contributions to the United Nations budget, and that the first report would appear before the end of next year.',
].join('\n\n');

const paragraphs = dispatch.split('\n\n');
const variants: [string, string][] = [
  ['a new title above it', `World agrees on AI testing panel\n\n${dispatch}`],
  ['a rewritten lead', [`Forty-one governments meeting in Geneva have agreed to create a permanent body to oversee how the most powerful AI systems are tested.`, ...paragraphs.slice(1)].join('\n\n')],
  ['a cut tail', paragraphs.slice(0, 3).join('\n\n')],
  ['a line of its own added at the end', `${dispatch}\n\nThis story was updated with reactions from campaigners.`],
];

// The same event, written apart: another outlet's own report.
const ownReport =
  'Talks in Geneva ended on Thursday with a deal on an international panel for AI safety testing. The new body, backed by forty-one states, will issue annual assessments, but it cannot force any laboratory to change its methods. Critics in civil society described the outcome as weak, while diplomats praised the fact that the United States and China both stayed in the room until the final session. A first meeting is planned for next spring.';

describe('near copies of one story', () => {
  const original = fingerprint(dispatch);
  it.each(variants)('finds the copy with %s', (_, copy) => {
    expect(isNearCopy(original, fingerprint(copy))).toBe(true);
  });

  it('tells a report written apart from a copy, though it tells of the same event', () => {
    expect(containment(original, fingerprint(ownReport))).toBeLessThan(0.2);
    expect(isNearCopy(original, fingerprint(ownReport))).toBe(false);
  });

  it('never calls a short text a copy of everything that holds its words', () => {
    expect(isNearCopy(original, fingerprint('Delegates from forty-one countries agreed on Thursday.'))).toBe(false);
  });

  it('keeps a signature in the database and reads it back whole', () => {
    const text = encodeSignature(original);
    expect(decodeSignature(text)).toEqual(original);
    expect(decodeSignature('12:not-base64!')).toBeNull();
  });
});
