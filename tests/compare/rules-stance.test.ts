/**
 * Tables of true and false cases for the checks that read the sentence itself rather than the
 * extraction's summary of it: a negation or hedging adverb governing a word the other outlet states
 * plainly, calendar words, a speaker named next to a reporting verb, a name put in another's place,
 * and figures that differ only by rounding.
 */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';
import { lemmaKeys, sameName } from '../../src/compare/rule.js';
import { quantitiesConflict } from '../../src/compare/values.js';
import type { Quantity } from '../../src/types.js';

const types = (a: string, b: string) => [...new Set(compareStatements(a, b).discrepancies.map((d) => d.type))].sort();

/** [expected type, a, b]: the type must be reported both ways round. */
const flagged: Array<[string, string, string]> = [
  ['polarity', 'The prosecutor accused the former mayor of hiding the payments from the auditors.', 'The prosecutor did not accuse the former mayor of hiding the payments from the auditors.'],
  ['polarity', 'The court upheld the ban on the sale of the drug in the northern provinces.', 'The court did not uphold the ban on the sale of the drug in the northern provinces.'],
  ['polarity', 'The company will sell its cement business to a rival group next year.', 'The company will no longer sell its cement business to a rival group next year.'],
  ['polarity', 'The council approved the new budget for the city schools after a long debate.', 'The council never passed the new budget for the city schools after a long debate.'],
  ['modality', 'The minister signed the agreement with the union on the pension reform.', 'The minister reportedly signed the agreement with the union on the pension reform.'],
  ['modality', 'The rebels seized the airport and two bridges outside the capital.', 'The rebels possibly captured the airport and two bridges outside the capital.'],
  ['modality', 'The bank could raise interest rates at its meeting in the spring.', 'The bank allegedly could raise interest rates at its meeting in the spring.'],
  ['date', 'The company said on Tuesday it would cut 2,000 jobs at its plants in the north.', 'The company said on Friday it would cut 2,000 jobs at its plants in the north.'],
  ['date', 'The bridge was built in 1998 and repaired in 2004 after the floods damaged it.', 'The bridge was built in 1998 and repaired in 2006 after the floods damaged it.'],
  ['date', 'The trial of the two former bankers will open in March at the district court.', 'The trial of the two former bankers will open in October at the district court.'],
  ['speaker', 'The flood barrier will be finished before the winter storms, Anna Berg said.', 'The flood barrier will be finished before the winter storms, Tom Hale said.'],
  ['speaker', '"We will not sell the club to anyone," said Marco Ferri, the chairman.', '"We will not sell the club to anyone," said Lucas Brandt, the chairman.'],
  ['entity', 'The storm cut power to thousands of homes in Leeds on Sunday night.', 'The storm cut power to thousands of homes in Cardiff on Sunday night.'],
  ['entity', 'The award went to Maria Olsen for her work on the vaccine trials.', 'The award went to Peter Vogel for her work on the vaccine trials.'],
  ['entity', 'The shares fell 3 percent on the Frankfurt Stock Exchange after the profit warning.', 'The shares fell 3 percent on the Madrid Stock Exchange after the profit warning.'],
  ['number', 'The court ruled 5-4 that the vouchers are constitutional in the state schools.', 'The court ruled 8-4 that the vouchers are constitutional in the state schools.'],
  ['number', 'Output will be cut by 60 million to 70 million board feet this year.', 'Output will be cut by 60 million to 152 million board feet this year.'],
  ['number', 'Support for the plan rose to 48 percent from 31 percent in the spring poll.', 'Support for the plan rose to 48 percent from 47 percent in the spring poll.'],
  ['quote', '"We must defend those whom we dislike," said the lawyer who led the panel.', '"We rarely defend those whom we dislike," said the lawyer who led the panel.'],
  ['quote', 'The board said there was no possibility for crew survival after the wing broke.', 'The board said there was "no possibility for recent survival" after the wing broke.'],
];

describe('sentence-level checks flag the changed detail', () => {
  for (const [type, a, b] of flagged) {
    it(`${type}: ${b.slice(0, 60)}`, () => {
      expect(types(a, b)).toContain(type);
      expect(types(b, a)).toContain(type);
    });
  }
});

