/**
 * The by-construction stance benchmark (`src/eval/stance.ts`) builds no negation case from a pair
 * whose sentence negates already ("Neither the mayor nor his aides …"); the unchanged case is kept.
 */
import { describe, expect, it } from 'vitest';
import { buildSyntheticCases } from '../../src/eval/stance.js';
import type { PairRecord } from '../../src/eval/pairs.js';

describe('stance builder: no negation case from a sentence that negates already', () => {
  it('leaves a "neither … nor" pair without a negation case', () => {
    const record = { id: 't1', a: 'Neither the mayor nor his aides attended the meeting on Friday.', b: 'Neither the mayor nor his aides went to the meeting on Friday, officials said.', label: 1 };
    const cases = buildSyntheticCases([record as PairRecord]);
    expect(cases.some((c) => c.change === null)).toBe(true);
    expect(cases.some((c) => c.change === 'negation')).toBe(false);
  });
});
