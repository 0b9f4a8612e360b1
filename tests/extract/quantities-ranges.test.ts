/**
 * Numbers joined by "to" or a dash that are no range, and hyphenated words after a number: the
 * unit each number gets. Made-up phrases.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';

const read = (text: string) => extractQuantities(text, 0, text.length).map(({ raw, value, max, unit, kind }) => ({ raw, value, max, unit, kind }));

describe('a number linked to the next one lends it no unit unless it has none', () => {
  it.each([
    ['It will cut output by 145 million to 70 million board feet.', [145e6, 'board', 'count'], [70e6, 'board', 'count']],
    ['Sales fell from 145 million to 70 million pounds.', [145e6, 'gbp', 'money'], [70e6, 'gbp', 'money']],
  ] as const)('%s', (text, a, b) => {
    const got = read(text);
    expect(got.map((q) => [q.value, q.unit, q.kind])).toEqual([a, b]);
  });
  it.each([
    // A true range stays one record.
    ['It will take 60 million to 70 million board feet.', [[60e6, 70e6, 'board']]],
    // A unit of its own is kept; a year is no unit to lend.
    ['It rose 12 percent to 70 million tons.', [[12, 12, null], [70e6, 70e6, 'tonne']]],
    ['The fund grew 300 workers to 2010.', [[300, 300, 'worker'], [2010, 2010, null]]],
  ] as const)('%s', (text, rows) => {
    expect(read(text).map((q) => [q.value, q.max, q.unit])).toEqual(rows);
  });
});

describe('hyphenated words after a number', () => {
  it.each([
    ['The firm hired 56 full-time workers.', 'worker', '56 full-time workers'],
    ['Five co-workers said so.', 'co-worker', 'Five co-workers'],
    ['a 12-member panel', 'member', '12-member'],
  ])('%s: unit %s', (text, unit, raw) => {
    const [first] = read(text);
    expect(first?.unit).toBe(unit);
    expect(first?.raw).toBe(raw);
  });
  it('the first part of a compound is never the unit', () => {
    expect(read('Pearson posted a 56 million pre-tax profit.')[0]?.unit).not.toBe('pre');
  });
});
