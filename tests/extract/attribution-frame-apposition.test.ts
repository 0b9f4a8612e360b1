/**
 * A speaker's apposition in a frame. A parenthetical frame with the speaker after the cue (`…,
 * said X, …`): the content goes on after the frame, unless the words after the speaker's comma are
 * the speaker's apposition (`…, said X, a professor at …`), which ends the content at the frame
 * (content-first.ts). Between a quotation and its cue, a titled or untyped name with an apposition
 * is one frame; other words between them are none.
 */
import { describe, expect, it } from 'vitest';
import { byCue, firstByCue, show, titled } from './attribution-cases.js';

/** The contents of the drafts whose cue is `cue`. */
const contents = (text: string, cue: string): string[] => byCue(text, cue).map((a) => a.raw);

describe('content before an inverted frame', () => {
  it('ends at the frame when an apposition of the speaker follows it', () => {
    const text = 'Tariffs will not bring these jobs back, said Jane Roe, a professor of economics at the state university.';
    expect(contents(text, 'said')).toEqual(['Tariffs will not bring these jobs back']);
  });

  it('goes on after the frame when a clause follows it', () => {
    const text = 'Tariffs will not bring these jobs back, said Jane Roe, and the plants will stay closed for years.';
    expect(contents(text, 'said')).toEqual([text]);
  });

  it('goes on after a frame with the speaker before the cue', () => {
    const text = 'Tariffs will not bring these jobs back, Jane Roe said, the result of decades of automation in the plants.';
    expect(contents(text, 'said')).toEqual([text]);
  });
});

describe('an apposition between a quotation and its cue', () => {
  it('reads a quotation, a titled name and an apposition before the cue as one frame', () => {
    const body = titled('"Nobody expected that outcome," Senator Mary J. Olsen, Democrat of Ohio, said of the vote on the bill.');
    const said = byCue(body, 'said');
    expect(said.map((x) => x.raw), show(body)).toEqual(['Nobody expected that outcome,']);
    expect(said[0]!.speaker?.raw).toBe('Mary J. Olsen');
    // An untyped name ("Will" read as a noun) with an apposition is a speaker too.
    const untyped = titled('"We have to fix the roads first," Will Henson, the mayor of the small town, said of the plan.');
    expect(firstByCue(untyped, 'said')?.raw, show(untyped)).toBe('We have to fix the roads first,');
  });

  it('reads no apposition frame when other words stand between the quotation and the name', () => {
    const body = titled('"The fee will rise," and now the whole town of Marlow, which voted for it, said nothing.');
    const said = byCue(body, 'said');
    expect(said.some((x) => x.raw.startsWith('The fee will rise')), show(body)).toBe(false);
  });
});
