/**
 * A range of months that writes its year at its end only takes that year for its start (the year
 * before when the start month comes later); a range with no year resolves against the publication;
 * "between X and Y" is one range.
 * Made-up phrases; published 22 September 2024.
 */
import { expect, it } from 'vitest';
import { extractTimes } from '../../src/extract/times.js';

const read = (text: string) => extractTimes(text, 0, text.length, '2024-09-22T10:00:00Z').map(({ raw, start, end }) => ({ raw, start, end }));

it.each([
  ['It ran from June to August 2023.', { raw: 'June to August 2023', start: '2023-06-01', end: '2023-08-31' }],
  ['It ran from November to March 2021.', { raw: 'November to March 2021', start: '2020-11-01', end: '2021-03-31' }],
  ['It ran from June to July.', { raw: 'June to July', start: '2024-06-01', end: '2024-07-31' }],
  ['It ran between March and May.', { raw: 'March and May', start: '2024-03-01', end: '2024-05-31' }],
  ['Talks ran between Monday and Wednesday.', { raw: 'Monday and Wednesday', start: '2024-09-16', end: '2024-09-18' }],
  ['It happened between June 3 and 5.', { raw: 'June 3 and 5', start: '2024-06-03', end: '2024-06-05' }],
  ['He split his time between Paris and London in May.', { raw: 'May', start: '2024-05-01', end: '2024-05-31' }],
] as const)('%s', (text, want) => {
  expect(read(text)).toEqual([want]);
});
