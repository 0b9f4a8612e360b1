import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import type { Quantity } from '../../src/types.js';

type Row = Pick<Quantity, 'raw' | 'value' | 'max' | 'unit' | 'kind' | 'bound'>;

/** Shorthand for an expected record: `max` defaults to `value`, `bound` to exact. */
function q(raw: string, value: number, kind: Quantity['kind'], unit: string | null = null, bound: Quantity['bound'] = 'exact', max = value): Row {
  return { raw, value, max, unit, kind, bound };
}

function simple(text: string): Row[] {
  return extractQuantities(text, 0, text.length).map(({ raw, value, max, unit, kind, bound }) => ({ raw, value, max, unit, kind, bound }));
}

const cases: ReadonlyArray<readonly [string, Row[]]> = [
  // digits, separators, decimals, scales
  ['300,000 people fled', [q('300,000 people', 300_000, 'count', 'people')]],
  ['a 1.5 rise', [q('1.5 rise', 1.5, 'count', 'rise')]],
  ['300K people', [q('300K people', 300_000, 'count', 'people')]],
  ['1.2 million', [q('1.2 million', 1_200_000, 'count')]],
  ['1.1 million', [q('1.1 million', 1_100_000, 'count')]],
  ['5 billion', [q('5 billion', 5e9, 'count')]],
  ['3.5bn', [q('3.5bn', 3.5e9, 'count')]],
  // words
  ['three', [q('three', 3, 'count')]],
  ['twenty-five', [q('twenty-five', 25, 'count')]],
  ['two hundred', [q('two hundred', 200, 'count')]],
  ['two hundred and fifty thousand people', [q('two hundred and fifty thousand people', 250_000, 'count', 'people')]],
  ['a million people', [q('a million people', 1e6, 'count', 'people')]],
  ['a dozen eggs', [q('a dozen eggs', 12, 'count', 'egg')]],
  ['one person died', [q('one person', 1, 'count', 'people')]],
  ['eight children and two women', [q('eight children', 8, 'count', 'child'), q('two women', 2, 'count', 'woman')]],
  // two modifiers before the noun, bounds after the noun or the unit
  ['There were 307 reported sexual assaults last year.', [q('307 reported sexual assaults', 307, 'count', 'assault')]],
  ['It hired 300 workers or fewer.', [q('300 workers or fewer', 300, 'count', 'worker', 'at-most')]],
  ['Sales grew 5 percent or greater.', [q('5 percent or greater', 5, 'percent', null, 'at-least')]],
  ['Winds of 100 mph or higher hit the coast.', [q('100 mph or higher', 100, 'measure', 'mph', 'at-least')]],
  // ordinals
  ['met for the fourth time on Friday', [q('fourth time', 4, 'ordinal', 'time')]],
  ['holds 4th meeting with', [q('4th meeting', 4, 'ordinal', 'meeting')]],
  ['the 21st century', [q('21st century', 21, 'ordinal', 'century')]],
  ['the twenty-first', [q('twenty-first', 21, 'ordinal')]],
  ['now entering its fourth year.', [q('fourth year', 4, 'ordinal', 'year')]],
  ['In first public remarks', [q('first public remarks', 1, 'ordinal', 'remark')]],
  // percents
  ['12%', [q('12%', 12, 'percent')]],
  ['12 percent', [q('12 percent', 12, 'percent')]],
  ['12 per cent', [q('12 per cent', 12, 'percent')]],
  ['rose 12 percentage points', [q('12 percentage points', 12, 'percent', 'percentage point')]],
  // money
  ['$5 million', [q('$5 million', 5e6, 'money', 'usd')]],
  ['$5bn', [q('$5bn', 5e9, 'money', 'usd')]],
  ['€20', [q('€20', 20, 'money', 'eur')]],
  ['US$5 million', [q('US$5 million', 5e6, 'money', 'usd')]],
  ['Rs 500 crore', [q('Rs 500 crore', 5e9, 'money', 'inr')]],
  ['500 kronor', [q('500 kronor', 500, 'money', 'sek')]],
  ['five to six million dollars', [q('five to six million dollars', 5e6, 'money', 'usd', 'exact', 6e6)]],
  ['$5-6 million', [q('$5-6 million', 5e6, 'money', 'usd', 'exact', 6e6)]],
  // durations and ages
  ['a three-hour long conversation', [q('three-hour', 3, 'duration', 'hour')]],
  ['for three hours in Moscow', [q('three hours', 3, 'duration', 'hour')]],
  ['90 minutes', [q('90 minutes', 90, 'duration', 'minute')]],
  ['1.5 hours', [q('1.5 hours', 1.5, 'duration', 'hour')]],
  ['3-day ceasefire', [q('3-day', 3, 'duration', 'day')]],
  ['leader for the past 25 years.', [q('25 years', 25, 'duration', 'year')]],
  ['24h', [q('24h', 24, 'duration', 'hour')]],
  ['a 25-year-old man', [q('25-year-old', 25, 'measure', 'year-old')]],
  ['he is 25 years old', [q('25 years old', 25, 'measure', 'year-old')]],
  ['10km', [q('10km', 10, 'measure', 'km')]],
  ['5 kilometres', [q('5 kilometres', 5, 'measure', 'km')]],
  // ranges
  ['10-12', [q('10-12', 10, 'count', null, 'exact', 12)]],
  ['10 to 12 people', [q('10 to 12 people', 10, 'count', 'people', 'exact', 12)]],
  ['between 10 and 12', [q('between 10 and 12', 10, 'count', null, 'exact', 12)]],
  ['two or three days', [q('two or three days', 2, 'duration', 'day', 'exact', 3)]],
  ['calls for 50–100% tariffs', [q('50–100%', 50, 'percent', null, 'exact', 100)]],
  ['50%-60%', [q('50%-60%', 50, 'percent', null, 'exact', 60)]],
  ['from 10 to 12', [q('10', 10, 'count'), q('12', 12, 'count')]],
  // bounds
  ['killed at least 12 people', [q('at least 12 people', 12, 'count', 'people', 'at-least')]],
  ['killed at least 12.', [q('at least 12', 12, 'count', null, 'at-least')]],
  ['more than 300', [q('more than 300', 300, 'count', null, 'at-least')]],
  ['over 2000 people', [q('over 2000 people', 2000, 'count', 'people', 'at-least')]],
  ['up to 5', [q('up to 5', 5, 'count', null, 'at-most')]],
  ['at most 5', [q('at most 5', 5, 'count', null, 'at-most')]],
  ['fewer than 10', [q('fewer than 10', 10, 'count', null, 'at-most')]],
  ['about 300 people', [q('about 300 people', 300, 'count', 'people', 'about')]],
  ['around 40', [q('around 40', 40, 'count', null, 'about')]],
  ['some 40 soldiers', [q('some 40 soldiers', 40, 'count', 'soldier', 'about')]],
  ['nearly 12 Ukrainian soldiers', [q('nearly 12 Ukrainian soldiers', 12, 'count', 'soldier', 'about')]],
  ['approximately 7', [q('approximately 7', 7, 'count', null, 'about')]],
  ['12 or more people', [q('12 or more people', 12, 'count', 'people', 'at-least')]],
  ['12+ cases', [q('12+ cases', 12, 'count', 'case', 'at-least')]],
  ['40-odd', [q('40-odd', 40, 'count', null, 'about')]],
  // years
  ['annexed in 2014.', [q('2014', 2014, 'year')]],
  ['the 2014 elections', [q('2014', 2014, 'year')]],
  ['2014-2016', [q('2014-2016', 2014, 'year', null, 'exact', 2016)]],
  ['the 2024-25 season', [q('2024-25', 2024, 'year', null, 'exact', 2025)]],
  ['2000 troops', [q('2000 troops', 2000, 'count', 'troop')]],
  // dates, times and identifiers are not quantities
  ['April 25, 2025', []],
  ['Fri 25 Apr 2025 04:48 CEST', []],
  ['which began in February 2022.', []],
  ['on the 25th of April', []],
  ['starting May 8 for', []],
  ['April 25-27', []],
  ['at 04:48', []],
  ['at 3 pm', []],
  ['at 3pm', []],
  ['on 25/04/2025', []],
  ['2025-04-25', []],
  ['24/7 news', []],
  ['version 1.2.3', []],
  ['G7, F-16, COVID-19, MH17', []],
  ['No. 1', []],
  ['#1 hit', []],
  ['a 3-1 win', []],
  ['the 1990s', []],
  ['two-thirds of voters', []],
  ['a third of them', []],
  ['one of the men', []],
  ['the one who left', []],
  ['one-on-one talks', []],
  ['It came a day after', []],
  ['dozens of cars and hundreds of people', []],
  ['someone, anyone, everyone', []],
];

