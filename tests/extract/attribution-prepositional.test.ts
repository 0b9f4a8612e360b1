/**
 * Cues that end in a preposition (attribution/prepositional.ts): word-preposition pairs mined from
 * the training split (`minedPair`) propose the object noun phrase as content, with the possessor
 * or the subject as speaker; pairs that never end a cue propose nothing. The filter's pair features
 * read the same statistics.
 */
import { describe, expect, it } from 'vitest';
import { minedPair } from '../../src/extract/attribution/cues.js';
import { draftFeatures, FEATURE_NAMES } from '../../src/extract/attribution/filter.js';
import { PAIR_MIN_PRECISION } from '../../src/extract/attribution/prepositional.js';
import { drafts } from './attribution-cases.js';

describe('mined word-preposition pairs', () => {
  it('has statistics for pairs that end cues and none for pairs that do not', () => {
    const railed = minedPair('railed', 'against');
    expect(railed).toBeDefined();
    expect(railed!.cue / (railed!.seen + 5)).toBeGreaterThanOrEqual(PAIR_MIN_PRECISION);
    expect(minedPair('drove', 'against')).toBeUndefined();
  });

  it('feeds the pair precision to the filter', () => {
    const i = FEATURE_NAMES.indexOf('cue.pairPrecision');
    expect(i).toBeGreaterThan(0);
    const text = 'The senator railed against the tax plan.';
    const draft = { content: [31, 43] as [number, number], kind: 'indirect' as const, speaker: null, cue: { range: [15, 29] as [number, number], raw: 'railed against' }, via: null, sentence: 0, paragraph: 0, quote: null, ownSetting: false, frame: 'prepositional' as const };
    expect(draftFeatures(text, [0, text.length], draft, 'prepositional')[i]).toBeGreaterThan(0);
    const other = { ...draft, cue: { range: [15, 21] as [number, number], raw: 'railed' } };
    expect(draftFeatures(text, [0, text.length], other, 'prepositional')[i]).toBe(0);
  });
});

describe('prepositional cues', () => {
  it('proposes the object of a verb and a mined preposition, with the subject as speaker', () => {
    const a = drafts('Senator Mary Holt railed against the new tax plan on Tuesday.');
    const d = a.find((x) => x.cue?.raw === 'railed against');
    expect(d?.raw).toBe('the new tax plan');
    expect(d?.speaker?.canonical).toBe('Mary Holt');
  });

  it('proposes the object of a possessed noun, with the possessor as speaker', () => {
    const text = 'Governor Tom Reyes defended the budget. His attacks on the teachers union were unfair.';
    const d = drafts(text).find((x) => x.cue?.raw === 'attacks on');
    expect(d?.raw).toBe('the teachers union');
    expect(d?.speaker?.range[0]).toBe(text.indexOf('His'));
  });

  it('proposes the object of a noun without a possessor for the clause’s subject', () => {
    const d = drafts('The storm passed. Residents renewed a call for new levees.').find((x) => x.cue?.raw === 'call for');
    expect(d?.raw).toBe('new levees.');
    expect(d?.speaker?.raw).toBe('Residents');
  });

  it('proposes nothing for a pair that never ends a cue', () => {
    const a = drafts('The road to the coast was closed for a week.');
    expect(minedPair('road', 'to')).toBeUndefined();
    expect(a).toHaveLength(0);
  });
});
