/**
 * The entity rule on a name put in another's place, flagged both ways round: a lone name opening the
 * sentence (no common word), a person named in a reworded sentence, a speaker replaced by another
 * person, a name moved within the sentence (`movedName`), a place beside the other's demonym, a swap
 * below the relatedness gate (`relatedBut`), two names split at a comma, a name right after the same
 * word in stretches of unequal length, a city of a country both name, a place with its state after a
 * comma, and short names that share letters ("Uganda" / "Rwanda"). Made-up sentences.
 */
import { describe } from 'vitest';
import { flaggedBothWays, type TypedCase } from './cases.js';


describe('entity: a name put in another name\'s place is flagged both ways', () => {
  flaggedBothWays([
    ['a lone surname opening the sentence', 'Peterson, 31, is now charged with murder in the deaths of his wife and their unborn son.', 'Halvorsen, 31, is now charged with murder in the deaths of his wife and their unborn son.', 'entity'],
    ['a lone place opening the sentence', 'Nairobi and other African oil producers are increasingly important in plans to lessen dependence on imports.', 'Winnipeg and other African oil producers are increasingly important in plans to lessen dependence on imports.', 'entity'],
    // The extraction may take the name for a place.
    ['a person named in a reworded sentence', 'Maria Lindqvist, 31, is now charged with murder in the deaths of his wife and their unborn son.', 'Prosecutors have charged Peterson with two counts of murder in the deaths of his wife and son.', 'entity'],
    ['the speaker, a person, replaced by another person', 'Gov. Rick Perry has said he would be reluctant to veto continuation of the lottery commission.', 'Gov. Maria Lindqvist has said he would be reluctant to veto continuation of the lottery commission.', 'entity'],
    // A full name moved from after the role to before it, and replaced.
    [
      'a different person, moved within the sentence',
      "The statement came a day after the bank's chief economist, Harold Finch, repeated the bank's pledge to cut fees for savers.",
      "The statement came a day after Gloria Pruitt, the bank's chief economist, repeated the bank's pledge to cut fees for savers.",
      'entity',
    ],
    // A place replaced while the other sentence keeps the replaced place's demonym.
    [
      'a different place beside the demonym of the first',
      'But the host of the fishing talks, Peru, will not be present, a decision that has annoyed Peruvian officials.',
      'Meanwhile, the main host of the fishing talks, Lyon, will not send a delegation, a decision that has annoyed Peruvian officials.',
      'entity',
    ],
    [
      'a different person where the swap takes the pair below the relatedness gate',
      'Jenkins had no immediate comment on Tuesday.',
      'Gloria Pruitt did not have an immediate response on Tuesday.',
      'entity',
    ],
    [
      'a different person in apposition, the name ending at the comma',
      "The ruling comes a day after the port's chief engineer, Harold Finch, repeated the port's promise to dredge the channel.",
      "The ruling comes a day after Gloria Pruitt, the port's chief engineer, repeated the port's promise to dredge the channel.",
      'entity',
    ],
    [
      'a different place right after the same word, one sentence going on',
      'The bodies are kept in a refrigerated store on Halvorsen Island.',
      'The bodies are kept in a refrigerated store on Lindqvist Island where the unnamed dead are held.',
      'entity',
    ],
    [
      'a city of a country named in both sentences, replaced',
      'Norway had been free of the disease until an outbreak at an Oslo clinic in late April caused cases to climb.',
      'Norway had been free of the disease until an outbreak at a Bergen clinic in late April.',
      'entity',
    ],
    [
      'a different place with its state after a comma',
      'A federal magistrate in Miami ordered the man held without bail.',
      'The man was ordered held without bail by a federal magistrate in Denver, Colo.',
      'entity',
    ],
    [
      'two short country names that share letters',
      'The war began in 1998 when Uganda and Kenya invaded to back rebels fighting the government.',
      'The war began in 1998 when Uganda and Rwanda invaded together to back rebels fighting the government.',
      'entity',
    ],
  ] satisfies TypedCase[]);
});
