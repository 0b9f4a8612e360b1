/**
 * The attribution filter's inputs and its last step (attribution/filter.ts): the lexical tokens
 * of a draft (its cue, neighbours, content edges, speaker position, hand rule broken), and the
 * removal of near-duplicate drafts.
 */
import { describe, expect, it } from 'vitest';
import { draftTokens, dropDuplicates } from '../../src/extract/attribution/filter.js';
import type { Draft } from '../../src/extract/attribution/context.js';

describe('attribution filter tokens', () => {
  const text = 'Tom Hardy never said the plan was dead.';
  const draft = {
    content: [text.indexOf('the plan'), text.length - 1],
    kind: 'indirect',
    speaker: { type: 'mention', range: [0, 9], raw: 'Tom Hardy', kind: 'person', canonical: 'Tom Hardy', form: 'name' },
    cue: { range: [text.indexOf('said'), text.indexOf('said') + 4], raw: 'said' },
    via: null,
    sentence: 0,
    paragraph: 0,
    quote: null,
    ownSetting: false,
    frame: 'speaker-first',
    paragraphStart: 0,
  } as unknown as Draft & { paragraphStart: number };

  it('name the cue, its neighbours, the content edges and the speaker position', () => {
    const tokens = draftTokens(text, [0, text.length], draft, 'speaker-first');
    expect(tokens).toEqual(expect.arrayContaining(['cue=said', 'speaker-first|cue=said', 'cuePrev=never', 'cueNext=the', 'contentFirst=the', 'contentLast=dead', 'speaker@start', 'cue.negated']));
    expect(tokens).not.toContain('cue.modal');
  });

  it('mark a draft proposed against a hand rule', () => {
    const tokens = draftTokens(text, [0, text.length], { ...draft, relaxed: 'short' }, 'speaker-first');
    expect(tokens).toEqual(expect.arrayContaining(['relaxed=short', 'relaxed=short|cue=said']));
  });
});

describe('near-duplicate drafts', () => {
  const range = (x: { r: readonly [number, number] }) => x.r;
  const score = (x: { s: number }) => x.s;

  it('keeps the higher-scoring of two drafts over nearly the same content', () => {
    const items = [
      { r: [0, 100] as const, s: 0.4 },
      { r: [5, 100] as const, s: 0.9 },
      { r: [200, 240] as const, s: 0.1 },
    ];
    expect(dropDuplicates(items, range, score, 0.5)).toEqual([items[1], items[2]]);
  });

  it('keeps a nested attribution whose overlap is below the bar', () => {
    const items = [
      { r: [0, 100] as const, s: 0.9 },
      { r: [60, 80] as const, s: 0.5 },
    ];
    expect(dropDuplicates(items, range, score, 0.5)).toEqual(items);
    expect(dropDuplicates(items, range, score, 0.1)).toEqual([items[0]]);
  });

  it('keeps everything when the bar is above 1', () => {
    const items = [
      { r: [0, 10] as const, s: 0.2 },
      { r: [0, 10] as const, s: 0.3 },
    ];
    expect(dropDuplicates(items, range, score, 2)).toEqual(items);
  });
});
