/**
 * Counts read again with the words around them (`inContext` in quantities.ts): a sum by the noun
 * after it, a share by "-percent", a person's age by apposition; and the counts that stay counts.
 * Made-up phrases.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';

const first = (text: string) => {
  const q = extractQuantities(text, 0, text.length)[0];
  return q && { raw: q.raw, kind: q.kind, unit: q.unit };
};

describe('a count read again with the words around it', () => {
  it.each([
    // A large figure before a noun naming a sum: a sum of no stated currency.
    ['Pearson posted a 56 million pre-tax profit.', { raw: '56 million pre-tax profit', kind: 'money', unit: null }],
    ['A 250,000 fine was set.', { raw: '250,000 fine', kind: 'money', unit: null }],
    // A share with a hyphen, in either spelling.
    ['It posted a 3.8-percent rise.', { raw: '3.8', kind: 'percent', unit: null }],
    ['It announced a 5-per-cent cut.', { raw: '5', kind: 'percent', unit: null }],
    // A bare figure set off by commas after a name: an age, as "17-year-old" writes it.
    ['Max Smith, 17, was found.', { raw: '17', kind: 'measure', unit: 'year-old' }],
  ] as const)('%s', (text, want) => {
    expect(first(text)).toEqual(want);
  });

  it.each([
    // A small figure before a sum noun, and a plural noun before it: counts.
    ['He paid a 5 fine.', { raw: '5 fine', kind: 'count', unit: 'fine' }],
    ['The 2,000 jobs cost the city.', { raw: '2,000 jobs', kind: 'count', unit: 'job' }],
    // The sum noun only counts within the figure's own text: not across a line break into the next paragraph.
    ['It cost 4,000.\nFine weather followed.', { raw: '4,000', kind: 'count', unit: null }],
    // No age: over 120, no name before the comma, no comma after the figure.
    ['Max Smith, 130, was found.', { raw: '130', kind: 'count', unit: null }],
    ['The boy, 17, was found.', { raw: '17', kind: 'count', unit: null }],
    ['Max Smith, 17 and a dog were found.', { raw: '17', kind: 'count', unit: null }],
  ] as const)('stays a count: %s', (text, want) => {
    expect(first(text)).toEqual(want);
  });
});
