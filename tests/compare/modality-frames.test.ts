/**
 * The modality rule on modals inside what a verb of estimate or fear frames ("estimated that the
 * fires could cost" / "estimated the cost at": two estimates), inside an embedded question ("what
 * the tests might have yielded", "whether a second outbreak might occur"), inside a purpose clause
 * ("so a witness could identify him"), on "estimated" qualifying a noun ("the total estimated value":
 * an approximation the number rule judges), on one reporting verb in two tenses, on an allegation
 * both sides make in two words, and on "suspect" as a noun; a modal outside such a clause is still a
 * hedge. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';
import { silentBothWays, typesOf as types, type TypedCase } from './cases.js';

const modality = (a: string, b: string) => compareStatements(a, b).discrepancies.filter((d) => d.type === 'modality').length;

describe('a hedge against a plain statement', () => {
  it.each([
    ['The floods could cost the state nearly $3 billion, officials said.', 'The floods will cost the state nearly $3 billion, officials said.'],
    ['The mayor may resign before the end of the month, aides said.', 'The mayor will resign before the end of the month, aides said.'],
  ])('is flagged both ways round: %s / %s', (a, b) => {
    expect(modality(a, b)).toBe(1);
    expect(modality(b, a)).toBe(1);
  });
  it.each([
    // Both estimate.
    ['Governor Lee estimated yesterday that the floods could cost nearly $3 billion.', 'State officials estimated the cost of the floods at nearly $3 billion.'],
    // Both fear.
    ['Lenders at one stage feared the miner may default on its loan payments.', 'Lenders had no claim on its mines and at one stage feared the miner would default on loan payments.'],
    // A modal in an embedded question.
    ['The hair was tested for DNA, but prosecutors have not said what, if anything, the tests yielded.', 'The hair was tested for DNA, but there has been no word yet on what the tests might have yielded.'],
    // "estimated" before a noun.
    ['The value of the merger will total about $88 million, including shares, according to the bank.', 'Including shares, the total estimated value of the merger is $88 million, according to the bank.'],
  ])('is not flagged: %s / %s', (a, b) => {
    expect(modality(a, b)).toBe(0);
    expect(modality(b, a)).toBe(0);
  });
});

describe('modality: a modal outside an embedded clause', () => {
  it('a modal hedge outside an embedded clause is still flagged', () => {
    expect(types('A second outbreak will occur later in the winter, he said.', 'A second outbreak might occur later in the winter, he said.')).toContain('modality');
  });
});

describe('modality: a modal or verb a frame governs is not flagged either way', () => {
  silentBothWays([
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
  ] satisfies TypedCase[]);
});
