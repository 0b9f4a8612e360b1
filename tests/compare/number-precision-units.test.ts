/**
 * The number rule on a figure the other side writes to another precision in another role, and on
 * weights in pounds: "rose to $28" against "rose $1.30 to $28.20" is the same closing price, not a
 * changed one; "pounds" in a passage about weight are a mass, compared with kilograms by conversion,
 * and two figures written in different units are not one figure changed. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { flaggedBothWays, silentBothWays, type TypedCase } from './cases.js';

describe('number: a figure written to another precision on the other side is that figure', () => {
  silentBothWays([
    ['a price rounded, beside a change the other side adds', 'Shares of the drug maker rose to $31 in electronic trading from the $29.40 close on the exchange.', 'The drug maker shares rose $1.65, or 5 percent, to $31.05, after closing at $29.40 on the exchange.', 'number'],
  ] satisfies TypedCase[]);
  flaggedBothWays([
    ['a price that is not the other rounded is still flagged', 'Shares of the drug maker rose to $27 in electronic trading from the $29.40 close on the exchange.', 'The drug maker shares rose $1.65, or 5 percent, to $31.05, after closing at $29.40 on the exchange.', 'number'],
  ] satisfies TypedCase[]);
});

describe('number: pounds of weight against kilograms', () => {
  silentBothWays([
    ['a weight range converted', 'The volunteers weighed an average 200 pounds and needed to lose between 20 and 60 pounds over the trial period.', 'The volunteers weighed an average 91 kilograms and needed to lose between 9 and 27 kilograms over the trial period.', 'number'],
  ] satisfies TypedCase[]);
  flaggedBothWays([
    ['a weight that no conversion joins', 'The volunteers weighed an average of 200 pounds when the trial period began last spring.', 'The volunteers weighed an average of 150 kilograms when the trial period began last spring.', 'number'],
    ['pounds of money are still sterling', 'The court fined the company 500 pounds for each breach of the rules last week.', 'The court fined the company 900 pounds for each breach of the rules last week.', 'number'],
  ] satisfies TypedCase[]);
});

describe('quantities: pounds are a mass where the passage speaks of weight', () => {
  const unitOf = (text: string) => extractQuantities(text, 0, text.length).map((q) => `${q.kind}:${q.unit}`);
  it('after "weighed"', () => expect(unitOf('The boys weighed 136 pounds combined.')).toEqual(['measure:lb']));
  it('beside kilograms', () => expect(unitOf('He lost 30 pounds, about 14 kg, in a year.')).toContain('measure:lb'));
  it('a fine in pounds stays money', () => expect(unitOf('The club was fined 500 pounds.')).toEqual(['money:gbp']));
});
