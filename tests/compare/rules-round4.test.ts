/**
 * Round 4 of the discrepancy rules (issue 6): tables of true and false cases for the changes that
 * raise recall on the by-construction stance benchmark: a hedge or a negation after a subject both
 * sentences share, in sentences that word the predicate differently (`subjectBefore`); a named
 * speaker against a sentence that opens on another person. The sentences are made up for the tests.
 */
import { describe, expect, it } from 'vitest';
import { typesOf as types } from './cases.js';


const flagged: Array<[string, string, string]> = [
  // modality: the hedge sits after the shared subject; the predicate is reworded.
  ['modality', 'But Transport Secretary Ellen Varga reportedly brushed off this proposal on Wednesday.', 'Transport Secretary Ellen Varga last week ruled out a toll on the new bridge.'],
  // polarity: the negation sits after the shared subject; the predicate is reworded.
  ['polarity', 'But Transport Secretary Ellen Varga did not rule out a toll on the new bridge last week.', 'Transport Secretary Ellen Varga brushed off this proposal on Wednesday.'],
  ['polarity', 'The Columbia was not destroyed during its descent on Feb. 1, killing all seven astronauts aboard.', 'The Columbia broke apart on re-entry Feb. 1, killing its seven crew members.'],
  // speaker: a named speaker against a sentence that opens on another person and names no speaker.
  ['speaker', 'Maria Lindqvist said the union would formally announce its new campaign on Wednesday in Toledo.', 'Okonkwo is to formally announce the union campaign in a speech on Wednesday in Toledo.'],
];

describe('round 4: a real difference is flagged', () => {
  for (const [type, a, b] of flagged) {
    it(`${type}: ${b.slice(0, 60)}`, () => {
      expect(types(a, b)).toContain(type);
      expect(types(b, a)).toContain(type);
    });
  }
});

const silent: Array<[string, string, string, string]> = [
  ['modality', 'a hedge on both sides, worded differently', 'The harbour commission apparently rejected the offer from the shipping group on Monday.', 'The harbour commission may have turned down the offer from the shipping group on Monday.'],
  ['polarity', 'the other sentence negates too, elsewhere', 'The inspectors have not found the missing ledgers or any record of the transfers.', 'The missing ledgers have not turned up, nor has any record of the transfers.'],
  ['polarity', 'a negative-sense word after the shared subject', 'The twelve passengers on the ferry were not injured, the operator said on Sunday.', 'The twelve passengers on the ferry escaped unharmed, the operator said on Sunday.'],
  ['polarity', 'a capitalised "Not" names a register', 'Lawmakers gave the agency authority to run the national Do Not Call list, the court said.', 'Lawmakers gave the agency authority to run the national do-not-call list, the court said.'],
  ['speaker', 'a company and its founder, neither a full name', 'Corvana will fly the jet on routes to Lagos, Accra and Dakar next summer.', 'Hollister said his preference would be to fly the jet on routes to Lagos, Accra and Dakar next summer.'],
  ['speaker', 'the speaker is named in the other sentence too', 'Maria Lindqvist said the union would formally announce its new campaign on Wednesday in Toledo.', 'Lindqvist is to formally announce the union campaign in a speech on Wednesday in Toledo.'],
];

describe('round 4: no false flag', () => {
  for (const [type, why, a, b] of silent) {
    it(`${type}: ${why}`, () => {
      expect(types(a, b)).not.toContain(type);
      expect(types(b, a)).not.toContain(type);
    });
  }
});
