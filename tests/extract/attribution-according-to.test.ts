/**
 * "According to X" inside a sentence (attribution/according-to.ts): the sentence around the frame
 * is the content, what comes before it when the frame ends the sentence, and a dash ends the source.
 */
import { describe, expect, it } from 'vitest';
import { firstByCue, show, titled } from './attribution-cases.js';

describe('"according to" inside a sentence', () => {
  it('reads the sentence around a frame inside it as the content', () => {
    const body = titled('The tax, according to the survey, is fair.');
    const found = firstByCue(body, 'according to');
    expect(found?.raw, show(body)).toBe('The tax, according to the survey, is fair.');
    expect(found!.speaker?.raw).toBe('the survey');
    // At the sentence end, the content is what comes before the frame.
    const end = titled('The tax is fair, according to the survey.');
    expect(firstByCue(end, 'according to')?.raw, show(end)).toBe('The tax is fair');
  });

  it('ends the source at a dash', () => {
    const sentence = 'Most voters - 63 percent in 2014, according to the survey - still believe the tax is fair.';
    const body = titled(sentence);
    const found = firstByCue(body, 'according to');
    expect(found?.speaker?.raw, show(body)).toBe('the survey');
    expect(found!.raw).toBe(sentence);
  });
});
