/**
 * Round 6 of the discrepancy rules (issue 6): tables of true and false cases for the changes of this
 * round. Entity: a name put in another's place below the relatedness gate (`relatedBut`), two names
 * split at a comma, a name right after or before the same shared word in stretches of unequal length,
 * acronyms of long names (`acronymIn`), first name against surname, capitalised common words,
 * qualifiers ("Hartford, Conn."), capitals in a sentence that names their country, short names that
 * share letters ("Uganda" / "Rwanda"). Speaker: a named person against a speaker only described, a
 * name after its role, an acronym of the other's speaker. Number: a figure written on the other side.
 * Quote: spellings of one quote. Polarity: negations that deny nothing ("do-not-call", "not until",
 * "Not surprisingly"). Modality: modals in embedded questions and purpose clauses, one reporting verb
 * in two forms, "suspect" as a noun. The sentences are made up for the tests.
 */
import { describe, expect, it } from 'vitest';
import { flaggedBothWays, silentBothWays, typesOf as types, type TypedCase } from './cases.js';
import { acronymIn } from '../../src/compare/rule.js';


/** [why, a, b, the discrepancy type that must be flagged both ways]. */
const flagged: TypedCase[] = [
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
  [
    'a named person against a speaker only described',
    'Doctors say one or both of the climbers may lose toes to frostbite.',
    'Gloria Pruitt said that one or both of the climbers may lose toes to frostbite.',
    'speaker',
  ],
  [
    'a named speaker against a name written after its role',
    '"We cannot afford to lose the grant," said Harold Finch, the county\'s water director.',
    '"We cannot afford to lose the grant," said county water director Dr. Gloria Pruitt.',
    'speaker',
  ],
  [
    'a named speaker against a sentence opening on a person after a title',
    'Gloria Pruitt announced yesterday that a former judge would lead an inquiry into how the province handled the floods.',
    'Manitoba Premier Harold Finch appointed a judge on Tuesday to lead an inquiry into how the province handled the floods.',
    'speaker',
  ],
  [
    'a different figure beside an equal one the role words do not pair',
    'The index ended trading down 1.83 percent at 10,310.04, a four-week low.',
    'The index was down 1.83 percent or 192.25 points at 10,512.40, its lowest close since August.',
    'number',
  ],
];

describe('round 6: a changed detail is flagged', () => {
  // The guards of this round leave a plain negation and a plain hedge flagged.
  it('a negation that denies the predicate is still flagged', () => {
    expect(types('Oregon will hold its primary on March 9.', "Oregon won't hold its primary on March 9.")).toContain('polarity');
  });
  it('a modal hedge outside an embedded clause is still flagged', () => {
    expect(types('A second outbreak will occur later in the winter, he said.', 'A second outbreak might occur later in the winter, he said.')).toContain('modality');
  });
  flaggedBothWays(flagged);
});

/** [why, a, b, the discrepancy type that must not be flagged either way]. */
const silent: TypedCase[] = [
  [
    'an organisation against its acronym, the long name a list of words',
    'Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives searched the warehouse on Friday.',
    'ATF agents searched the warehouse on Friday.',
    'entity',
  ],
  [
    'a speaker against the acronym of the company the other sentence names',
    'Northern Data Systems Corp. said Thursday the regulator had asked the company for documents related to its navy contract.',
    'In a regulatory filing, NDS said the regulator had asked for information related to its navy contract.',
    'speaker',
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
    'a town with its state against the town alone, a qualifier left out',
    'Matthew Olsen, 18, of Oaklyn, N.J., was among those arrested at the rally.',
    'Matthew Olsen, 18, who lives in Oaklyn, was among those arrested at the rally.',
    'entity',
  ],
  [
    'a named person against a described body the person is given a role in',
    'The company said it came to the decision after hearing the views of customers and staff.',
    'The decision came after "listening to our customers and staff," Melissa Hart, a spokeswoman for the company, said.',
    'speaker',
  ],
  [
    'a description naming a channel credits no one',
    'In a statement, Harold Finch said he no longer believes the network meant to use his name.',
    'Harold Finch no longer believes the network meant to use his name, according to a statement read in court.',
    'speaker',
  ],
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
    'a modal in an embedded question',
    'He also said it is too early to know whether a second outbreak might occur later in the winter.',
    'Dr. Halvorsen also said it was still too early to know whether a second outbreak would occur later in the winter.',
    'modality',
  ],
  [
    'a modal in a purpose clause',
    'Jenkins was brought into the courtroom for about two minutes on Monday so a witness could identify him.',
    'Jenkins was in the courtroom for about two minutes yesterday to allow a witness to identify him.',
    'modality',
  ],
  [
    'one reporting verb in two tenses',
    "The company claims it's the largest single server sale by a reseller to date.",
    'The company claimed it is the largest sale of servers by a reseller.',
    'modality',
  ],
  [
    'an allegation on both sides in two words',
    'A local mother arrested on Saturday is accused of drowning her two children in a bathtub.',
    'A 32-year-old mother of two is suspected of drowning her children in a bathtub, police said.',
    'modality',
  ],
  [
    '"suspect" as a noun',
    'Jenkins and fellow suspect Lee Halvorsen, who goes on trial Nov. 10, were arrested at a highway rest stop.',
    'Jenkins, 42, and Lee Halvorsen, who goes on trial separately Nov. 10, were arrested at a highway rest stop.',
    'modality',
  ],
  [
    'a figure the extraction missed is written on the other side',
    'More than 130 people and $17 million have been seized in raids by the police and other agencies.',
    'More than 130 people have been arrested and $17 million seized in raids announced Friday by three agencies.',
    'number',
  ],
  [
    'one quote with "2" and "two", a trailing question mark, an acronym with full stops',
    '"The question is how did 38 visits over 2 years not stop the abuse of these children?" the F.T.C. chairman said.',
    '"The question is, how did 38 visits over two years not stop the abuse of these children," the FTC chairman said.',
    'quote',
  ],
  [
    'one quote with a name transliterated and hyphenated differently',
    'Harold Finch said the group "provided material support to bin Laden and al-Qaeda".',
    'Harold Finch said the group "provided material support to bin Laden and al-Qaida."',
    'quote',
  ],
  [
    'a two-word quotation inside the other outlet\'s whole quote',
    "He said that it would be ''very difficult'' to establish a cause of death.",
    'Even with time, he said, "it\'s going to be very difficult to determine the cause of death."',
    'quote',
  ],
];

describe('round 6: an equal detail written differently is not flagged', () => {
  silentBothWays(silent);
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
