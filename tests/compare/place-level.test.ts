/**
 * The entity rule on places put in the place of others where the two sentences are reworded: the
 * one place of each side when both are of one level (`placeLevel`: a city for a city), a name of
 * several words tagged a place only whole ("Hong Kong"), a place after "the state of"; and what
 * stays silent: a place against one of another level, often a larger one that holds it
 * ("Manhattan" / "New York", a city against a country), and a currency's letters before its sign
 * ("US$70 million"). Made-up sentences.
 */
import { describe } from 'vitest';
import { flaggedBothWays, silentBothWays, type TypedCase } from './cases.js';

describe('entity: a place put in the place of another in a reworded sentence is flagged both ways', () => {
  flaggedBothWays([
    [
      'one city for another, each the one place of its sentence, wherever they stand',
      'Montgomery was one of the first towns to pass such a law, but many cities, including Osaka, now ban smoking in bars.',
      'While Montgomery was one of the first to pass such a law, it is now common: even New York City bans smoking in bars.',
      'entity',
    ],
    [
      'a name of two words tagged a place only whole, in a list with a name both write',
      'Taiwan ranked third in the world behind China and Hong Kong for deaths and cases.',
      'Taiwan ranked third on the global list for deaths and cases, behind China and Nairobi.',
      'entity',
    ],
    [
      'a place after "the state of" against a place before the noun',
      'The farmer, 30, was charged with murder in five slayings last year, and is also suspected of a 1997 Valparaiso killing.',
      'The farmer, 30, was charged with murder in five slayings last year, and also is suspected of a 1997 killing in the state of Georgia.',
      'entity',
    ],
  ] satisfies TypedCase[]);
});

describe('entity: places of two levels, or letters of a currency, are not flagged', () => {
  silentBothWays([
    [
      'a city district against the state that holds its city',
      'The rent of a small flat in Manhattan doubled over the decade, the housing report found.',
      'The housing report found that New York rents for a small flat doubled over the decade.',
      'entity',
    ],
    [
      'a city against a country',
      'The soldier, who came home to Portland last week, served two tours with the unit, his mother said.',
      'His mother said the soldier served two tours in Afghanistan with the unit before coming home last week.',
      'entity',
    ],
    [
      "a currency's letters before its sign against a country",
      'The governor said one plan is to launch a US$70 million program in the next two weeks to clean up neighborhoods.',
      'The governor said he would launch a $70-million program in the next two weeks to clean up neighborhoods across Iraq.',
      'entity',
    ],
  ] satisfies TypedCase[]);
});
