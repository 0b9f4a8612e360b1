/**
 * Clock times in the date rule: two times of one day more than an hour apart differ, resolved
 * against the publication time (with the zone each writes: "5:30 a.m. EST" and "10:30 GMT" are one
 * moment) or, unresolved (no day named, or no publication time), by the clock each writes and the
 * offsets of the zones (`surfaceConflict`). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { surfaceConflict, timesComparable } from '../../src/compare/values.js';
import type { TimeRef } from '../../src/types.js';
import { flaggedBothWays, silentBothWays, type TypedCase } from './cases.js';

/** An unresolved time as the extraction reports one it cannot place (start and end null). */
const time = (raw: string): TimeRef => ({ type: 'time', raw, range: [0, raw.length], start: null, end: null, grain: 'day', relative: true });

/** A symmetric test of two unresolved times: the same answer either way round. */
function expectBothWays(f: (x: TimeRef, y: TimeRef) => boolean, a: string, b: string, want: boolean): void {
  expect(f(time(a), time(b))).toBe(want);
  expect(f(time(b), time(a))).toBe(want);
}

describe('date: clock times of one day that differ', () => {
  flaggedBothWays([
    ['two hours apart on the same weekday', 'The quake struck on Monday at 3 p.m., officials said.', 'The quake struck on Monday at 5 p.m., officials said.', 'date'],
    ['morning against afternoon on a named date', 'The bridge reopened on April 20 at 9 a.m., officials said.', 'The bridge reopened on April 20 at 3 p.m., officials said.', 'date'],
    ['clock times of no named day', 'The quake struck at 3 p.m., officials said.', 'The quake struck at 5 p.m., officials said.', 'date'],
    ['a clock time of no named day does not stand in for the day the other side gives', 'The clinic will open from 9 a.m. to 4 p.m. on Sept. 12, the county said.', 'The clinic will open at 9 a.m. and close at 4 p.m. on Sept. 14, the county said.', 'date'],
  ] satisfies TypedCase[]);
});

describe('date: one moment written two ways', () => {
  silentBothWays([
    ['one moment in two time zones', 'The quake struck on Monday at 5:30 a.m. EST, officials said.', 'The quake struck on Monday at 10:30 GMT, officials said.', 'date'],
    ['within the hour', 'The vote closed on Monday at 8 p.m., officials said.', 'The vote closed on Monday at 8:30 p.m., officials said.', 'date'],
    ['a clock time of no named day, within the hour', 'The quake struck at 3 p.m., officials said.', 'The quake struck at 3:20 p.m., officials said.', 'date'],
    ['"p.m." and "pm"', 'The vote closed on Monday at 8 p.m., officials said.', 'The vote closed on Monday at 8 pm, officials said.', 'date'],
  ] satisfies TypedCase[]);
});

describe('surfaceConflict: unresolved times by the clock they write', () => {
  it.each([
    ['3 p.m. Monday', '5 p.m. Monday', true],
    ['Monday at 9 a.m', 'Monday at 9 p.m', true],
    ['Friday at 15:00', 'Friday at 17:30', true],
    ['3 p.m. Monday', '3:30 p.m. Monday', false],
    // Two zones of known offsets: one moment, or two.
    ['Monday at 5:30 a.m. EST', 'Monday at 10:30 GMT', false],
    ['10:30 a.m. EST', '11:30 a.m. GMT', true],
    ['10 p.m. EDT', '3 a.m. BST', false],
    // A zone whose offset changes with the season: not compared with another zone.
    ['8 p.m. ET', '8 p.m. GMT', false],
    // Clock times of no named day, the one just before midnight and the other just after.
    ['11:30 p.m', '12:10 a.m', false],
    // A day of the month or a year is no clock time.
    ['June 10', 'June 10 at 3 p.m', false],
    ['Monday', 'Monday at 3 p.m', false],
  ] as const)('%s / %s: %s', (a, b, want) => expectBothWays(surfaceConflict, a, b, want));
});

describe('timesComparable: a clock time of no named day meets clock times of no named day only', () => {
  it.each([
    ['3 p.m.', '5 p.m.', true],
    ['Sept. 7', 'Sept. 9', true],
    ['6 p.m. Sept. 7', 'Sept. 9', true],
    ['3 p.m.', 'Sept. 9', false],
    ['5 p.m.', '6 p.m. Sept. 7', false],
  ] as const)('%s / %s: %s', (a, b, want) => expectBothWays(timesComparable, a, b, want));
});
