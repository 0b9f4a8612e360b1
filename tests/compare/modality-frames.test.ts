/**
 * The modality rule on modals inside what a verb of estimate or fear frames ("estimated that the
 * fires could cost" / "estimated the cost at": two estimates), inside an embedded question ("what
 * the tests might have yielded"), and on "estimated" qualifying a noun ("the total estimated value":
 * an approximation the number rule judges). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';

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
