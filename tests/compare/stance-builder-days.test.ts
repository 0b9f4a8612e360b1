/**
 * The by-construction stance benchmark (`src/eval/stance.ts`) changes a figure as a number only when
 * it is no day of a month anywhere it is replaced: not before a month ("30 September"), and not where
 * a figure shared through another word ("10th-floor") is also a day ("Oct. 10"). Changing a day is a
 * change of date.
 */
import { describe, expect, it } from 'vitest';
import { buildSyntheticCases } from '../../src/eval/stance.js';
import type { PairRecord } from '../../src/eval/pairs.js';

const numberCases = (a: string, b: string) =>
  [0, 1, 2, 3, 4, 5, 6, 7].flatMap((seed) => buildSyntheticCases([{ id: 'p', a, b, label: 1 } as PairRecord], seed)).filter((c) => c.change === 'number');

describe('stance builder: days of a month are no numbers', () => {
  it('a day written before its month is not changed as a number', () => {
    const cases = numberCases('The offer is subject to approval by its banks by 30 September 2003, it said.', 'The offer is also subject to approval by its banks by 30 September, the bank said.');
    expect(cases).toHaveLength(0);
  });

  it('a figure that is a day somewhere it is replaced is not changed as a number', () => {
    const cases = numberCases('On Oct. 10, a student jumped from the same 10th-floor ledge, police said.', 'On Oct. 10, a freshman climbed over the same 10th-floor ledge, police said.');
    expect(cases).toHaveLength(0);
  });

  it('a count is still changed, and "Marines" is no month', () => {
    const cases = numberCases('Three warships are off the coast carrying a total of 2,300 Marines.', 'There are three warships with 2,300 Marines off its coast.');
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.detail).toMatch(/^2,300 → /);
  });
});
