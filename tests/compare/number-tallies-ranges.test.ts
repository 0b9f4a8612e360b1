/**
 * The number rule on figures the extraction reads loosely: a tally written with a hyphen ("a 215-201
 * vote") is the range of its two figures; a large figure before a noun that names a sum ("a 48
 * million net profit") is a sum of no stated currency, and "3.8-percent" a share; a range against an
 * exact figure outside it is compared where the two stand, the pieces of "$2,900" kept together; a
 * bound both sides write ("40 or above" / "40 or greater") is matched to its twin and allows no other
 * figure; a value of the other side that another figure of this side matches is passed over for one
 * that none does; a sum written in the attribution frame only is compared as well. Each changed
 * figure is flagged, and the same figure written in the same shape stays silent. Made-up sentences.
 */
import { flaggedCases, silentCases, type Case } from './cases.js';

const flagged: Case[] = [
  ['a tally with an end changed', 'The motion to delay the tax cut failed on a narrow 215-201 vote in the chamber.', 'The motion to delay the tax cut failed by a vote of 201 to 330 in the chamber.'],
  ['a sum written without its currency', 'Last year the brewer reported a 48 million net profit on higher sales.', 'Last year the brewer reported a net profit of 19 million euros on higher sales.'],
  ['a range against an exact figure outside it', 'Bus fares in the city will rise to $4,400 from $2,900 next year.', 'City bus riders will see their fares climb by $250 to $3,150 next year.'],
  ['a bound both sides write beside a changed figure', 'The share of adults with an index of 40 or above rose fourfold, from about 1 in 2,500 to one in 600.', 'Adults with an index of 40 or greater rose fourfold, from one in 1,200 to one in 600.'],
  ['a value matched elsewhere passed over for one that is not', 'Sixty-one lawmakers, including 27 Democrats, have signed the petition.', 'Of those who signed the petition, 61 are lawmakers, including 45 Democrats.'],
  ['a share written with a hyphen', 'One senator sent out a letter this week citing a 3.8-percent rise in the stock index since the tax cuts passed in May.', "One senator's letter cited a 6.8 percent rise in the stock index since the tax cuts passed in May."],
  ['a sum in the attribution frame', 'The minister, who unveiled a $40 million rescue fund last month, said the banks would reopen on Thursday.', 'The banks would reopen on Thursday, said the minister, who last month unveiled a rescue fund of $25 million.'],
];

flaggedCases('figures read loosely by the extraction are compared', 'number', flagged);

const silent: Case[] = [
  ['one tally written two ways', 'The motion to delay the tax cut failed on a narrow 215-201 vote in the chamber.', 'The motion to delay the tax cut failed by a vote of 201 to 215 in the chamber.'],
  ['one sum with and without its currency', 'Last year the brewer reported a 48 million net profit on higher sales.', 'Last year the brewer reported a net profit of 48 million euros on higher sales.'],
  ['a range and a figure it holds', 'Bus fares in the city will rise to $3,150 from $2,900 next year.', 'City bus riders will see their fares climb by $250 to $3,150 next year.'],
  ['a bound both sides write beside one figure', 'The share of adults with an index of 40 or above rose fourfold, from about 1 in 2,500 to one in 600.', 'Adults with an index of 40 or greater rose fourfold, from one in 2,500 to one in 600.'],
  ['every value matched', 'Sixty-one lawmakers, including 27 Democrats, have signed the petition.', 'Of those who signed the petition, 61 are lawmakers, including 27 Democrats.'],
  ['one share with and without a hyphen', 'One senator sent out a letter this week citing a 3.8-percent rise in the stock index since the tax cuts passed in May.', "One senator's letter cited a 3.8 percent rise in the stock index since the tax cuts passed in May."],
  ['one sum in the attribution frame', 'The minister, who unveiled a $40 million rescue fund last month, said the banks would reopen on Thursday.', 'The banks would reopen on Thursday, said the minister, who last month unveiled a rescue fund of $40 million.'],
];

silentCases('the same figures in the same shapes stay silent', 'number', silent);
