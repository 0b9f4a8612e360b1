/**
 * Clock times in the date rule: two times of one day more than an hour apart differ, resolved
 * against the publication time (with the zone each writes: "5:30 a.m. EST" and "10:30 GMT" are one
 * moment) or, unresolved, by the clock each writes (`surfaceConflict`). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { surfaceConflict } from '../../src/compare/values.js';
import type { TimeRef } from '../../src/types.js';
import { flaggedBothWays, silentBothWays, type TypedCase } from './cases.js';

describe('date: clock times of one day that differ', () => {
  flaggedBothWays([
    ['two hours apart on the same weekday', 'The quake struck on Monday at 3 p.m., officials said.', 'The quake struck on Monday at 5 p.m., officials said.', 'date'],
    ['morning against afternoon on a named date', 'The bridge reopened on April 20 at 9 a.m., officials said.', 'The bridge reopened on April 20 at 3 p.m., officials said.', 'date'],
  ] satisfies TypedCase[]);
});

describe('date: one moment written two ways', () => {
  silentBothWays([
    ['one moment in two time zones', 'The quake struck on Monday at 5:30 a.m. EST, officials said.', 'The quake struck on Monday at 10:30 GMT, officials said.', 'date'],
    ['within the hour', 'The vote closed on Monday at 8 p.m., officials said.', 'The vote closed on Monday at 8:30 p.m., officials said.', 'date'],
    ['"p.m." and "pm"', 'The vote closed on Monday at 8 p.m., officials said.', 'The vote closed on Monday at 8 pm, officials said.', 'date'],
  ] satisfies TypedCase[]);
});

describe('surfaceConflict: unresolved times by the clock they write', () => {
  const time = (raw: string): TimeRef => ({ type: 'time', raw, range: [0, raw.length], start: null, end: null, grain: 'day', relative: true });
  it.each([
    ['3 p.m. Monday', '5 p.m. Monday', true],
    ['Monday at 9 a.m', 'Monday at 9 p.m', true],
    ['Friday at 15:00', 'Friday at 17:30', true],
    ['3 p.m. Monday', '3:30 p.m. Monday', false],
    // Two zones: only a resolved time can tell whether they differ.
    ['Monday at 5:30 a.m. EST', 'Monday at 10:30 GMT', false],
    // A day of the month or a year is no clock time.
    ['June 10', 'June 10 at 3 p.m', false],
    ['Monday', 'Monday at 3 p.m', false],
  ] as const)('%s / %s: %s', (a, b, want) => {
    expect(surfaceConflict(time(a), time(b))).toBe(want);
    expect(surfaceConflict(time(b), time(a))).toBe(want);
  });
});
