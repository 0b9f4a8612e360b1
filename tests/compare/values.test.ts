import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseUnit, quantitiesComparable, quantitiesConflict, timesConflict } from '../../src/compare/values.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { extractTimes } from '../../src/extract/times.js';
import type { Quantity, TimeRef } from '../../src/types.js';

/** The single quantity extracted from `text` (the tests compare what the extractor produces). */
function quantity(text: string): Quantity {
  const found = extractQuantities(text, 0, text.length);
  if (found.length !== 1) throw new Error(`expected one quantity in ${JSON.stringify(text)}, got ${found.length}`);
  return found[0]!;
}

function time(raw: string, grain: TimeRef['grain'], start: string | null, end: string | null = start): TimeRef {
  return { type: 'time', range: [0, raw.length], raw, grain, start, end, relative: false };
}

describe('normaliseUnit', () => {
  it.each([
    [null, null],
    ['', null],
    ['hour', 'hour'],
    ['hours', 'hour'],
    ['Hrs', 'hour'],
    ['minutes', 'minute'],
    ['people', 'people'],
    ['person', 'people'],
    ['persons', 'people'],
    ['soldiers', 'soldier'],
    ['casualties', 'casualty'],
    ['children', 'child'],
    ['kilometres', 'km'],
    ['dollars', 'usd'],
    ['USD', 'usd'],
    ['crises', 'crisis'],
    ['Percentage  Point', 'percentage point'],
  ] as ReadonlyArray<readonly [string | null, string | null]>)('%s → %s', (input, expected) => {
    expect(normaliseUnit(input)).toBe(expected);
  });
});

describe('quantitiesConflict', () => {
  it.each([
    // equal values written differently
    ['300,000', '300K', false],
    ['300,000 people', '300K', false],
    ['fourth time', '4th time', false],
    ['three-hour', 'three hours', false],
    ['90 minutes', '1.5 hours', false],
    ['three hours', '180 minutes', false],
    ['two weeks', '14 days', false],
    ['12%', '12 percent', false],
    ['$5 million', '5 million dollars', false],
    ['$5bn', '$5,000 million', false],
    ['10 km', '6.2 miles', false],
    // bounds and ranges
    ['at least 12', '12', false],
    ['at least 12 people', '9 people', true],
    ['at least 12', '15', false],
    ['up to 12', '9', false],
    ['up to 12', '15', true],
    ['about 300', '310', false],
    ['about 300', '400', true],
    ['10-12', '11', false],
    ['10-12', '12 to 14', false],
    ['10-12', '13-15', true],
    ['between 10 and 12', '9', true],
    // real differences
    ['12 people', '13 people', true],
    ['fourth time', 'third time', true],
    ['three hours', 'two hours', true],
    ['12%', '15%', true],
    ['in 2014', 'in 2015', true],
    ['$5 million', '$6 million', true],
    // not comparable: different kinds or units
    ['fourth time', '4 times', false],
    ['12 people', '12%', false],
    ['in 2014', '2050 people', false],
    ['three hours', 'three people', false],
    ['fourth time', '4th meeting', false],
    ['12 people', '15 soldiers', false],
    ['$5 million', '€6 million', false],
    ['12%', '15 percentage points', false],
    ['10 km', '12 kg', false],
  ] as ReadonlyArray<readonly [string, string, boolean]>)('%s vs %s → %s', (a, b, expected) => {
    const qa = quantity(a);
    const qb = quantity(b);
    expect(quantitiesConflict(qa, qb)).toBe(expected);
    expect(quantitiesConflict(qb, qa)).toBe(expected);
  });

  it('treats a null unit as compatible with any unit for counts only', () => {
    expect(quantitiesComparable(quantity('killed at least 12.'), quantity('12 people'))).toBe(true);
    expect(quantitiesConflict(quantity('killed 9.'), quantity('at least 12 people'))).toBe(true);
    expect(quantitiesComparable(quantity('12 people'), quantity('12 soldiers'))).toBe(false);
    expect(quantitiesComparable(quantity('4th'), quantity('4'))).toBe(false);
    expect(quantitiesComparable(quantity('90 minutes'), quantity('1.5 hours'))).toBe(true);
    expect(quantitiesComparable(quantity('10 km'), quantity('10 kg'))).toBe(false);
  });

  it('is symmetric and never flags a quantity against itself (property)', () => {
    const arb = fc.record({
      value: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      width: fc.double({ min: 0, max: 1e6, noNaN: true }),
      unit: fc.constantFrom(null, 'people', 'hour', 'minute', 'usd', 'km', 'mile'),
      kind: fc.constantFrom<Quantity['kind']>('count', 'ordinal', 'money', 'percent', 'duration', 'measure', 'year'),
      bound: fc.constantFrom<Quantity['bound']>('exact', 'at-least', 'at-most', 'about'),
    });
    const make = (r: { value: number; width: number; unit: string | null; kind: Quantity['kind']; bound: Quantity['bound'] }): Quantity => ({
      type: 'quantity', range: [0, 1], raw: 'x', value: r.value, max: r.value + r.width, unit: r.unit, kind: r.kind, bound: r.bound,
    });
    fc.assert(
      fc.property(arb, arb, (ra, rb) => {
        const a = make(ra);
        const b = make(rb);
        expect(quantitiesConflict(a, b)).toBe(quantitiesConflict(b, a));
        expect(quantitiesConflict(a, a)).toBe(false);
      }),
    );
  });
});

