/**
 * The entity rule on people put in the place of others, by the form of their names: a name after a
 * title opening a stretch of other length ("met Lady Mary at" / "met Jane Smith for the first time
 * at"), a name opening a stretch longer than a substitution's, a person the extraction reads against
 * a full name of words no dictionary knows ("Rajiv Menon"), a patronymic that is another name
 * ("Peterson" / "Peter"), a name with an apostrophe opening the sentence ("O'Keefe"); and the same
 * person in these forms, which stays silent. Through the matcher, and on the rule's name helpers
 * (`substitutedName`, `unwrittenNames`), since the extraction's mentions find some of these pairs
 * too. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { flaggedBothWays, silentBothWays, type TypedCase } from './cases.js';
import { statementClaims } from '../../src/matcher.js';
import { substitutedName, unwrittenNames } from '../../src/compare/rules/entity.js';

const claims = (a: string, b: string) => [statementClaims(a, 'a').claims[0]!, statementClaims(b, 'b').claims[0]!] as const;
/** The texts of the names `substitutedName` finds put in one another's place, or null. */
const substituted = (a: string, b: string) => substitutedName(...claims(a, b))?.map((n) => n.text) ?? null;
/** The texts of the names of each sentence not written in the other in any form. */
const unwritten = (a: string, b: string) => unwrittenNames(...claims(a, b)).map((side) => side.map((n) => n.text));

describe('entity: a person put in the place of another is flagged both ways', () => {
  flaggedBothWays([
    [
      'a person read by the extraction against a full name of unknown words',
      'A 1991 state straw poll helped catapult a little-known Bill Clinton to national prominence.',
      'A similar state straw poll in 1991 brought attention to Rajiv Menon, according to party officials.',
      'entity',
    ],
  ] satisfies TypedCase[]);
});

describe('entity: one person in these forms is not flagged', () => {
  silentBothWays([
    ['the same name with and without a title', 'She met Lady Mary at her harbour home yesterday to thank her for the donation.', 'She met Mary for the first time at her harbour home yesterday to thank her in person for the donation.', 'entity'],
    ['a full name of unknown words written on both sides', 'Rajiv Menon, the founder of the firm, said the deal was done.', 'The deal was done, said Rajiv Menon, who founded the firm.', 'entity'],
    ['a given name written in short', 'Tim Peters was arrested near the golf course in La Jolla on April 18.', 'Timothy Peters, 30, was arrested in La Jolla on April 18.', 'entity'],
    ["a surname with an apostrophe and the full name", "O'Keefe declined to discuss whether the photos might have shown the crack in the wing.", "Sean O'Keefe declined to discuss whether the photos might have shown the crack in the wing.", 'entity'],
  ] satisfies TypedCase[]);
});

describe('substitutedName: a name opening a stretch right after a shared word', () => {
  it('counts the titles before a name as its start ("met Lady Mary at" / "met Jane Smith for the first time at")', () => {
    expect(substituted('She met Lady Mary at her harbour home yesterday to thank her for the donation.', 'She met Jane Smith for the first time at her harbour home yesterday to thank her in person for the donation.')).toEqual(['Mary', 'Jane Smith']);
  });
  it('reads a stretch longer than a substitution when both names open it', () => {
    expect(
      substituted('The suit names Greenfield, the Marin County Registrar of Voters, Conny Baker, and registrars in two other counties as defendants.', 'The suit names Samuel Adeyemi, a Democrat, and registrars in two other counties.'),
    ).toEqual(['Greenfield', 'Samuel Adeyemi']);
  });
  it('finds nothing where the same name opens both stretches', () => {
    expect(substituted('She met Lady Mary at her harbour home yesterday to thank her for the donation.', 'She met Mary for the first time at her harbour home yesterday to thank her in person for the donation.')).toBeNull();
  });
});

describe('unwrittenNames: forms of a name', () => {
  it('takes a patronymic for another name ("Peterson" writes no "Peter Vance")', () => {
    expect(unwritten('Peter Vance was arrested near the golf course in La Jolla on April 18.', 'Peterson, 30, was arrested in La Jolla on April 18.')).toEqual([['Peter Vance'], ['Peterson']]);
  });
  it('still takes a given name written in full for its short form ("Timothy" / "Tim")', () => {
    expect(unwritten('Tim Peters was arrested near the golf course in La Jolla on April 18.', 'Timothy Peters, 30, was arrested in La Jolla on April 18.')).toEqual([[], []]);
  });
  it("reads a surname with an apostrophe opening the sentence as a name (\"O'Keefe\")", () => {
    expect(unwritten("O'Keefe declined to discuss whether the photos might have shown the crack.", 'Jane Smith declined to discuss whether the photos might have shown the crack.')).toEqual([["O'Keefe"], ['Jane Smith']]);
  });
});
