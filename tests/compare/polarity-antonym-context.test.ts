/**
 * The polarity rule's antonyms read in their context: two opposite words count only when a content
 * word stands next to each in both sentences ("private colleges" / "public colleges"), and not when
 * exactly one of them is negated right before it ("without much competition" / "little or no
 * competition", "non-operative" / "inoperative"). Made-up sentences.
 */
import { flaggedBothWays, silentBothWays } from './cases.js';
import { describe } from 'vitest';

describe('antonyms that speak of one thing are flagged', () => {
  flaggedBothWays([
    ['the same noun after both', 'Fees at private schools in the county averaged $9,000 this year.', 'Fees at public schools in the county averaged $9,000 this year.', 'polarity'],
    ['the same subject before both', 'Crude oil rose 40 cents to $30.10 a barrel in New York trading.', 'Crude oil fell 40 cents to $30.10 a barrel in New York trading.', 'polarity'],
    ['both negated alike', 'The airline said it faced not much competition on the northern routes.', 'The airline said it faced not little competition on the northern routes.', 'polarity'],
  ]);
});

describe('antonyms in unrelated places, or one of them negated, are not flagged', () => {
  silentBothWays([
    ['no shared neighbour', 'The film took $80 million in its debut last year and went on to earn $300 million.', 'The film, rated PG, took $80 million in its first weekend and went on to earn $300 million.', 'polarity'],
    ['rise and fall of different things', 'Traders said the dollar drew support as investors kept buying foreign bonds amid the peso\'s rise against the euro.', 'Traders said the dollar drew support as investors kept buying foreign bonds amid ever-falling domestic interest rates.', 'polarity'],
    ['a negated antonym agrees', 'He said the company has enjoyed many years of selling its chips without much competition.', 'He said the company has enjoyed many years of selling its chips against little or no competition.', 'polarity'],
    ['a negative prefix written apart', 'Most of the state factories were non- operative, the minister said.', 'Most of the state factories were inoperative, the minister said.', 'polarity'],
  ]);
});
