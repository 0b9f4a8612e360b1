/**
 * The number rule on which figures are the claim's: a figure the extraction did not read as a
 * quantity is still compared, and one it missed is matched to the other side's; a different figure
 * beside an equal one is flagged; a figure written with fewer decimals is its rounding, and one that
 * is not is flagged; a model number, clock times and one price in two currencies are no changed
 * counts. Made-up sentences.
 */
import { describe } from 'vitest';
import { flaggedBothWays, quietBothWays, silentBothWays, type Case, type TypedCase } from './cases.js';


describe('number: a changed figure is flagged both ways', () => {
  flaggedBothWays([
    // A figure the extraction did not read as a quantity against one it did.
    ['a figure the extraction did not read, in money', 'Mr. Day said he hoped there would be a settlement, which he estimated could approach $30 million.', 'Mr. Day said he hoped there would be a settlement, which he estimated could approach $74 million.', 'number'],
    ['a figure the extraction did not read, a count', 'A total of 17 cases have been confirmed in the southern city of Basra, the organisation said.', 'A total of 30 cases have been confirmed in the southern city of Basra, the organisation said.', 'number'],
    [
      'a different figure beside an equal one the role words do not pair',
      'The index ended trading down 1.83 percent at 10,310.04, a four-week low.',
      'The index was down 1.83 percent or 192.25 points at 10,512.40, its lowest close since August.',
      'number',
    ],
    [
      'a figure that is not the other rounded',
      "Shares of the carrier climbed 3.6 percent or 70 cents to $19.80, adding to the previous day's gain of 6 percent.",
      "Shares of the carrier climbed 5 percent, adding to the previous day's 6 percent rise.",
      'number',
    ],
  ] satisfies TypedCase[]);
});

describe('figures that are no counts: nothing but an omission is reported either way', () => {
  quietBothWays([
    ['a model number is no count', 'A base configuration with a Pentium 4 processor and a 40GB hard drive costs $699 this week.', 'A base configuration with a Pentium processor, 128MB of memory and a 40GB hard drive costs $699 this week.'],
    ['clock times are no counts', 'Early voting will run weekdays from 8 a.m. to 5 p.m. at the county office.', 'Early voting will run weekdays from 7 a.m. to 7 p.m. at the county office.'],
    ['one price in two currencies', 'The note-taking tool is listed at £169.99 while the data gathering application is priced at £179.99.', 'The note-taking tool is listed at $273 while the data gathering application is priced at $289.'],
  ] satisfies Case[]);
});

describe('number: the same figure is not flagged either way', () => {
  silentBothWays([
    [
      'a figure the extraction missed is written on the other side',
      'More than 130 people and $17 million have been seized in raids by the police and other agencies.',
      'More than 130 people have been arrested and $17 million seized in raids announced Friday by three agencies.',
      'number',
    ],
    [
      'a figure written with fewer decimals',
      "Shares of the carrier climbed 3.6 percent or 70 cents to $19.80, adding to the previous day's gain of 5 percent.",
      "Shares of the carrier climbed 4 percent, adding to the previous day's 5 percent rise.",
      'number',
    ],
  ] satisfies TypedCase[]);
});
