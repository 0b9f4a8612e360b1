/**
 * Claims carry the names and figures of their whole sentence, attribution frame included
 * (`sentenceMentions`, `sentenceQuantities`), beside the claim text's own (`mentions`, `quantities`),
 * for the rules that read a name or figure wherever the sentence writes it.
 */
import { describe, expect, it } from 'vitest';
import { statementClaims } from '../../src/matcher.js';

const claimOf = (text: string) => statementClaims(text, 't').claims[0]!;

describe('claims: the whole sentence\'s mentions and quantities beside the claim\'s', () => {
  it('keep a speaker named in the frame in sentenceMentions only', () => {
    const c = claimOf('Mayor Tom Hardy told reporters that the bridge in Springfield would stay closed.');
    expect(c.attribution).not.toBeNull();
    expect(c.mentions.map((m) => m.raw)).toContain('Springfield');
    expect(c.mentions.map((m) => m.raw)).not.toContain('Tom Hardy');
    expect(c.sentenceMentions?.map((m) => m.raw)).toEqual(expect.arrayContaining(['Tom Hardy', 'Springfield']));
  });

  it('keep a place of the frame after the content in sentenceMentions only, and the content\'s figures in both', () => {
    const c = claimOf('The bridge would stay closed for 3 weeks, police said on Monday in Boston.');
    expect(c.attribution).not.toBeNull();
    expect(c.mentions.map((m) => m.raw)).not.toContain('Boston');
    expect(c.sentenceMentions?.map((m) => m.raw)).toContain('Boston');
    expect(c.quantities.map((q) => q.raw)).toContain('3 weeks');
    expect(c.sentenceQuantities?.map((q) => q.raw)).toContain('3 weeks');
  });

  it('give a figure of the frame in sentenceQuantities only', () => {
    const c = claimOf('Tom Jones, 31, is charged with murder in the deaths of his 27-year-old wife.');
    // Whether or not the extraction reads "Tom Jones, 31," as a frame, the sentence's figures hold both.
    expect(c.sentenceQuantities?.map((q) => q.raw)).toEqual(expect.arrayContaining(['31', '27-year-old']));
    expect(c.quantities.every((q) => c.sentenceQuantities!.includes(q))).toBe(true);
  });

  it('are the claim\'s own where the sentence has no frame', () => {
    const c = claimOf('The bridge in Springfield stayed closed for 3 weeks.');
    expect(c.attribution).toBeNull();
    expect(c.sentenceMentions).toEqual(c.mentions);
    expect(c.sentenceQuantities).toEqual(c.quantities);
  });
});
