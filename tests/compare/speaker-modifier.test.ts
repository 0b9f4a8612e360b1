/**
 * The speaker rule on a common word the extraction took for the speaker where it only modifies a
 * noun after an article ("announced by an Internet fraud task force"): no speaker's name. Made-up
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';

const speaker = (a: string, b: string) => compareStatements(a, b).discrepancies.filter((d) => d.type === 'speaker').length;

describe('two speakers', () => {
  it('are compared when both are names', () => {
    const [a, b] = ['More than 40 people were arrested in the raids, Smith told reporters.', 'More than 40 people were arrested in the raids, Helen Marsh told reporters.'];
    expect(speaker(a, b)).toBe(1);
    expect(speaker(b, a)).toBe(1);
  });
  it('are not compared when one is a common word modifying a noun', () => {
    const [a, b] = [
      'More than 90 people and $12 million have been seized in raids by the FBI and other agencies to stop online fraud.',
      'More than 90 people have been arrested and $12 million of property seized in an Internet fraud sweep announced Monday by four federal agencies.',
    ];
    expect(speaker(a, b)).toBe(0);
    expect(speaker(b, a)).toBe(0);
  });
});
