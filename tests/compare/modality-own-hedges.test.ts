/**
 * The modality rule against a sentence that hedges in words of its own the lexicon does not list
 * ("presumably", "almost surely"): two hedges are no difference of certainty; a hedge against a
 * plain statement still is.
 */
import { flaggedCases, silentCases, type Case } from './cases.js';


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