/** [name, a, b]: nothing but omission may be reported. */
const silent: Array<[string, string, string]> = [
  ['two negations worded differently', 'The spokesman did not comment on the report on Friday.', 'The spokesman declined to comment on the report on Friday.'],
  ['the same negation on both sides', 'The police have not ruled out that more than one person was involved.', 'Police have not ruled out the possibility that more than one person was involved.'],
  ['a contraction without its apostrophe', "He said he doesn't know anybody on the committee who is fighting the plan.", 'He said he doesnt know anybody on the committee who is fighting the plan.'],
  ['"not only" does not deny', 'The plan will not only cut costs but also speed up deliveries to the shops.', 'The plan will cut costs and also speed up deliveries to the shops.'],
  ['the same hedge on both sides', 'The gunman apparently fled through the back door of the bank.', 'The gunman apparently escaped through the back door of the bank.'],
  ['a hedge answered by a hedge', 'The storm is expected to reach the coast on Tuesday evening.', 'The storm will possibly reach the coast on Tuesday evening.'],
  ['a negated modal is no hedge', 'The lawyer could not be reached for comment on Monday.', 'The lawyer did not return calls seeking comment on Monday.'],
  ['the same weekday', 'The minister resigned on Thursday after the vote in parliament.', 'On Thursday the minister resigned after the parliamentary vote.'],
  ['May the modal is no month', 'The talks may resume in June, the envoy said after the meeting.', 'The talks could resume in June, the envoy said after the meeting.'],
  ['one speaker, a surname and a full name', 'The deal makes sense for both companies, Brian Halla said.', 'The deal makes sense for both companies, Halla said.'],
  ['one speaker, accents aside', 'The government will introduce the law soon, Jean Chrétien said.', 'The government will introduce the law soon, Jean Chretien said.'],
  ['a role word is no speaker', 'Police say the group imported the drug through the port.', 'Mr Kline said that the group imported the drug through the port.'],
  ['an acronym and its expansion', 'In Vienna, the IAEA said the inspectors would return next month.', 'In Vienna, the International Atomic Energy Agency said the inspectors would return next month.'],
  ['an alias of a country', 'At least 23 U.S. troops have been killed since the end of major combat.', 'At least 23 United States troops have been killed since the end of major combat.'],
  ['a first name in short', 'The decision is clearly incorrect, FTC Chairman Timothy Muris said.', 'The decision is clearly incorrect, FTC Chairman Tim Muris said.'],
  ['one name spelt two ways', 'A senior policeman shook hands with Mr Laczynski outside the court.', 'A senior policeman shook hands with Mr Lacsynski outside the court.'],
  ['a figure rounded', 'The broad index slipped 12.27 points or 1.23 percent to 981.73.', 'The broad index slipped 12.27 points, or 1.2 percent, to 981.73.'],
  ['a bound that the other figure meets', 'The fire has burned more than 12,400 acres of forest since Monday.', 'The fire has burned 12,800 acres of forest since Monday.'],
  ['a quote and the same words unquoted', 'He said the plan "will touch virtually every family" in the region.', 'He said the plan will touch virtually every family in the region.'],
  ['a quote cut short against unquoted words', 'The firm said "it was not our intention to offend any group" at all.', 'The firm said it was not our intention to offend any group or person at all.'],
  ['a quote with an article added', '“The result is a package that will provide growth,” he said.', '“The result is a package that will provide a growth,” he said.'],
];

describe('sentence-level checks stay silent', () => {
  for (const [name, a, b] of silent) {
    it(name, () => {
      expect(types(a, b).filter((t) => t !== 'omission')).toEqual([]);
      expect(types(b, a).filter((t) => t !== 'omission')).toEqual([]);
    });
  }
});

describe('helpers', () => {
  it('irregular past forms meet their base form', () => {
    expect(lemmaKeys('upheld')).toEqual(expect.arrayContaining(lemmaKeys('uphold')));
    expect(lemmaKeys('brought')).toEqual(expect.arrayContaining(lemmaKeys('bring')));
    expect(lemmaKeys('walked').some((k) => lemmaKeys('talk').includes(k))).toBe(false);
  });
  it.each([
    ['Jean Chrétien', 'Jean Chretien', true],
    ['Sean Sundwell', 'Sundwall', true],
    ['Jane Smith', 'Tom Hale', false],
    ['Maria Olsen', 'Olsson', false],
  ] as const)('sameName(%s, %s) → %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
    expect(sameName(b, a)).toBe(same);
  });
  const q = (value: number, kind: Quantity['kind'] = 'count', unit: string | null = null): Quantity => ({ type: 'quantity', range: [0, 1], raw: String(value), value, max: value, kind, unit, bound: 'exact' } as Quantity);
  it.each([
    [296, 300, 'count', false],
    [1.23, 1.2, 'percent', false],
    [12, 9, 'count', true],
    [296, 320, 'count', true],
    [48, 47, 'percent', true],
    [2014, 2015, 'year', true],
  ] as const)('quantitiesConflict(%s, %s, %s) → %s', (a, b, kind, conflict) => {
    expect(quantitiesConflict(q(a, kind), q(b, kind))).toBe(conflict);
  });
});
