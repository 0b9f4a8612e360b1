import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/extract/times.js';
import type { TimeRef } from '../../src/types.js';

type Row = Pick<TimeRef, 'raw' | 'grain' | 'start' | 'end' | 'relative'>;

/** Published on a Friday, 04:48 local time, UTC+2. */
const PUBLISHED = '2025-04-25T04:48:00+02:00';

function t(raw: string, grain: TimeRef['grain'], start: string | null, end: string | null = start, relative = true): Row {
  return { raw, grain, start, end, relative };
}

function simple(text: string, published: string | null = PUBLISHED): Row[] {
  return extractTimes(text, 0, text.length, published).map(({ raw, grain, start, end, relative }) => ({ raw, grain, start, end, relative }));
}

const cases: ReadonlyArray<readonly [string, Row[]]> = [
  // absolute
  ['on April 25, 2025.', [t('April 25, 2025', 'day', '2025-04-25', '2025-04-25', false)]],
  ['Published: Fri 25 Apr 2025 04:48 CEST', [t('Fri 25 Apr 2025 04:48 CEST', 'instant', '2025-04-25T04:48:00+02:00', '2025-04-25T04:48:00+02:00', false)]],
  ['April 25, 2025, 23:25:55 IST', [t('April 25, 2025, 23:25:55 IST', 'instant', '2025-04-25T23:25:55+05:30', '2025-04-25T23:25:55+05:30', false)]],
  ['which began in February 2022.', [t('February 2022', 'month', '2022-02-01', '2022-02-28', false)]],
  ['Sunday, 27 April 2025.', [t('Sunday, 27 April 2025', 'day', '2025-04-27', '2025-04-27', false)]],
  ['on 25/04/2025', [t('25/04/2025', 'day', '2025-04-25', '2025-04-25', false)]],
  ['on 2025-04-25', [t('2025-04-25', 'day', '2025-04-25', '2025-04-25', false)]],
  ['annexed in 2014.', [t('2014', 'year', '2014-01-01', '2014-12-31', false)]],
  ['from 2014-2016', [t('2014-2016', 'year', '2014-01-01', '2016-12-31', false)]],
  ['since January 2024', [t('January 2024', 'month', '2024-01-01', '2024-01-31', false)]],
  // weekdays
  ['met for the fourth time on Friday in Moscow', [t('Friday', 'day', '2025-04-25')]],
  ['He met him on Thursday.', [t('Thursday', 'day', '2025-04-24')]],
  ['They spoke on Saturday.', [t('Saturday', 'day', '2025-04-19')]],
  ['Witkoff will meet Putin on Friday.', [t('Friday', 'day', '2025-05-02')]],
  ['On Monday, Witkoff will fly to Moscow.', [t('Monday', 'day', '2025-04-28')]],
  ['On Monday, Trump said he will go.', [t('Monday', 'day', '2025-04-21')]],
  ['next Friday', [t('next Friday', 'day', '2025-05-02')]],
  ['last Friday', [t('last Friday', 'day', '2025-04-18')]],
  ['Thursday night', [t('Thursday night', 'day', '2025-04-24')]],
  ['At 3pm on Friday they met.', [t('3pm on Friday', 'instant', '2025-04-25T15:00:00+02:00')]],
  ['from Monday to Wednesday', [t('Monday to Wednesday', 'day', '2025-04-21', '2025-04-23')]],
  // months and days without a year
  ['joined Trump’s team in January', [t('January', 'month', '2025-01-01', '2025-01-31')]],
  ['In early March', [t('March', 'month', '2025-03-01', '2025-03-31')]],
  ['in May', [t('May', 'month', '2024-05-01', '2024-05-31')]],
  ['The summit will be held in May.', [t('May', 'month', '2025-05-01', '2025-05-31')]],
  ['on April 20', [t('April 20', 'day', '2025-04-20')]],
  ['April 25-27', [t('April 25-27', 'day', '2025-04-25', '2025-04-27')]],
  ['a ceasefire starting May 8', [t('May 8', 'day', '2025-05-08')]],
  // relative to publication
  ['yesterday', [t('yesterday', 'day', '2025-04-24')]],
  ['today', [t('today', 'day', '2025-04-25')]],
  ['tomorrow', [t('tomorrow', 'day', '2025-04-26')]],
  ['last night', [t('last night', 'day', '2025-04-24', '2025-04-25')]],
  ['this week', [t('this week', 'week', '2025-04-21', '2025-04-27')]],
  ['last week', [t('last week', 'week', '2025-04-14', '2025-04-20')]],
  ['earlier this week', [t('earlier this week', 'week', '2025-04-21', '2025-04-25')]],
  ['over the weekend', [t('over the weekend', 'week', '2025-04-19', '2025-04-20')]],
  ['last month', [t('last month', 'month', '2025-03-01', '2025-03-31')]],
  ['this month', [t('this month', 'month', '2025-04-01', '2025-04-30')]],
  ['last year', [t('last year', 'year', '2024-01-01', '2024-12-31')]],
  ['three days ago', [t('three days ago', 'day', '2025-04-22')]],
  ['two weeks ago', [t('two weeks ago', 'week', '2025-04-07', '2025-04-13')]],
  // skipped: anchored to another event, clock times alone, non-dates
  ['It came a day after Trump criticised', []],
  ['Two days later, the army left.', []],
  ['the next day', []],
  ['at 04:48', []],
  ['24/7 coverage', []],
  ['He may go. The march went on. The Sun reported. Sat down.', []],
  ['now', []],
  ['for the past 25 years', []],
];

