/**
 * The modality rule against a sentence that hedges in words of its own the lexicon does not list
 * ("presumably", "almost surely"), or in another form of the other's hedge ("allegedly" / "alleged
 * that"): two hedges, also worded differently or both the same, are no difference of certainty; a
 * hedge against a plain statement still is, also after a subject both share with the predicate
 * reworded (`subjectBefore`), and a hedging adverb the other sentence does not answer. Made-up
 * sentences.
 */
import { describe } from 'vitest';
import { flaggedBothWays, flaggedCases, quietBothWays, silentBothWays, silentCases, type Case, type TypedCase } from './cases.js';


const flagged: Case[] = [
  ['a hedging adverb against a plain statement', 'The birds flew directly towards the coast, apparently because they had lost their sense of direction.', 'The birds flew directly towards the coast because they had lost their sense of direction.'],
  ['a modal against a plain statement', 'The troops could become targets for attack, the ambassador said.', 'The troops will become targets for attack, the ambassador said.'],
  ['a hedge both share beside one only one writes', 'Passage of the farm bill was almost certain, possibly as early as today, aides said.', 'Passage of the farm bill was almost certain today, aides said.'],
];

flaggedCases('a hedge against a plain statement is flagged', 'modality', flagged);

const silent: Case[] = [
  ['a modal and "almost surely"', 'The troops could become targets for attack, the ambassador said.', 'The troops almost surely would become targets for attack, the ambassador said.'],
  ['a modal and "presumably"', 'The talks may resume next week in the capital, officials said.', 'The talks will presumably resume next week in the capital, officials said.'],
];

silentCases('two hedges are no difference of certainty', 'modality', silent);

describe('modality: a hedge against a plain statement is flagged both ways', () => {
  flaggedBothWays([
    // The hedge sits after the shared subject; the predicate is reworded.
    ['a hedge after the shared subject, the predicate reworded', 'But Transport Secretary Ellen Varga reportedly brushed off this proposal on Wednesday.', 'Transport Secretary Ellen Varga last week ruled out a toll on the new bridge.', 'modality'],
    [
      'a hedging adverb the other sentence does not answer',
      'The two men were allegedly trying to recruit exiles living abroad into the plot.',
      'The two men were trying to recruit exiles living abroad into the plot, the informant said.',
      'modality',
    ],
  ] satisfies TypedCase[]);
});

describe('modality: two hedges are not flagged either way', () => {
  silentBothWays([
    ['a hedge on both sides, worded differently', 'The harbour commission apparently rejected the offer from the shipping group on Monday.', 'The harbour commission may have turned down the offer from the shipping group on Monday.', 'modality'],
    [
      'a hedging adverb answered by its own word in another form',
      'The two men were allegedly trying to recruit exiles living abroad into the plot.',
      'The informant alleged that the two men were trying to recruit exiles living abroad into the plot.',
      'modality',
    ],
  ] satisfies TypedCase[]);
});

describe('one hedge on both sides: nothing but an omission is reported either way', () => {
  quietBothWays([
    ['the same hedge on both sides', 'The tendency to feel rejection as pain may have developed in humans as a defence, said Eisenberger.', 'Feeling rejection as pain may have developed in humans as a defence, Eisenberger said.'],
  ] satisfies Case[]);
});
