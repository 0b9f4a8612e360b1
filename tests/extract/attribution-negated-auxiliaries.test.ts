/**
 * Negated auxiliaries written as one word ("don't", "didn’t", "won't", "can't"), which the tagger
 * reads as verbs: between a subject and its cue they are skipped like "do not" (context.ts
 * SKIPPABLE), and a negated form of "be" before a participle is a passive like "was not"
 * (05-attributions.ts PASSIVE_AUX, passive.ts).
 */
import { describe, expect, it } from 'vitest';
import { drafts } from './attribution-cases.js';

/** The drafts as "content | speaker". */
const read = (text: string) => drafts(text).map((a) => `${a.raw.replace(/\.$/u, '')} | ${a.speaker?.raw ?? '-'}`);

describe('negated auxiliaries between the subject and the cue', () => {
  it('reads the subject across a contracted negation, with either apostrophe', () => {
    expect(read('Democrats don’t think the governor can catch the senator in the state.')).toContain('the governor can catch the senator in the state | Democrats');
    expect(read("Democrats don't think the governor can catch the senator in the state.")).toContain('the governor can catch the senator in the state | Democrats');
    expect(read('She didn’t say whether the plan would pass.')).toContain('whether the plan would pass | She');
    expect(read("He won't say if he supports the bill.")).toContain('if he supports the bill | He');
    expect(read('The mayor can’t explain why the budget fell short.')).toContain('why the budget fell short | The mayor');
  });

  it('reads the same as the uncontracted negation', () => {
    const contracted = read('Officials haven’t said whether the plan would fail.');
    const spelled = read('Officials have not said whether the plan would fail.');
    expect(contracted).toEqual(spelled);
    expect(contracted).toContain('whether the plan would fail | Officials');
  });

  it('proposes nothing for a negated verb that is no cue', () => {
    expect(drafts('Two others didn’t arrive at the hall.')).toHaveLength(0);
    // A contracted negation does not join a subject to a cue in a later clause.
    expect(read('The plan didn’t pass, and nobody said anything.').some((r) => r.endsWith('| The plan'))).toBe(false);
  });
});

describe('negated passives', () => {
  it('reads the agent after "by" as the speaker and the subject as the content', () => {
    const r = read('The report wasn’t released by the campaign.');
    expect(r).toContain('The report | the campaign');
    // The subject is not the speaker of content after the participle.
    expect(r.some((x) => x.endsWith('| The report'))).toBe(false);
  });

  it('leaves a negated passive without an agent unread, as "is not" is', () => {
    expect(drafts('Voters aren’t convinced the plan would work.')).toHaveLength(drafts('Voters are not convinced the plan would work.').length);
    expect(drafts('Voters aren’t convinced the plan would work.')).toHaveLength(0);
  });
});
