/**
 * Quantities joined by hyphens to a scale word or a currency word ("38-million euros", "a
 * $2-billion deal", "a 10-million-dollar bonus"): the scale multiplies the figure and the currency
 * makes it a sum; a hyphenated adjective ("2,000-strong") stays a count. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';

const read = (text: string) => extractQuantities(text, 0, text.length).map((q) => ({ raw: q.raw, value: q.value, kind: q.kind, unit: q.unit }));

describe('quantities: a scale word after a hyphen', () => {
  it('"38-million euros" is 38 million euros', () => {
    expect(read('The buildings were valued at around 38-million euros last year.')).toEqual([{ raw: 'around 38-million euros', value: 38_000_000, kind: 'money', unit: 'eur' }]);
  });
  it('"$2-billion" is two billion dollars', () => {
    expect(read('The firm agreed a $2-billion deal.')).toEqual([{ raw: '$2-billion', value: 2_000_000_000, kind: 'money', unit: 'usd' }]);
  });
  it('"10-million-dollar" is a sum in dollars', () => {
    expect(read('He was paid a 10-million-dollar bonus.')).toEqual([{ raw: '10-million-dollar', value: 10_000_000, kind: 'money', unit: 'usd' }]);
  });
  it('a hyphenated adjective stays a count', () => {
    expect(read('A 2,000-strong force crossed the river.').map((q) => [q.value, q.kind])).toEqual([[2000, 'count']]);
  });
});
