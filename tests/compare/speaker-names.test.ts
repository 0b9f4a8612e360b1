/**
 * The speaker rule on who is credited: the speaker's whole name, though the extraction reads only
 * its last word (a sentence opener is no part of it); a named speaker against a sentence opening on
 * another person, against a speaker only described, against a name written after its role; and no
 * other speaker for a country speaking for its government, a company and its founder, an acronym of
 * the company the other sentence names, a described body the person has a role in, a description that
 * names a channel, or two surnames a slip apart (`sameName`). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { flaggedBothWays, silentBothWays, typesOf as types, type TypedCase } from './cases.js';
import { sameName } from '../../src/compare/rule.js';


describe('speaker: another speaker is flagged both ways', () => {
  flaggedBothWays([
    // The whole name, though the extraction reads only its last word; a sentence opener is not part of the name.
    ['a speaker after a sentence opener', 'But Advani said Pakistan should prove its sincerity by handing over the suspects wanted by New Delhi.', 'But Okafor said Pakistan should prove its sincerity by handing over the suspects wanted by New Delhi.', 'speaker'],
    ['a speaker named in apposition after a role', 'The truck carried the equivalent of 1.6 tons of explosives, an emergency ministry official, Ruslan Khadzhiyev, said.', 'The truck carried the equivalent of 1.6 tons of explosives, an emergency ministry official, Helen Marsh, said.', 'speaker'],
    // The other sentence opens on another person and names no speaker.
    ['a named speaker against a sentence that opens on another person', 'Maria Lindqvist said the union would formally announce its new campaign on Wednesday in Toledo.', 'Okonkwo is to formally announce the union campaign in a speech on Wednesday in Toledo.', 'speaker'],
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
  ] satisfies TypedCase[]);
});

describe('speaker: the same speaker, or no other, is not flagged either way', () => {
  silentBothWays([
    ['a company and its founder, neither a full name', 'Corvana will fly the jet on routes to Lagos, Accra and Dakar next summer.', 'Hollister said his preference would be to fly the jet on routes to Lagos, Accra and Dakar next summer.', 'speaker'],
    ['the speaker is named in the other sentence too', 'Maria Lindqvist said the union would formally announce its new campaign on Wednesday in Toledo.', 'Lindqvist is to formally announce the union campaign in a speech on Wednesday in Toledo.', 'speaker'],
    [
      'a speaker against the acronym of the company the other sentence names',
      'Northern Data Systems Corp. said Thursday the regulator had asked the company for documents related to its navy contract.',
      'In a regulatory filing, NDS said the regulator had asked for information related to its navy contract.',
      'speaker',
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
      'a speaker by surname and by full name with two letters swapped',
      'Kowalczyk, for example, wrote in the paper on Monday: "Voters have long suspected that the harbour board keeps its accounts in a locked drawer.',
      '"Voters have long suspected that the harbour board keeps its accounts in a locked drawer," Michael Kowalcyzk wrote.',
      'speaker',
    ],
  ] satisfies TypedCase[]);
});

describe('speaker: a country and a person', () => {
  it('a country speaking for its government is no other speaker', () => {
    const a = 'The United States wants the measure passed by June 3, Washington said on Tuesday.';
    const b = 'The measure must be passed by June 3, President Bush said on Tuesday.';
    expect(types(a, b)).not.toContain('speaker');
    expect(types(b, a)).not.toContain('speaker');
  });
  it('a person is another speaker than a person', () => {
    const a = 'The measure must be passed by June 3, Senator Jane Smith said on Tuesday.';
    const b = 'The measure must be passed by June 3, President Bush said on Tuesday.';
    expect(types(a, b)).toContain('speaker');
  });
});

describe('sameName: surnames a slip apart', () => {
  const table: Array<[string, string, boolean]> = [
    ['Kowalczyk', 'Anna Kowalcyzk', true],
    ['Jeffrey', 'Jeffery', true],
    ['Johnson', 'Jackson', false],
    ['Harrison', 'Morrison', false],
    ['Vin Diesel', 'Samuel Adeyemi', false],
  ];
  for (const [x, y, expected] of table) it(`${x} / ${y} → ${expected}`, () => expect(sameName(x, y)).toBe(expected));
});
