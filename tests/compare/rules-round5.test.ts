/**
 * Round 5 of the discrepancy rules (issue 6): tables of true and false cases for the changes that
 * raise place and person recall on the by-construction stance benchmark: a person or place name put
 * in another's place where the reworded sentence moves it (`movedName`), and a place named in one
 * sentence whose demonym alone is written in the other ("Peru" is not written in "Peruvian"). The
 * sentences are made up for the tests.
 */
import { describe, expect, it } from 'vitest';
import { typesOf as types } from './cases.js';


const flagged: Array<[string, string, string]> = [
  // A full name moved from after the role to before it, and replaced.
  [
    'a different person, moved within the sentence',
    "The statement came a day after the bank's chief economist, Harold Finch, repeated the bank's pledge to cut fees for savers.",
    "The statement came a day after Gloria Pruitt, the bank's chief economist, repeated the bank's pledge to cut fees for savers.",
  ],
  // A place replaced while the other sentence keeps the replaced place's demonym.
  [
    'a different place beside the demonym of the first',
    'But the host of the fishing talks, Peru, will not be present, a decision that has annoyed Peruvian officials.',
    'Meanwhile, the main host of the fishing talks, Lyon, will not send a delegation, a decision that has annoyed Peruvian officials.',
  ],
];

describe('round 5: a different person or place is flagged', () => {
  for (const [why, a, b] of flagged) {
    it(why, () => {
      expect(types(a, b)).toContain('entity');
      expect(types(b, a)).toContain('entity');
    });
  }
});

const silent: Array<[string, string, string]> = [
  [
    'a full name against its surname alone, moved',
    "The statement came a day after the bank's chief economist, Harold Finch, repeated the bank's pledge to cut fees for savers.",
    "The statement came a day after Finch, the bank's chief economist, repeated the bank's pledge to cut fees for savers.",
  ],
  [
    'a country against its capital',
    'But the host of the fishing talks, Japan, will not be present, a decision that has annoyed officials there.',
    'Meanwhile, the host of the fishing talks in Tokyo will not send a delegation, a decision that has annoyed officials there.',
  ],
  [
    'a capital against the possessive of its country',
    'The papers were found by our correspondent, Harold Finch, in the trade office in Madrid.',
    "The papers were found by our correspondent in Spain's trade office, the editor said.",
  ],
  [
    'a person named on one side only',
    'The committee approved the budget for the new harbour on Tuesday, said its chairman, Harold Finch.',
    'The committee approved the budget for the new harbour on Tuesday after a long debate.',
  ],
];

describe('round 5: no false flag', () => {
  for (const [why, a, b] of silent) {
    it(why, () => {
      expect(types(a, b)).not.toContain('entity');
      expect(types(b, a)).not.toContain('entity');
    });
  }
});
