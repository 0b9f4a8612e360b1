/**
 * Refutation between a claim and a headline that calls it false: such a pair shares the matter and
 * little else, so the check reads pairs that share two content stems (`sameMatter`), below the
 * relatedness the other detail rules need. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';
import { related, sameMatter } from '../../src/compare/rule.js';
import { statementClaims } from '../../src/matcher.js';

const polarity = (a: string, b: string) => compareStatements(a, b).discrepancies.filter((d) => d.type === 'polarity').length;
const claim = (text: string, id: string) => statementClaims(text, id, null).claims[0]!;

describe('a headline that calls the claim false', () => {
  it.each([
    ['A woman in Florida has grown a third breast', 'Woman who claimed to have three breasts is a hoax'],
    ['A woman in Florida has grown a third breast', 'Three-breasted woman story is fake, report says'],
    ['The zoo in Oslo bought a white tiger for its new park', 'Report of Oslo zoo white tiger purchase debunked'],
  ])('is flagged both ways round: %s / %s', (a, b) => {
    expect(sameMatter(claim(a, 'a'), claim(b, 'b'))).toBe(true);
    expect(polarity(a, b)).toBe(1);
    expect(polarity(b, a)).toBe(1);
  });
  it('reads a pair below the relatedness the other rules need', () => {
    const [a, b] = [claim('A woman in Florida has grown a third breast', 'a'), claim('Woman who claimed to have three breasts is a hoax', 'b')];
    expect(related(a, b)).toBe(false);
    expect(sameMatter(a, b)).toBe(true);
  });
  it.each([
    // Another matter, which the headline calls fake.
    ['A woman in Florida has grown a third breast', 'The photo of a shark on the highway is fake'],
    // Both refute.
    ['The story of a woman with a third breast is a hoax', 'Woman who claimed to have three breasts is a hoax'],
    // The claim itself is negative: the headline agrees with it.
    ['No woman has grown a third breast', 'Woman who claimed to have three breasts is a hoax'],
  ])('is not flagged: %s / %s', (a, b) => {
    expect(polarity(a, b)).toBe(0);
    expect(polarity(b, a)).toBe(0);
  });
});
