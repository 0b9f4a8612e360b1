/**
 * A quotation closed by a frame after it (`… “…,” X said`) with the writer's words before it in its
 * sentence: the words and the quotation are one mixed content (content-first.ts), as PolNeAR marks
 * it; a quotation that opens its sentence, or follows a short lead or a colon, stays alone.
 */
import { describe, expect, it } from 'vitest';
import { attributions } from './attribution-cases.js';

describe('mixed content before a frame', () => {
  it('runs from the sentence start over the quotation', () => {
    const a = attributions('Teachers who connect online are “very, very pro-Bernie,” Jane Roe said.');
    expect(a.map((x) => x.raw)).toEqual(['Teachers who connect online are “very, very pro-Bernie,”']);
    expect(a[0]!.kind).toBe('partial');
    expect(a[0]!.speaker?.canonical).toBe('Jane Roe');
  });

  it('leaves a quotation that opens its sentence alone', () => {
    const a = attributions('“We will win this state,” Jane Roe said.');
    expect(a.map((x) => x.raw)).toEqual(['We will win this state,']);
    expect(a[0]!.kind).toBe('direct');
  });

  it('leaves a quotation after a short lead or a colon alone', () => {
    expect(attributions('In Iowa, “we will win this state,” Jane Roe said.').map((x) => x.raw)).toEqual(['we will win this state,']);
    expect(attributions('Her answer to the critics was plain: “we will win this state,” Jane Roe said.').some((x) => x.raw.startsWith('Her answer'))).toBe(false);
  });
});
