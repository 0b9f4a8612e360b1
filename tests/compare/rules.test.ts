/** Each discrepancy rule on tables of true and false cases, through the matcher. */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';

const published = '2025-04-25T10:00:00+02:00';
const types = (a: string, b: string) => [...new Set(compareStatements(a, b, { published }).discrepancies.map((d) => d.type))].sort();

const flagged: Array<[string, string, string]> = [
  ['number', 'At least 12 people were killed in the attack on the market, police said.', 'Nine people were killed in the attack on the market, police said.'],
  ['date', 'The minister resigned on Thursday after the vote in parliament.', 'The minister resigned on Tuesday after the vote in parliament.'],
  ['entity', 'The summit between the two leaders was held in Geneva on Monday.', 'The summit between the two leaders was held in Vienna on Monday.'],
  ['speaker', '“We will never back down from this fight,” said Jane Smith.', '“We will never back down from this fight,” said John Brown.'],
  ['source', 'The talks were constructive and useful, according to Reuters.', 'The talks were constructive and useful, according to AFP.'],
  ['quote', '“The economy is growing strongly and jobs are coming back,” Smith said.', '“The economy is growing weakly and jobs are coming back,” Smith said.'],
  ['quote', '“The economy is growing strongly and jobs are coming back,” Smith said.', '“The economy is growing strongly,” Smith said.'],
  ['modality', 'The minister will resign next week over the scandal.', 'The minister may resign next week over the scandal.'],
  ['polarity', 'The company agreed to the merger with its rival.', 'The company did not agree to the merger with its rival.'],
];

describe('rules flag the differing detail', () => {
  for (const [type, a, b] of flagged) {
    it(`${type}: ${a.slice(0, 40)} / ${b.slice(0, 40)}`, () => {
      expect(types(a, b)).toContain(type);
    });
  }
});

const silent: Array<[string, string, string]> = [
  ['same count in words and digits', 'Twelve people were killed in the attack on the market.', '12 people were killed in the attack on the market.'],
  ['ordinal written two ways', 'The leaders met for the fourth time in the capital.', 'The leaders held their 4th meeting in the capital.'],
  ['duration written two ways', 'It was a three-hour meeting in the capital.', 'The meeting in the capital lasted three hours.'],
  ['weekday and date of the same day', 'The leaders met on Friday in the capital.', 'The leaders met on April 25, 2025 in the capital.'],
  ['alias of a country', 'Talks between representatives of Russia and Ukraine resumed.', 'Talks between representatives of the Russian Federation and Ukraine resumed.'],
  ['"at least 12" and "12"', 'At least 12 people died in the fire at the hotel.', '12 people died in the fire at the hotel.'],
  ['the same statement twice', 'The central bank raised interest rates by half a point on Wednesday.', 'The central bank raised interest rates by half a point on Wednesday.'],
];

describe('equal values written differently are not discrepancies', () => {
  for (const [name, a, b] of silent) {
    it(name, () => {
      const found = types(a, b).filter((t) => ['number', 'date', 'entity', 'speaker', 'polarity', 'modality'].includes(t));
      expect(found).toEqual([]);
    });
  }
});

describe('comparison is symmetric', () => {
  for (const [, a, b] of [...flagged, ...silent]) {
    it(`${a.slice(0, 30)}…`, () => {
      expect(types(a, b)).toEqual(types(b, a));
    });
  }
});
