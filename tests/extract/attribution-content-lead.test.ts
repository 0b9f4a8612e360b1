/**
 * Words PolNeAR leaves out before indirect content (attribution/context.ts, leadEnd): a time
 * adjunct right after the cue without "that" ("said Wednesday ⟦the plan …⟧") and a "to" before a
 * noun phrase ("pointed to ⟦the new figures …⟧"); an infinitive's "to", a time word that is the
 * subject of the content and a "that" clause keep their start.
 */
import { describe, expect, it } from 'vitest';
import { firstByCue, show } from './attribution-cases.js';

/** The content of the first draft of cue `cue` in `text`. */
const contentOf = (text: string, cue: string): string | undefined => firstByCue(text, cue)?.raw;

describe('a time adjunct after the cue', () => {
  it.each([
    ['Jane Roe said Wednesday the plan would fail.', 'said', 'the plan would fail.'],
    ['Jane Roe said last week the plan would fail.', 'said', 'the plan would fail.'],
    ['Jane Roe said yesterday the plan would fail.', 'said', 'the plan would fail.'],
    ['The company announced Monday it would close the plant.', 'announced', 'it would close the plant.'],
    ['Jane Roe vowed last month to take the fight to the convention.', 'vowed', 'to take the fight to the convention.'],
  ])('is left out of the content: %s', (text, cue, content) => {
    expect(contentOf(text, cue), show(text)).toBe(content);
  });

  it('leaves a "that" clause starting at its "that"', () => {
    const text = 'Jane Roe said this week that the plan would fail.';
    expect(contentOf(text, 'said'), show(text)).toBe('that the plan would fail.');
  });

  it.each([
    // The time word is the content's subject: a verb follows it.
    ['Jane Roe said Monday was the deadline.', 'Monday was the deadline.'],
    ['Jane Roe said the week was hard for the council.', 'the week was hard for the council.'],
  ])('stays when it is part of the content: %s', (text, content) => {
    expect(contentOf(text, 'said'), show(text)).toBe(content);
  });
});

describe('"to" before the content', () => {
  it.each([
    ['Jane Roe pointed to the new figures as proof.', 'pointed', 'the new figures as proof.'],
    ['Jane Roe referred to the mayor as a liar.', 'referred', 'the mayor as a liar.'],
  ])('is left out before a noun phrase: %s', (text, cue, content) => {
    expect(contentOf(text, cue), show(text)).toBe(content);
  });

  it('stays before a verb (an infinitive)', () => {
    const text = 'Jane Roe vowed to build a wall.';
    expect(contentOf(text, 'vowed'), show(text)).toBe('to build a wall.');
  });
});
