/**
 * The polarity rule on what a negation denies: a negated predicate the other side affirms, though
 * the sentence has a negative word elsewhere, after a subject both share with the predicate reworded
 * (`subjectBefore`), or in a relative clause set off by commas; opposite verbs that are no converses.
 * Negations that deny nothing: a word compound ("do-not-call", a "Do Not Call" register), "not
 * until", "Not surprisingly", a contrast, a negation in brackets, a negative-sense word, "neither …
 * nor" and "failure to" as negative words, converse verbs ("gave" / "taking"), a word all but denied
 * ("barely changed" / "stayed"), particles taken for antonyms. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { flaggedBothWays, quietBothWays, silentBothWays, typesOf as types, type Case, type TypedCase } from './cases.js';


describe('polarity: a denied predicate is flagged', () => {
  it('a negation that denies the predicate is still flagged', () => {
    expect(types('Oregon will hold its primary on March 9.', "Oregon won't hold its primary on March 9.")).toContain('polarity');
  });
  flaggedBothWays([
    // A negative word elsewhere in the sentence ("no cash") does not hide it.
    ['a negated predicate beside a negative word elsewhere', 'Handspring shareholders will not get 0.09 shares of the parent company for each share, and no cash.', 'Handspring shareholders will get 0.09 shares of the parent company for each share, and no cash.', 'polarity'],
    // The negation sits after the shared subject; the predicate is reworded.
    ['a negation after the shared subject, the predicate reworded', 'But Transport Secretary Ellen Varga did not rule out a toll on the new bridge last week.', 'Transport Secretary Ellen Varga brushed off this proposal on Wednesday.', 'polarity'],
    ['a negation after the shared subject, the event reworded', 'The Columbia was not destroyed during its descent on Feb. 1, killing all seven astronauts aboard.', 'The Columbia broke apart on re-entry Feb. 1, killing its seven crew members.', 'polarity'],
    [
      'opposite verbs that are no converses',
      'Crude oil for March delivery rose 45 cents to $31.20 a barrel in London.',
      'Crude oil for March delivery fell 45 cents to $31.20 a barrel in London.',
      'polarity',
    ],
    [
      'a negation in a relative clause set off by commas',
      'The two men, who did not use forged passports, were arrested at the airport on Friday.',
      'The two men, who used forged passports, were arrested at the airport on Friday.',
      'polarity',
    ],
  ] satisfies TypedCase[]);
});

describe('no denial: nothing but an omission is reported either way', () => {
  quietBothWays([
    ['particles are no antonyms', 'North American futures pointed to a sub-par start to trading on Tuesday, with investors ready for earnings.', 'North American stock markets got off to a slow start Tuesday, with investors ready for earnings.'],
    ['a contrast is no denial', 'The House would limit the increases to troops serving in Iraq, not to those supporting the effort from bases.', 'The House would limit the increases to those troops in Iraq, but not troops supporting the effort from bases.'],
  ] satisfies Case[]);
});

describe('polarity: a negation that denies nothing the other side affirms is not flagged either way', () => {
  silentBothWays([
    ['the other sentence negates too, elsewhere', 'The inspectors have not found the missing ledgers or any record of the transfers.', 'The missing ledgers have not turned up, nor has any record of the transfers.', 'polarity'],
    ['a negative-sense word after the shared subject', 'The twelve passengers on the ferry were not injured, the operator said on Sunday.', 'The twelve passengers on the ferry escaped unharmed, the operator said on Sunday.', 'polarity'],
    ['a capitalised "Not" names a register', 'Lawmakers gave the agency authority to run the national Do Not Call list, the court said.', 'Lawmakers gave the agency authority to run the national do-not-call list, the court said.', 'polarity'],
    [
      'a negation inside a compound word',
      'At first glance, the rule drawn by the authors of the do-not-call registry would seem to put the line in the right place.',
      'At first glance, the authors of the registry would seem to have put the line in the right place.',
      'polarity',
    ],
    [
      '"not until" names a time, it denies nothing',
      "Oregon's primary isn't until March 9, after 28 other states.",
      "Oregon's primary will be March 9, after 28 states' primaries.",
      'polarity',
    ],
    [
      '"Not surprisingly" opens a sentence, it denies nothing',
      'Norway was found to lead the way in broadband use, with about 21 subscribers for every 100 people.',
      'Not surprisingly, Norway leads the way in broadband use, with about 21 subscribers for every 100 people.',
      'polarity',
    ],
    [
      '"neither … nor" in both sentences, one of them read as affirming',
      'Police said they believe Marsh knew of the boy through one of her former pupils - though neither the boy nor his family knew her.',
      'Police said on Monday they believed Marsh knew of the boy through one of her former pupils, although neither the boy nor his family knew her.',
      'polarity',
    ],
    [
      'a negation against "failure to" before the same word',
      "The first fault is a pressure drop that results from the pump's failure to properly seal a valve fitted at the factory.",
      'First up, the maker said a pressure drop fault occurs because the pump does not properly seal a valve fitted at the factory.',
      'polarity',
    ],
    [
      'converse verbs',
      'The vote came after the Greens swept the council elections, taking the largest share of seats on the council.',
      'The vote followed council elections that gave the Greens the largest share of seats on the council.',
      'polarity',
    ],
    [
      'a word all but denied against its opposite',
      'Bond prices were barely changed but within a few cents of their yearly highs.',
      'Bond prices slipped but stayed within a few cents of their yearly highs.',
      'polarity',
    ],
    [
      'a negation in brackets',
      'Shareholders of the firm will receive 0.25 shares of the parent (and no shares of its software unit) for each share they own.',
      'Shareholders of the firm will get 0.25 shares of the parent for each share they currently own.',
      'polarity',
    ],
  ] satisfies TypedCase[]);
});
