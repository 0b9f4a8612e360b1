/**
 * The modality rule against a sentence that hedges in words of its own the lexicon does not list
 * ("presumably", "almost surely"): two hedges are no difference of certainty; a hedge against a
 * plain statement still is.
 */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';

const published = '2025-04-25T10:00:00+02:00';
const types = (a: string, b: string) => [...new Set(compareStatements(a, b, { published }).discrepancies.map((d) => d.type))].sort();

const flagged: Array<[string, string, string]> = [
  ['a hedging adverb against a plain statement', 'The birds flew directly towards the coast, apparently because they had lost their sense of direction.', 'The birds flew directly towards the coast because they had lost their sense of direction.'],
  ['a modal against a plain statement', 'The troops could become targets for attack, the ambassador said.', 'The troops will become targets for attack, the ambassador said.'],
  ['a hedge both share beside one only one writes', 'Passage of the farm bill was almost certain, possibly as early as today, aides said.', 'Passage of the farm bill was almost certain today, aides said.'],
];

describe('a hedge against a plain statement is flagged', () => {
  for (const [what, a, b] of flagged) {
    it(what, () => {
      expect(types(a, b)).toContain('modality');
    });
  }
});

const silent: Array<[string, string, string]> = [
  ['a modal and "almost surely"', 'The troops could become targets for attack, the ambassador said.', 'The troops almost surely would become targets for attack, the ambassador said.'],
  ['a modal and "presumably"', 'The talks may resume next week in the capital, officials said.', 'The talks will presumably resume next week in the capital, officials said.'],
];

describe('two hedges are no difference of certainty', () => {
  for (const [what, a, b] of silent) {
    it(what, () => {
      expect(types(a, b)).not.toContain('modality');
    });
  }
});
