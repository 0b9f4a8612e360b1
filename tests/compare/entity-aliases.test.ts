/**
 * The entity rule on one name written two ways and on words that are no names: a transliteration, an
 * abbreviated title, an acronym of a long name (`acronymIn`), a full name against its surname moved,
 * a first name against a surname, a country against its capital, demonym (a plural one too) or former
 * name, two words for one people, a town with and without
 * its state, a name in brackets; an adverb, a common word or a number word opening the sentence, a
 * compound adjective ("Ill.-based", `compoundAdjective`), a place named in passing, a person named on
 * one side only. Through the matcher, and on the helpers (`editSimilarity`, `knownWord`). Made-up
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { quietBothWays, silentBothWays, type Case, type TypedCase } from './cases.js';
import { acronymIn, editSimilarity, knownWord } from '../../src/compare/rule.js';
import { compoundAdjective } from '../../src/compare/rules/entity.js';
import { statementClaims } from '../../src/matcher.js';


describe('no name changed: nothing but an omission is reported either way', () => {
  quietBothWays([
    ['an adverb opening the sentence is no name', 'Moreover, Cabrera at 20 years and 63 days is the second-youngest player to debut with the club.', 'Furthermore, Cabrera at 20 years and 63 days is the second-youngest player to debut with the club.'],
    ['a common word before a colon is no name nor speaker', 'Notes: Cabrera, at 20 years, is the second-youngest player to debut with the club.', 'Noteworthy: Cabrera, at 20 years, is the second-youngest player to debut with the club.'],
    ['a number word is no name', 'Twenty-eight people were believed to have been spending the day with the caretaker of the camp.', 'Twenty-eight people were believed to have been spending the holiday with the caretaker of the camp.'],
    ['a transliterated name', 'Zulifquar Ali, a worshiper wounded by shrapnel, said the attackers first targeted the guards.', 'Witness Zulfiqar Ali, who was wounded by shrapnel, said the attackers first targeted the guards.'],
    ['an abbreviated title', 'In the clash with police, Lt. Mothana Ali said about 1,000 demonstrators had gone to the station.', 'In the clash with police, Lieut. Mothana Ali said about 1,000 demonstrators had gone to the station.'],
    ['an acronym keeping a connector', 'BofA said yesterday it had policies in place that prohibit late-day trading in its funds.', 'Bank of America said yesterday it had policies in place that prohibit late-day trading in its funds.'],
    ['a place named in passing in another role', 'British customs officials stopped the man at Heathrow Airport last month as he tried to travel to Damascus.', 'Customs officials stopped the man last month as he tried to travel from London to Damascus.'],
  ] satisfies Case[]);
});

describe('entity: one name written two ways, or a word that is no name, is not flagged either way', () => {
  silentBothWays([
    [
      'a full name against its surname alone, moved',
      "The statement came a day after the bank's chief economist, Harold Finch, repeated the bank's pledge to cut fees for savers.",
      "The statement came a day after Finch, the bank's chief economist, repeated the bank's pledge to cut fees for savers.",
      'entity',
    ],
    [
      'a country against its capital',
      'But the host of the fishing talks, Japan, will not be present, a decision that has annoyed officials there.',
      'Meanwhile, the host of the fishing talks in Tokyo will not send a delegation, a decision that has annoyed officials there.',
      'entity',
    ],
    [
      'a capital against the possessive of its country',
      'The papers were found by our correspondent, Harold Finch, in the trade office in Madrid.',
      "The papers were found by our correspondent in Spain's trade office, the editor said.",
      'entity',
    ],
    [
      'a person named on one side only',
      'The committee approved the budget for the new harbour on Tuesday, said its chairman, Harold Finch.',
      'The committee approved the budget for the new harbour on Tuesday after a long debate.',
      'entity',
    ],
    [
      'an organisation against its acronym, the long name a list of words',
      'Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives searched the warehouse on Friday.',
      'ATF agents searched the warehouse on Friday.',
      'entity',
    ],
    [
      'a university against its acronym written with "at"',
      'The test was run by the University of Nebraska at Omaha and was paid for by the state.',
      'The test, run by UNO, was paid for by the state.',
      'entity',
    ],
    [
      'a person by first name and by surname',
      'Saddam loyalists have been blamed for sabotaging the power grid and attacking soldiers.',
      'Hussein loyalists have been blamed for sabotaging the power grid and attacks on soldiers.',
      'entity',
    ],
    [
      'a capitalised common noun against the state it belongs to',
      'The Legislature returns today for a special session to pass a compromise budget bill.',
      'Florida legislators return today for a special session to pass a compromise budget bill.',
      'entity',
    ],
    [
      'a compound adjective is no name',
      'Halvorsen had scheduled its earnings report to be released after the close of trading.',
      'The Schaumburg, Ill.-based company had scheduled its earnings report to be released after the close of trading.',
      'entity',
    ],
    [
      'a name in brackets is an aside',
      'In July, the bank agreed to acquire Harbor Systems (Nasdaq: HRBS) for about $1.2 billion.',
      'In July, the bank agreed to buy Harbor Systems of Mountain View for about $1.2 billion.',
      'entity',
    ],
    [
      'a demonym adjective against a person',
      'Halvorsen was expected to leave the hospital on Thursday, a spokeswoman said.',
      'The English star was expected to leave the hospital soon, a spokeswoman said.',
      'entity',
    ],
    [
      'a demonym against its country',
      'Under Mexican law, bounty hunting is treated as a form of kidnapping.',
      'Bounty hunting is illegal in Mexico, and the bounty hunter was charged with kidnapping.',
      'entity',
    ],
    [
      'a country by its former name',
      "Myanmar's opposition leader will be kept under house arrest after her release from hospital, her doctor said.",
      'Burma opposition leader will remain under detention at home after her release from hospital, her doctor said.',
      'entity',
    ],
    [
      'a country against its plural demonym',
      'The defendant said the US and its allies had evil plans to take over the region.',
      'The defendant said Americans and their allies had "evil" plans to take over the region.',
      'entity',
    ],
    [
      'two words for one people',
      'The advocacy group said the actor\'s role on the board calls into question his commitment to Latinos.',
      'The advocacy group said the actor\'s role on the board calls into question his commitment to Hispanics.',
      'entity',
    ],
    [
      'a town with its state against the town alone, a qualifier left out',
      'Matthew Olsen, 18, of Oaklyn, N.J., was among those arrested at the rally.',
      'Matthew Olsen, 18, who lives in Oaklyn, was among those arrested at the rally.',
      'entity',
    ],
  ] satisfies TypedCase[]);
});

describe('helpers', () => {
  it.each([
    ['zulifquar', 'zulfiqar', true],
    ['sundwall', 'sundwell', true],
    ['peterson', 'lindqvist', false],
  ] as const)('editSimilarity %s / %s ≥ 0.75 → %s', (a, b, same) => {
    expect(editSimilarity(a, b) >= 0.75).toBe(same);
    expect(editSimilarity(b, a)).toBeCloseTo(editSimilarity(a, b));
  });
  it('knownWord: common words are known, most surnames are not', () => {
    expect(knownWord('Police')).toBe(true);
    expect(knownWord('Notes')).toBe(true);
    expect(knownWord('Peterson')).toBe(false);
    expect(knownWord('Nairobi')).toBe(false);
  });
});

describe('acronymIn', () => {
  const table: Array<[string, string, boolean]> = [
    ['ATF', 'agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives said', true],
    ['EDS', 'Electronic Data Systems Corp. said on Thursday', true],
    ['SEC', 'the Securities and Exchange Commission has asked', true],
    ['AP', 'The Associated Press reported', true],
    ['UCLA', 'the University of California at Los Angeles and Riverside', true],
    ['FBI', 'three U.S. government agencies', false],
    ['NBC', 'Like Viacom, General Electric is seen', false],
    ['AP', 'the Asia Pacific Economic Forum', false],
    ['Smith', 'Sean Michael Ian Thomas Hale', false],
  ];
  for (const [short, sentence, expected] of table) {
    it(`${short} in "${sentence}" → ${expected}`, () => expect(acronymIn(short, sentence)).toBe(expected));
  }
});

describe('compoundAdjective', () => {
  const claim = (s: string) => statementClaims(s, 'x').claims[0]!;
  it('reads the name of "Ill.-based" as part of an adjective', () => {
    const c = claim('The Schaumburg, Ill.-based company had scheduled its earnings report for Tuesday.');
    const m = c.mentions.find((x) => x.raw.startsWith('Ill'))!;
    expect(compoundAdjective(m, c)).toBe(true);
  });
  it('leaves a name standing alone', () => {
    const c = claim('The Schaumburg, Ill.-based company had scheduled its earnings report for Tuesday.');
    const m = c.mentions.find((x) => x.raw === 'Schaumburg')!;
    expect(compoundAdjective(m, c)).toBe(false);
  });
});
