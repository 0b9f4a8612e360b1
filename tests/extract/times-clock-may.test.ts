/**
 * Two shapes the sentence split used to hide from chrono: a clock time's "a.m." / "p.m." followed
 * by its time zone or day ("5:30 a.m. EST", "3 p.m. Monday"), and a lone "May" after a month cue
 * other than "in" ("by May", "in mid-May"). Made-up sentences; published on Wednesday 22 May 2024.
 */
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/extract/times.js';

const PUBLISHED = '2024-05-22T10:00:00Z';
const read = (text: string) => extractTimes(text, 0, text.length, PUBLISHED).map(({ raw, grain, start, end }) => ({ raw, grain, start, end }));

describe('a clock time with its zone or day after "a.m." / "p.m."', () => {
  it.each([
    ['The quake struck Monday at 5:30 a.m. EST.', { raw: 'Monday at 5:30 a.m. EST', grain: 'instant', start: '2024-05-20T05:30:00-05:00', end: '2024-05-20T05:30:00-05:00' }],
    ['The quake struck at 3 p.m. Monday.', { raw: '3 p.m. Monday', grain: 'instant', start: '2024-05-20T15:00:00+00:00', end: '2024-05-20T15:00:00+00:00' }],
    ['Voting closed Tuesday at 8 P.M. ET. Results came later.', { raw: 'Tuesday at 8 P.M. ET', grain: 'instant', start: '2024-05-21T20:00:00-04:00', end: '2024-05-21T20:00:00-04:00' }],
  ] as const)('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });
  it('any other sentence end still cuts: each sentence keeps its own day', () => {
    expect(read('He left Monday. Tuesday was quiet.').map((t) => t.raw)).toEqual(['Monday', 'Tuesday']);
    expect(read('He left at 9 p.m. on Monday. Tuesday was quiet.').map((t) => t.raw)).toEqual(['9 p.m. on Monday', 'Tuesday']);
  });
});

describe('a lone "May" after a month cue', () => {
  const MAY = { raw: 'May', grain: 'month', start: '2024-05-01', end: '2024-05-31' };
  it.each(['Police arrived in mid-May.', 'It will end by May.', 'In late May, it rained.', 'By mid-May, most had left.', 'Since May the plan stalled.', 'It began in May.'])('%s', (text) => {
    expect(read(text)).toEqual([MAY]);
  });
  it.each(['The deal, which May signed, ends.', 'Officials said they may act.', 'Theresa May said so.', 'After May resigned, he left.', "It came before May's speech."])('no month: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a clock time of no named day: reported unresolved', () => {
  it.each([
    ['The quake struck at 3 p.m., officials said.', ['3 p.m.']],
    ['It struck at 10:30 a.m. EST and again at 3pm.', ['10:30 a.m. EST', '3pm']],
    ['It ended at 15:00 GMT.', ['15:00 GMT']],
  ] as const)('%s', (text, raws) => {
    const found = read(text);
    expect(found.map((t) => t.raw)).toEqual(raws);
    for (const t of found) expect([t.grain, t.start, t.end]).toEqual(['instant', null, null]);
  });
  it.each(['The score was 3:1 at halftime.', 'It ended at 10:30.', 'Version 2.5 p.m. was released.'])('no clock time: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
