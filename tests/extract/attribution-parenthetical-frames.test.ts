/**
 * A frame inside the content (content-first.ts): a frame between a clause's subject and its verb
 * makes one content around it; a fronted adjunct before it is no content; a whole quotation after
 * "X said," is the cue's, and a quoted lower-case continuation still ends the frame's content.
 */
import { describe, expect, it } from 'vitest';
import { byCue, firstByCue, show, titled } from './attribution-cases.js';

describe('parenthetical frames', () => {
  it('reads a frame that splits the subject from its verb as one content around it', () => {
    const plain = titled('The company, the agency said Tuesday, will cut 300 jobs.');
    const found = firstByCue(plain, 'said');
    expect(found?.raw, show(plain)).toBe('The company, the agency said Tuesday, will cut 300 jobs.');
    expect(found!.speaker?.raw).toBe('the agency');
    const inverted = titled('The main change, said Tom Hanley, is that the fee goes up.');
    const inv = firstByCue(inverted, 'said');
    expect(inv?.raw, show(inverted)).toBe('The main change, said Tom Hanley, is that the fee goes up.');
    expect(inv!.speaker?.raw).toBe('Tom Hanley');
    // A fronted adjunct before the frame and a clause after it: the content is the clause only.
    const adjunct = titled('In Ohio, Hanley said, the plan is popular.');
    expect(firstByCue(adjunct, 'said')?.raw, show(adjunct)).toBe('the plan is popular.');
  });

  it('leaves a whole quotation after "X said," to the cue, not to a parenthetical frame', () => {
    const body = titled('Asked what he would like the nominee to embody, Jane Doe said, “They have got to be able to win.”');
    const said = byCue(body, 'said');
    expect(said.map((x) => x.raw), show(body)).toEqual(['“They have got to be able to win.”']);
    // A quoted continuation in lower case still ends the frame's content.
    const tail = titled('The plan will fail, Jane Doe said, "because nobody wants it."');
    expect(firstByCue(tail, 'said')?.raw, show(tail)).toBe('The plan will fail, Jane Doe said, "because nobody wants it."');
  });
});