describe('extractQuantities', () => {
  it.each(cases)('%s', (input, expected) => {
    expect(simple(input)).toEqual(expected);
  });

  it('indexes the whole text and keeps raw equal to the slice', () => {
    const text = 'Intro. Killed at least 12 people in three-hour talks. Outro 99.';
    const start = text.indexOf('Killed');
    const end = text.indexOf(' Outro');
    const found = extractQuantities(text, start, end);
    expect(found.map((x) => x.raw)).toEqual(['at least 12 people', 'three-hour']);
    for (const x of found) {
      expect(text.slice(x.range[0], x.range[1])).toBe(x.raw);
      expect(x.type).toBe('quantity');
      expect(x.range[0]).toBeGreaterThanOrEqual(start);
      expect(x.range[1]).toBeLessThanOrEqual(end);
    }
  });

  it('does not reach outside [start, end] for bound words or units', () => {
    const text = 'at least 12 people';
    expect(extractQuantities(text, 9, 11).map((x) => x.raw)).toEqual(['12']);
  });

  it('keeps raw equal to the slice on every case and on the sample articles', () => {
    const texts = [
      ...cases.map(([input]) => input),
      readFileSync(new URL('../../data/samples/000_d070f9367dbc458a.txt', import.meta.url), 'utf8'),
      readFileSync(new URL('../../data/samples/002_4c12d9ab1cff5c25.txt', import.meta.url), 'utf8'),
    ];
    for (const text of texts) {
      for (const x of extractQuantities(text, 0, text.length)) expect(text.slice(...x.range)).toBe(x.raw);
    }
  });

  const numbery = fc
    .array(
      fc.oneof(
        fc.constantFrom('12', '300,000', '1.5', '2014', 'at', 'least', 'between', 'and', 'to', 'or', 'more', 'three', 'twenty', 'hundred', 'million', 'first', 'one', 'a', 'hour', 'people', 'year', 'old', 'April', 'per', 'cent', '%', '$', '€', 'Rs', '-', '–', ':', '/', '.', ',', '+', 'K', 'bn', 'th'),
        fc.string({ maxLength: 3 }),
      ),
      { maxLength: 12 },
    )
    .chain((parts) => fc.array(fc.constantFrom('', ' ', '-', '\n'), { minLength: parts.length, maxLength: parts.length }).map((gaps) => parts.map((p, i) => gaps[i] + p).join('')));

  it('never throws and keeps every range inside [start, end] with raw matching (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), numbery), fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ maxLength: 20 }), (inner, before, after) => {
        const text = before + inner + after;
        const start = before.length;
        const end = start + inner.length;
        for (const x of extractQuantities(text, start, end)) {
          expect(x.range[0]).toBeGreaterThanOrEqual(start);
          expect(x.range[1]).toBeLessThanOrEqual(end);
          expect(x.range[0]).toBeLessThan(x.range[1]);
          expect(text.slice(x.range[0], x.range[1])).toBe(x.raw);
          expect(Number.isFinite(x.value) && Number.isFinite(x.max) && x.max >= x.value).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
