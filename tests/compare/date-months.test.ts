/**
 * The date rule on months: "mid-June" names June; two sides that share one month and each name
 * another ("March through June" / "March through September") differ; a time both sides write alike
 * ("in October") is matched to its twin, and leaves a changed time beside it to be compared ("Since
 * April 14" / "Since August 14"). Each changed date is flagged, and the same dates written in the
 * same shape stay silent. Made-up sentences.
 */
import { flaggedCases, silentCases, type Case } from './cases.js';

const flagged: Case[] = [
  ['a month after "mid-"', 'The chairman said the board will give its decision in mid-May.', 'The chairman said the board is expected to give its decision next September.'],
  ['two months after "mid-"', 'The rally has pushed the broad index up more than 20 percent since mid-July.', 'The rally has pushed the broad index up more than 20 percent since mid-March.'],
  ['a month range with its end changed', 'Ticket sales fell from March through June and are expected to recover by autumn.', 'Ticket sales fell from March through September and are expected to recover by autumn.'],
  ['a changed day beside a month both write', 'Since April 14, when the major indexes were at their lowest levels since hitting lows in October, the index has gained 18 percent.', 'Since August 14, when the major indexes were at their lowest levels since hitting lows in October, the index has climbed about 18 percent.'],
];

flaggedCases('a changed month is flagged', 'date', flagged);

const silent: Case[] = [
  ['"mid-May" and "May"', 'The chairman said the board will give its decision in mid-May.', 'The chairman said the board is expected to give its decision in May.'],
  ['"mid-July" and "late-July"', 'The rally has pushed the broad index up more than 20 percent since mid-July.', 'The rally has pushed the broad index up more than 20 percent since late-July.'],
  ['one month range written two ways', 'Ticket sales fell from March through June and are expected to recover by autumn.', 'Ticket sales fell between March and June and are expected to recover by autumn.'],
  ['a day and a month both write', 'Since April 14, when the major indexes were at their lowest levels since hitting lows in October, the index has gained 18 percent.', 'Since April 14, when the major indexes were at their lowest levels since hitting lows in October, the index has climbed about 18 percent.'],
];

silentCases('the same months stay silent', 'date', silent);
