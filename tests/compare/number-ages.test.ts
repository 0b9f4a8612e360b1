/**
 * The number rule reads a bare figure set off by commas after a name ("Max Smith, 17, was found")
 * as the person's age, compared with an age written "17-year-old", and a figure of the sentence's
 * attribution frame that the other side gives is no changed figure for another of the claim's
 * quantities ("Smith, 31, is charged …" read with "Smith" as a speaker, against "Smith, 31, is …");
 * an age beside two names is no count of the people named.
 */
import { describe } from 'vitest';
import { flaggedBothWays, quietBothWays, silentBothWays, type Case, type TypedCase } from './cases.js';

describe('number: an age by apposition against an age written "-year-old"', () => {
  flaggedBothWays([
    ['a different age, one side by apposition', 'Max Smith, 17, was found on Friday in the water off the island.', 'The remains of 26-year-old Max Smith were found on Friday in the water off the island.', 'number'],
    ['a different age, both sides by apposition', 'Tom Jones, 31, was arrested at the border on Friday with his wife.', 'Tom Jones, 35, was arrested at the border on Friday with his wife.', 'number'],
    ['an age is no count: a count of the same figure does not hide a changed count', 'Tom Jones, 31, was arrested at the border on Friday with 12 bags of cash.', 'Tom Jones was arrested at the border on Friday with 31 bags of cash.', 'number'],
  ] satisfies TypedCase[]);
});

describe('number: the same age, or an age the other side gives in the frame', () => {
  silentBothWays([
    ['the same age written two ways', 'Max Smith, 17, was found on Friday in the water off the island.', 'The remains of 17-year-old Max Smith were found on Friday in the water off the island.', 'number'],
    ['the age both give, beside an age one side adds for someone else', 'Tom Jones, 31, is now charged with murder in the deaths of his 27-year-old wife and their unborn son.', 'Tom Jones, 31, is charged with two counts of murder in the slayings of his wife and their unborn son.', 'number'],
    ['a name set off by commas is no age', 'The company, 3M, was fined on Friday for 40 violations of the rules.', 'The company was fined on Friday for 40 violations of the rules.', 'number'],
  ] satisfies TypedCase[]);
});

describe('an age against a count of people: nothing but an omission is reported either way', () => {
  quietBothWays([
    ['an age is not the count of people', 'Two of the Britons, Sandy Mitchell and William Sampson, face the death penalty.', 'Sandy Mitchell, 44, and William Sampson, a British citizen, face the death penalty.'],
  ] satisfies Case[]);
});
