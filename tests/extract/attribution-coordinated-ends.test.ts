/**
 * Where indirect content ends at a coordination or a trailing clause: after a nominal object (a cue
 * of no communication or cognition class: "wants", "backs") "and" + a subject + a finite verb opens
 * the writer's next clause, while after "said" it joins a coordinated subject; a dash before "but"
 * and a relative ", which" clause end the content.
 */
import { describe, expect, it } from 'vitest';
import { byCue, show } from './attribution-cases.js';

describe('coordinated clause ends', () => {
  it('ends a nominal object before "and" + a new subject and a finite verb', () => {
    const text = 'The governor wants the new tax credits and the mayor wants a bigger budget for the city.';
    const found = byCue(text, 'wants').map((x) => x.raw);
    expect(found, show(text)).toContain('the new tax credits');
    expect(found.some((r) => r.includes('the mayor'))).toBe(false);
  });

  it('keeps a coordinated subject after "said" in the content', () => {
    const text = 'Jane Roe said she and her husband had opted to leave the town in the spring.';
    expect(byCue(text, 'said').map((x) => x.raw), show(text)).toContain('she and her husband had opted to leave the town in the spring.');
  });

  it('keeps a plain coordinated object of a nominal cue', () => {
    const text = 'The governor wants the new tax credits and a bigger budget for the city.';
    expect(byCue(text, 'wants').map((x) => x.raw), show(text)).toContain('the new tax credits and a bigger budget for the city.');
  });

  it('ends content at a dash before "but", also after a nominal object', () => {
    const text = 'The mayor proposed a debate on the evening of April 4 - but the rival campaign rejected the idea.';
    const found = byCue(text, 'proposed').map((x) => x.raw);
    expect(found, show(text)).toContain('a debate on the evening of April 4');
    expect(found.some((r) => r.includes('rival campaign'))).toBe(false);
    // A dash with no "but" after it does not end the content.
    const plain = 'Tom Reed said the council approved the plan -- a rare thing in that town.';
    expect(byCue(plain, 'said').map((x) => x.raw), show(plain)).toContain('the council approved the plan -- a rare thing in that town.');
  });

  it('ends content at a relative ", which" clause', () => {
    const text = 'Tom Reed said the council approved the plan, which pleased the farmers near the river.';
    expect(byCue(text, 'said').map((x) => x.raw), show(text)).toContain('the council approved the plan');
    // "which" with no comma before it stays in the content.
    const bound = 'Tom Reed said the council approved the plan which the farmers had drawn up.';
    expect(byCue(bound, 'said').map((x) => x.raw), show(bound)).toContain('the council approved the plan which the farmers had drawn up.');
  });
});
