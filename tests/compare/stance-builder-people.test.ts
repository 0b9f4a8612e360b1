/**
 * The by-construction stance benchmark (`src/eval/stance.ts`) changes a person only where the name
 * is a person's: a month or weekday compromise takes for a person ("expected in late August") is a
 * date, and putting a name in its place is no change of person.
 */
import { describe, expect, it } from 'vitest';
import { buildSyntheticCases } from '../../src/eval/stance.js';
import type { PairRecord } from '../../src/eval/pairs.js';

const personCases = (a: string, b: string) =>
  [0, 1, 2, 3, 4, 5, 6, 7].flatMap((seed) => buildSyntheticCases([{ id: 'p', a, b, label: 1 } as PairRecord], seed)).filter((c) => c.change === 'person');

describe('stance builder: months are no people', () => {
  it('a month read as a person is not replaced by a name', () => {
    const a = 'The final report, expected in late August, will stop short of assigning blame for the accident.';
    const b = 'The final report, which is expected in late August, will stop short of assigning blame.';
    for (const c of personCases(a, b)) expect(c.detail).not.toMatch(/^August → /);
  });

  it('a person is still replaced', () => {
    const cases = personCases('James Brolin and Judy Davis star as the couple in the film.', 'James Brolin and Judy Davis play the couple in the CBS film.');
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.detail).toMatch(/^(?:James Brolin|Judy Davis) → /);
  });
});