describe('timesConflict', () => {
  const friday = time('Friday', 'day', '2025-04-25');
  it.each([
    [friday, time('April 25, 2025', 'day', '2025-04-25'), false],
    [friday, time('Fri 25 Apr 2025 04:48 CEST', 'instant', '2025-04-25T04:48:00+02:00'), false],
    [friday, time('April', 'month', '2025-04-01', '2025-04-30'), false],
    [friday, time('2025', 'year', '2025-01-01', '2025-12-31'), false],
    [friday, time('this week', 'week', '2025-04-21', '2025-04-27'), false],
    [friday, time('Thursday', 'day', '2025-04-24'), true],
    [friday, time('last week', 'week', '2025-04-14', '2025-04-20'), true],
    [friday, time('March', 'month', '2025-03-01', '2025-03-31'), true],
    [time('February 2022', 'month', '2022-02-01', '2022-02-28'), time('2014', 'year', '2014-01-01', '2014-12-31'), true],
    [time('04:48', 'instant', '2025-04-25T04:48:00+02:00'), time('05:15', 'instant', '2025-04-25T05:15:00+02:00'), false],
    [time('04:48', 'instant', '2025-04-25T04:48:00+02:00'), time('02:48Z', 'instant', '2025-04-25T02:48:00Z'), false],
    [time('04:48', 'instant', '2025-04-25T04:48:00+02:00'), time('23:25', 'instant', '2025-04-25T23:25:55+05:30'), true],
    [friday, time('yesterday', 'day', null), false],
    [time('yesterday', 'day', null), time('last month', 'month', null), false],
  ] as ReadonlyArray<readonly [TimeRef, TimeRef, boolean]>)('%# %o', (a, b, expected) => {
    expect(timesConflict(a, b)).toBe(expected);
    expect(timesConflict(b, a)).toBe(expected);
  });

  it('agrees on the same day however it is written (extracted)', () => {
    const published = '2025-04-25T04:48:00+02:00';
    const [a] = extractTimes('met on Friday', 0, 13, published);
    const [b] = extractTimes('on April 25, 2025', 0, 17, '2025-04-25T23:25:55+05:30');
    const [c] = extractTimes('Fri 25 Apr 2025 04:48 CEST', 0, 26, published);
    expect(timesConflict(a!, b!)).toBe(false);
    expect(timesConflict(a!, c!)).toBe(false);
    expect(timesConflict(b!, c!)).toBe(false);
  });
});
