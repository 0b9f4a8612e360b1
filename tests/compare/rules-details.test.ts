/** Tables of true and false cases for the finer points of the rules: bounds, unresolved dates, antonyms, refutation, quotes, names, relatedness. */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';
import { sameName } from '../../src/compare/rule.js';
import { quoteDiffers } from '../../src/compare/rules/quote.js';
import { surfaceConflict } from '../../src/compare/values.js';
import type { TimeRef } from '../../src/types.js';

const published = '2025-04-25T10:00:00+02:00';
const types = (a: string, b: string, p: string | null = published) => [...new Set(compareStatements(a, b, { published: p }).discrepancies.map((d) => d.type))].sort();

const flagged: Array<[string, string, string]> = [
  ['number', 'He could face up to 26 years in prison under the new law.', 'He could face up to 15 years in prison under the new law.'],
  ['polarity', 'The home team won the final match of the season on Sunday.', 'The home team lost the final match of the season on Sunday.'],
  ['polarity', 'The singer cancelled her world tour because of illness.', 'Reports that the singer cancelled her world tour because of illness are a hoax.'],
  ['quote', '“We will rebuild the old bridge within a year,” the mayor said.', '“We will rebuild the old bridge within a decade,” the mayor said.'],
];

describe('finer rules flag the differing detail', () => {
  for (const [type, a, b] of flagged) {
    it(`${type}: ${b.slice(0, 50)}`, () => {
      expect(types(a, b)).toContain(type);
      expect(types(b, a)).toContain(type);
    });
  }
  it('date: different weekdays without a publication time', () => {
    expect(types('The minister resigned on Thursday after the vote in parliament.', 'The minister resigned on Tuesday after the vote in parliament.', null)).toContain('date');
  });
});

const silent: Array<[string, string, string]> = [
  ['unrelated statements', 'The minister resigned on Thursday after the vote in parliament.', 'Floods closed three schools in the north of the country on Tuesday.'],
  ['one speaker, two spellings', '“We will never back down from this fight,” said Jane Smith.', '“We will never back down from this fight,” Smith said.'],
  ['the same quote, a function word apart', '“The result is a package that will provide growth for our employees,” he said.', '“The result is a package that will provide a growth for our employees,” he said.'],
  ['two sums in different order', 'The company paid $5 million for the old site and later sold it for $9 million.', 'The company sold the old site for $9 million after paying $5 million for it.'],
];

describe('finer rules stay silent', () => {
  for (const [name, a, b] of silent) {
    it(name, () => {
      expect(types(a, b).filter((t) => t !== 'omission')).toEqual([]);
    });
  }
});

const time = (raw: string, start: string | null = null, grain: TimeRef['grain'] = 'day'): TimeRef => ({ type: 'time', range: [0, raw.length], raw, start, end: start, grain, relative: start === null });

describe('dates that could not be resolved compare by the calendar fields they name', () => {
  it.each([
    ['Thursday', 'Tuesday', true],
    ['Thursday', 'Thursday', false],
    ['in April', 'in December', true],
    ['June 10', 'June 12', true],
    ['June', 'June 10', false],
    ['Friday', 'last week', false],
  ] as const)('%s / %s → %s', (a, b, conflict) => {
    expect(surfaceConflict(time(a), time(b))).toBe(conflict);
    expect(surfaceConflict(time(b), time(a))).toBe(conflict);
  });
  it('a resolved date names its weekday', () => {
    expect(surfaceConflict(time('April 25, 2025', '2025-04-25'), time('Thursday'))).toBe(true);
    expect(surfaceConflict(time('April 25, 2025', '2025-04-25'), time('Friday'))).toBe(false);
  });
});

describe('names and quotes', () => {
  it.each([
    ['Jane Smith', 'Smith', true],
    ['ELENA Slough', 'Elena Slough', true],
    ["Eugene O'Neill", 'Eugene ONeills', true],
    ['Jane Smith', 'John Brown', false],
  ] as const)('sameName(%s, %s) → %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
  it.each([
    ['we will win this fight', 'we will win this fight', false],
    ["it is not the easiest time", "it's not the easiest time", false],
    ['we will win this fight', 'we will lose this fight', true],
    ['we will win this fight in the courts, in parliament and in the streets', 'we will win this fight', true],
  ] as const)('quoteDiffers(%s, %s) → %s', (a, b, differs) => {
    expect(quoteDiffers(a, b)).toBe(differs);
  });
});