describe('extractTimes', () => {
  it.each(cases)('%s', (input, expected) => {
    expect(simple(input)).toEqual(expected);
  });

  it.each([
    ['on Friday', [t('Friday', 'day', null)]],
    ['yesterday', [t('yesterday', 'day', null)]],
    ['last month', [t('last month', 'month', null)]],
    ['on April 25, 2025', [t('April 25, 2025', 'day', '2025-04-25', '2025-04-25', false)]],
    ['in 2014', [t('2014', 'year', '2014-01-01', '2014-12-31', false)]],
  ] as ReadonlyArray<readonly [string, Row[]]>)('without a publication time: %s', (input, expected) => {
    expect(simple(input, null)).toEqual(expected);
  });

  it('resolves in the publication’s local calendar, not UTC', () => {
    // 00:30 on Saturday in UTC+3 is still Friday in UTC.
    expect(simple('yesterday', '2025-04-26T00:30:00+03:00')).toEqual([t('yesterday', 'day', '2025-04-25')]);
    expect(simple('on Friday', '2025-04-26T00:30:00+03:00')).toEqual([t('Friday', 'day', '2025-04-25')]);
  });

  it('indexes the whole text and keeps raw equal to the slice', () => {
    const text = 'Head. Putin met Witkoff on Friday, a day after the strike, as in 2014. Tail yesterday.';
    const start = text.indexOf('Putin');
    const end = text.indexOf(' Tail');
    const found = extractTimes(text, start, end, PUBLISHED);
    expect(found.map((x) => x.raw)).toEqual(['Friday', '2014']);
    for (const x of found) {
      expect(x.type).toBe('time');
      expect(text.slice(x.range[0], x.range[1])).toBe(x.raw);
      expect(x.range[0]).toBeGreaterThanOrEqual(start);
      expect(x.range[1]).toBeLessThanOrEqual(end);
    }
  });

  it('keeps raw equal to the slice on every case and on the sample articles', () => {
    const texts = [
      ...cases.map(([input]) => input),
      readFileSync(new URL('../../data/samples/000_d070f9367dbc458a.txt', import.meta.url), 'utf8'),
      readFileSync(new URL('../../data/samples/002_4c12d9ab1cff5c25.txt', import.meta.url), 'utf8'),
    ];
    for (const text of texts) {
      for (const x of extractTimes(text, 0, text.length, PUBLISHED)) expect(text.slice(...x.range)).toBe(x.raw);
    }
  });

  const datey = fc
    .array(
      fc.oneof(
        fc.constantFrom('on', 'Friday', 'April', '25', '2025', ',', '.', 'last', 'next', 'week', 'month', 'year', 'ago', 'yesterday', 'the', 'weekend', 'a', 'day', 'after', 'will', '04:48', 'CEST', '3pm', '/', '-', 'in', 'May', 'Fri', 'Apr'),
        fc.string({ maxLength: 3 }),
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join(' '));

  it('never throws and keeps every range inside [start, end] with raw matching (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), datey),
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        fc.constantFrom<string | null>(PUBLISHED, null, '2024-02-29T23:59:00-05:00', 'not a date'),
        (inner, before, after, published) => {
          const text = before + inner + after;
          const start = before.length;
          const end = start + inner.length;
          for (const x of extractTimes(text, start, end, published)) {
            expect(x.range[0]).toBeGreaterThanOrEqual(start);
            expect(x.range[1]).toBeLessThanOrEqual(end);
            expect(x.range[0]).toBeLessThan(x.range[1]);
            expect(text.slice(x.range[0], x.range[1])).toBe(x.raw);
            expect((x.start === null) === (x.end === null)).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the chrono gate', () => {
  it('a duration is not a date, whatever other words the clause holds', () => {
    // Words that begin like a month or weekday ("decision", "market", "money") used to open the gate.
    for (const text of ['The jury could not reach a decision after 30 hours.', 'The jury could not agree after 30 hours.', 'The market rules take effect in about 30 days.']) {
      expect(simple(text)).toEqual([]);
    }
  });
  it('month and weekday names in their short and long forms still open it', () => {
    for (const [text, raw] of [['The vote is on Sept. 12, 2024.', 'Sept. 12, 2024'], ['They met on Thurs., March 6.', 'Thurs., March 6'], ['It opened Dec 3, 2019.', 'Dec 3, 2019']] as const) {
      expect(simple(text).map((r) => r.raw)).toContain(raw);
    }
  });
});
