/**
 * The entity rule's view of two names: a name in another role is no substitution (an institution
 * against a person or place, a lone first name against a lone surname); a word that both sentences
 * write apart from the name ("Iraqi officials" on both sides) is no other form of it; a place moved
 * from before a noun to after it ("Marseille's hospital" / "the hospital in Tbilisi") keeps its slot;
 * a capital is its country only where the other sentence names the country in the same place.
 * True and false cases through the matcher, and the helper on its own.
 */
import { describe, expect, it } from 'vitest';
import { flaggedCases, silentCases, type Case } from './cases.js';
import { differentSorts } from '../../src/compare/rules/entity.js';


const flagged: Case[] = [
  // "Iraqi" on both sides writes no form of "Iraq": the name in its place ("Adelaide", which the tagger reads as a first name) is another.
  ['a name for a country beside its demonym, written on both sides', 'But the focus of the fuel price debate, Adelaide, will not be present, a point which has annoyed Iraqi ministers.', 'Meanwhile, the main focus of the fuel price debate, Iraq, will not send envoys, a point that has annoyed Iraqi ministers.'],
  ['a place moved from before a noun to after it', "The infection began with one of the patients, a transfer from Marseille's Saint Mary Hospital.", 'The infection began with one of the patients, a transfer from Saint Mary Hospital in Tbilisi.'],
  ['a place for a capital whose country is named elsewhere', 'But the minister said the neighbour should hand over suspects wanted by Nairobi in connection with earlier attacks in India.', 'The minister said the neighbour should hand over suspects wanted by New Delhi for earlier attacks.'],
  ['a person for a person', 'The photograph appeared in the magazine two weeks after Maria Lindqvist died.', 'The photograph appeared in the magazine two weeks after Peter Vance died.'],
  ['an institution for an institution', 'The plan would send 22 new members to the regional council, officials at the Ministry of Transport said.', 'The plan would send 22 new members to the regional council, officials at the Bureau of Statistics said.'],
];

flaggedCases('a name put in another name\'s place is flagged', 'entity', flagged);

const silent: Case[] = [
  ['a first name and a surname of one person', 'The photograph appeared in the magazine just two weeks after George died.', 'The photograph appeared in the magazine two weeks after Harrison\'s death.'],
  ['an institution and a place in two roles', 'The plan would send 22 Republicans and 10 Democrats to Congress, officials say.', 'The plan would send 22 Republicans and 10 Democrats from Texas, officials say.'],
  ['one place before a noun and after it', 'The infection began with one of the patients, a transfer from Saint Mary Hospital in Tbilisi.', "The infection began with one of the patients, a transfer from Tbilisi's Saint Mary Hospital."],
  ['a capital and its country in one slot', 'The minister said suspects were wanted by India for earlier attacks.', 'The minister said suspects were wanted by New Delhi for earlier attacks.'],
  ['a capital where the other names its country elsewhere', 'But the minister said the neighbour should hand over suspects wanted by New Delhi in connection with earlier attacks in India.', 'The minister said the neighbour should hand over suspects wanted by New Delhi for earlier attacks.'],
  ['a name written twice in one sentence', 'Officials said the EU members were invited but stayed away, said Tomas Okafor, an EU trade representative in Lisbon.', 'Tomas Okafor, an EU trade representative in Lisbon, said the EU members were invited but stayed away.'],
  ['a hospital and the home state of a victim', 'He was in critical but stable condition at Kings County Hospital Center, police said.', 'That victim, a New Jersey resident, was in critical but stable condition at the hospital.'],
];

silentCases('a name in another role is no substitution', 'entity', silent);

describe('differentSorts', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Congress', 'Texas', true],
    ['Imperial College', 'Helen Marsh', true],
    ['Postal Service', 'Florida', true],
    ['Lisbon', 'Nairobi', false],
    ['Helen Marsh', 'Peter Vance', false],
    ['Federal Reserve Bank', 'Justice Department', false],
    // A person and a place are not told apart (many surnames are towns).
    ['Helen Marsh', 'Florida', false],
    // An institution against a name with no sign of its sort is another role ("the Postal Service" / "the Lakeside post office").
    ['Congress', 'Yarrow', true],
  ];
  for (const [x, y, expected] of cases) {
    it(`${x} / ${y} → ${expected}`, () => {
      expect(differentSorts(x, y)).toBe(expected);
      expect(differentSorts(y, x)).toBe(expected);
    });
  }
});
