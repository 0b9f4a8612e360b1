/**
 * The by-construction stance benchmark (`src/eval/stance.ts`) changes a place only where a place
 * name is written: a lower-case word compromise reads as a place ("euro zone") is no place to
 * replace, a capitalised place name ("Houston") is.
 */
import { describe, expect, it } from 'vitest';
import { buildSyntheticCases } from '../../src/eval/stance.js';
import type { PairRecord } from '../../src/eval/pairs.js';

describe('stance builder: a place case replaces a place name, never a common noun', () => {
  it('takes no lower-case word compromise reads as a place', () => {
    // compromise reads "euro zone" as a place.
    const zone = { id: 't2', a: 'It was too early to discuss further interest rate cuts for the euro zone.', b: 'It was too soon to discuss more rate cuts in the euro zone, he said.', label: 1 };
    expect(buildSyntheticCases([zone as PairRecord]).some((c) => c.change === 'place')).toBe(false);
    const named = { id: 't3', a: 'The plant in Houston closed on Friday, the company said.', b: 'The company said its Houston plant closed on Friday.', label: 1 };
    const place = buildSyntheticCases([named as PairRecord]).find((c) => c.change === 'place');
    expect(place?.detail).toMatch(/^Houston → /);
  });
});
