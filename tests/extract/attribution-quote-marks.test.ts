/**
 * Mixed quotation marks (04-quotes.ts): a straight mark right after a word or punctuation closes a
 * curly quotation open before it (`“good citizen," who …`), so that the rest of the paragraph is
 * not read as quoted; a straight mark before a word still opens a nested quotation. A title in
 * quotation marks before the subject is no quotation of the speaker.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/04-quotes.js';
import { drafts } from './attribution-cases.js';

const quotes = (text: string) => findQuoteSpans(text, 0, text.length).map((q) => text.slice(q.outer[0], q.outer[1]));

describe('mixed quotation marks', () => {
  it('closes a curly opening mark with a straight one after a word', () => {
    const text = 'He called the developer a “good corporate citizen," who gave to charities. And the mayor said it was hard to measure.';
    expect(quotes(text)).toEqual(['“good corporate citizen,"']);
    expect(findQuoteSpans(text, 0, text.length)[0]!.closed).toBe(true);
  });

  it('keeps a straight pair nested inside curly marks', () => {
    expect(quotes('“He said "no" to me,” she said.')).toEqual(['“He said "no" to me,”', '"no"']);
    expect(quotes('“He called it "a joke."” she said.')).toEqual(['“He called it "a joke."”', '"a joke."']);
  });
});

describe('quoted titles', () => {
  it('a title in quotation marks before the subject is no quotation of the speaker', () => {
    const a = drafts('Speaking on the channel’s “Morning Report,” Paul Reed said the harbour plan would cost the town dearly.');
    expect(a.some((x) => x.raw === 'Morning Report,' || x.raw === 'Morning Report')).toBe(false);
    expect(a.find((x) => x.cue?.raw === 'said')?.raw).toBe('the harbour plan would cost the town dearly.');
  });
});
