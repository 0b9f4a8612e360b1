/**
 * WordNet word classes (attribution/verb-class.ts): the class of inflected verbs and of nouns, and
 * a verb of saying the cue lexicon lacks read as a cue by its class.
 */
import { describe, expect, it } from 'vitest';
import { cueLemma } from '../../src/extract/attribution/cues.js';
import { lemmaCandidates, nounClass, verbClass } from '../../src/extract/attribution/verb-class.js';
import { drafts, firstByCue, show } from './attribution-cases.js';

describe('WordNet word classes', () => {
  it('reads the class of inflected verbs and of nouns', () => {
    expect(verbClass('berated')).toBe('communication');
    expect(verbClass('reckons')).toBe('cognition');
    expect(verbClass('swimming')).not.toBe('communication');
    expect(nounClass('criticisms')).toBe('communication');
    expect(nounClass('harbour')).toBeUndefined();
  });

  it('undoes regular endings', () => {
    expect(lemmaCandidates('slammed')).toContain('slam');
    expect(lemmaCandidates('chiding')).toContain('chide');
    expect(lemmaCandidates('replies')).toContain('reply');
  });
});

describe('cues by word class', () => {
  it('a verb of saying the cue lexicon lacks is a cue by its WordNet class', () => {
    const text = 'The harbour master berated the ferry company for its late boats.';
    expect(cueLemma('berated')).toBeUndefined();
    const found = firstByCue(text, 'berated');
    expect(found, show(text)).toBeDefined();
    expect(found!.speaker?.raw).toMatch(/harbour master/u);
    expect(found!.raw).toMatch(/^the ferry company/u);
    // A verb of motion is no cue.
    expect(drafts('The harbour master swam the channel after the race.').some((x) => x.cue?.raw === 'swam')).toBe(false);
  });
});
