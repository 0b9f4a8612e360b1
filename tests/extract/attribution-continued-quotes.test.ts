/**
 * A quotation that no cue claims, right after reported content in the writer's words (`X said the
 * plan would fail. “It has no money …”`), goes on with that content as one mixed attribution
 * (unclaimed-quotes.ts); with a sentence between, it is an attribution of its own for the same speaker.
 */
import { describe, expect, it } from 'vitest';
import { attributions } from './attribution-cases.js';

describe('a quotation after reported content', () => {
  it('continues the content right before it', () => {
    const a = attributions('Jane Roe said the plan would fail. “It has no money behind it and no friends in the council.” The council meets on Monday.');
    const found = a.find((x) => x.raw.startsWith('the plan would fail'));
    expect(found?.raw).toBe('the plan would fail. “It has no money behind it and no friends in the council.');
    expect(found?.kind).toBe('partial');
    expect(found?.speaker?.canonical).toBe('Jane Roe');
  });

  it('is an attribution of its own after a sentence of the writer\'s', () => {
    const a = attributions('Jane Roe said the plan would fail. The council meets on Monday. “It has no money behind it and no friends in the council.”');
    expect(a.map((x) => x.raw)).toContain('the plan would fail.');
    const quote = a.find((x) => x.raw.startsWith('It has no money'));
    expect(quote?.kind).toBe('direct');
    expect(quote?.speaker?.canonical).toBe('Jane Roe');
  });
});
