/**
 * The polarity rule on a litotes ("have not ruled out" keeps a possibility open, which another
 * outlet may state plainly) and on the predicate a negation denies, read within its clause ("That
 * wasn't all: by 2010 …" denies nothing about 2010). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';

const polarity = (a: string, b: string) => compareStatements(a, b).discrepancies.filter((d) => d.type === 'polarity').length;

describe('a negation against an affirmation', () => {
  it.each([
    // A litotes against the same verb affirmed: a change of polarity.
    ['Police have ruled out the possibility that a second man was involved in the fire.', 'Police have not ruled out the possibility that a second man was involved in the fire.'],
    ['The company did not sell its stake in the airline, officials said.', 'The company sold its stake in the airline, officials said.'],
  ])('is flagged both ways round: %s / %s', (a, b) => {
    expect(polarity(a, b)).toBe(1);
    expect(polarity(b, a)).toBe(1);
  });
  it.each([
    // A litotes against its plain wording.
    ['Police continue to hold out the possibility that a second man was involved in the fire.', 'Investigators have not ruled out the possibility that a second man was involved in the fire.'],
    // A negation whose clause ends before the words the other sentence shares.
    ['That was not all: by 2012, Mr. Lee said, he hoped the firm would sell half a million trucks a year in Europe.', 'By 2012, Mr. Lee said, he hoped the firm would sell half a million trucks a year in Europe.'],
  ])('is not flagged: %s / %s', (a, b) => {
    expect(polarity(a, b)).toBe(0);
    expect(polarity(b, a)).toBe(0);
  });
});
