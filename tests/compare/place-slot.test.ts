/**
 * The entity rule on places: a place read from the sentence frame (a name after a locative
 * preposition, a name headed by "County" or "Island"), a capital that is a city where its sentence
 * names the country otherwise, and the forms that wrongly counted as a place written in the other
 * sentence (an acronym's letters, a title's letters); and names that stand in other roles (places in
 * a list, an institution against a name of no known sort, a market code, an acronym, an owner and the
 * person owned). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';

const entity = (a: string, b: string) => compareStatements(a, b).discrepancies.filter((d) => d.type === 'entity').length;

describe('a place put in the place of another', () => {
  it.each([
    // A place read from the frame: the extraction reads no mention in the attribution frame.
    ['A federal judge in Tulsa ordered the banker held without bail.', 'The banker was ordered held without bail on Friday by a federal judge in Fort Worth, Tex.'],
    ['The chips were unveiled in Nairobi at the developer forum.', 'The new chips were shown at the developer forum this year in San Jose, Calif.'],
    // A name headed by a place's head word, whose first word is also a first name.
    ['Two cars were hit in the shootings, said Deputy Tom Baker of the Franklin County sheriff\'s office.', 'Two cars were hit in the shootings, the deputy sheriff of Lisbon, Tom Baker, said.'],
    // A capital whose country the sentence names by its demonym is the city.
    ['"This is a dark hour for Americans," he said in Washington.', '"This is a dark hour for America," the defence minister said in Osaka.'],
    // An acronym's letters are no form of a one-word place ("IAEA" holds the "a" of "Adelaide").
    ['In Vienna, the IAEA said the inspectors would return soon.', 'In Adelaide, the International Atomic Energy Agency said the inspectors would return soon.'],
    // A lone name before a noun the other sentence locates in a place, though tagged a person's name.
    ['Tests at a state police lab and at a private lab in Lisbon could not tell whose glove it was, Ortiz said.', 'Tests at a state police lab and a private Virginia lab could not tell whose glove it was, Ortiz said.'],
    // A title's letters are no short form of a place ("Pte" / "Palestine").
    ['But in Marseille, her home town, neighbours spoke well of Pte Hale.', 'In Palestine, her home town, neighbours spoke well of Hale.'],
  ])('is flagged both ways round: %s / %s', (a, b) => {
    expect(entity(a, b)).toBeGreaterThan(0);
    expect(entity(b, a)).toBeGreaterThan(0);
  });
});

describe('names in other roles', () => {
  it.each([
    // A place against one of two places listed together: another role.
    ['The governor attended a dinner in Hartford for families of soldiers called to duty.', 'The governor attended a dinner for families of soldiers sent to duty in Iraq and Afghanistan.'],
    // An institution against a name of no known sort.
    ['A gunman angry with the Postal Service stormed into a post office on Monday and took two clerks hostage.', 'A gunman stormed into the Lakeside post office on Monday and took two clerks hostage.'],
    // A market code after a company's name.
    ['Oracle has signed supply deals with AT&T Corp. T.N and Verizon Corp. VZ.N this year.', 'Oracle has signed supply deals with BellSouth rivals AT&T and Verizon this year.'],
    // An acronym of a name and the noun it names.
    ['Zambia may rejoin the group before the next CHOGM meeting in two years.', 'Zambia may rejoin the group before the next Commonwealth Heads of Government meeting in two years.'],
    // An acronym of a firm written in full on the other side.
    ['Like Disney, GE -- owner of NBC -- was a cautious buyer in the auction.', 'Like Disney, General Electric was a cautious buyer in the auction.'],
    // The owner and the person owned.
    ['In May, Grant\'s former chief of staff pleaded guilty to taking bribes for state contracts.', 'Walter Hensley, his former chief of staff, pleaded guilty to taking bribes for state contracts.'],
  ])('is not flagged: %s / %s', (a, b) => {
    expect(entity(a, b)).toBe(0);
    expect(entity(b, a)).toBe(0);
  });
});
