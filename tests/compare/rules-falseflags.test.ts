/**
 * Round 2 of the discrepancy rules: tables of true and false cases for the changes that cut false
 * flags on unchanged paraphrases (the same value or the same words written differently stay silent;
 * a real difference is still flagged), through the matcher and on the helpers.
 */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';
import { cutAtEnds } from '../../src/compare/rules/quote.js';
import { wordDiff } from '../../src/compare/diff.js';
import { quantitiesConflict, roundedAlike, sameNumeral } from '../../src/compare/values.js';
import type { Quantity } from '../../src/types.js';

const published = '2025-04-25T10:00:00+02:00';
const types = (a: string, b: string) => [...new Set(compareStatements(a, b, { published }).discrepancies.map((d) => d.type))].sort();

const flagged: Array<[string, string, string]> = [
  ['quote', 'He said the leak should be "pursued to the fullest extent" by the department.', 'He said the leak should be "pursued to the fullest degree" by the department.'],
  ['quote', '“The economy is growing, jobs are coming back and wages are rising,” Smith said.', '“The economy is growing and wages are rising,” Smith said.'],
  ['quote', '"Costs are weaker than previously expected," the bank said.', 'The bank said costs, "although stable," were "weaker than quickly expected."'],
  ['number', 'The index rose 1.36 percent on Tuesday in heavy trading.', 'The index rose 1.9 percent on Tuesday in heavy trading.'],
  ['number', 'The company paid a $10 million fine last year to settle the case.', 'The company paid a $12 million fine last year to settle the case.'],
  ['modality', 'The chip market will decline 2 percent this year, analysts said.', 'The chip market may decline 2 percent this year, analysts said.'],
  ['speaker', 'The river was expected to crest at 36 feet tonight, John Burke said.', 'The river was expected to crest at 36 feet tonight, Mary Lindqvist said.'],
];

describe('a real difference is still flagged', () => {
  for (const [type, a, b] of flagged) {
    it(`${type}: ${a.slice(0, 40)} / ${b.slice(0, 40)}`, () => {
      expect(types(a, b)).toContain(type);
    });
  }
});

const silent: Array<[string, string, string, string]> = [
  ['quote', '"per cent" and "percent" in a quote', '"The forecast reflects a growth rate of 8 percent," Scalise said.', '"The forecast reflects a growth rate of 8 per cent," Scalise said.'],
  ['quote', 'an acronym with and without full stops', '"We believe Congress gave the FTC authority to run the list," they said.', '"We believe Congress gave the F.T.C. authority to run the list," they said.'],
  ['quote', 'a month written out and in short', '"It contributed to September 11 and the failure continues," Graham said.', '"It contributed to Sept. 11 and the failure continues," Graham said.'],
  ['number', 'a percentage rounded to fewer decimals', 'The index rose 1.36 percent on Tuesday in heavy trading.', 'The index rose 1.4 percent on Tuesday in heavy trading.'],
  ['number', 'a percentage rounded to a whole number', 'Shares of the firm rose 8.76 per cent in late trading.', 'Shares of the firm rose 9% in late trading.'],
  ['modality', 'a forecast and a future tense', 'The chip market is expected to decline 2 percent this year.', 'The chip market will decline 2 percent this year.'],
  ['entity', 'an acronym with an ampersand', 'The broad Standard & Poor\'s 500 index slipped 12.27 points to 981.73.', 'The S.& P. 500 slipped 12.27 points to 981.73.'],
];

// A quote cut short, or given as reported speech, is what the issue asks the quote rule to report:
// at low severity, since the words may agree but the reader should check them.
const cutOrParaphrased: Array<[string, string, string]> = [
  ['a quote one outlet stops sooner', '“The economy is growing strongly and jobs are coming back,” Smith said.', '“The economy is growing strongly,” Smith said.'],
  ['quoted in one outlet, reported speech in the other', '"This deal makes sense for both companies," Halla said in a statement.', 'Halla said the deal made sense for both companies.'],
];

describe('a quote cut short or paraphrased is a low-severity quote finding', () => {
  for (const [name, a, b] of cutOrParaphrased) {
    it(name, () => {
      const quotes = compareStatements(a, b, { published }).discrepancies.filter((d) => d.type === 'quote');
      expect(quotes.length).toBeGreaterThan(0);
      expect(quotes.every((d) => d.severity === 'low')).toBe(true);
    });
  }
});

describe('the same thing written differently is not flagged', () => {
  for (const [type, name, a, b] of silent) {
    it(`${type}: ${name}`, () => {
      expect(types(a, b)).not.toContain(type);
    });
  }
});

const q = (raw: string, value: number, unit: string | null = 'percent', kind: Quantity['kind'] = 'percent', bound: Quantity['bound'] = 'exact'): Quantity => ({ type: 'quantity', range: [0, raw.length], raw, value, max: value, unit, kind, bound });

describe('roundedAlike, sameNumeral', () => {
  it.each([
    [q('1.36 percent', 1.36), q('1.4 percent', 1.4), true],
    [q('8.76 per cent', 8.76), q('9%', 9), true],
    [q('1.23 percent', 1.23), q('1.2 percent', 1.2), true],
    [q('1.71 million', 1.71e6, 'usd', 'money'), q('1.7 million', 1.7e6, 'usd', 'money'), true],
    [q('1.71 million', 1.71e6, 'usd', 'money'), q('1.5 million', 1.5e6, 'usd', 'money'), false],
    [q('0.3 percent', 0.3), q('0.2 percent', 0.2), false],
    [q('1.36 percent', 1.36), q('1.36 percent', 1.36), false],
    [q('at least 1.36 percent', 1.36, 'percent', 'percent', 'at-least'), q('1.4 percent', 1.4), false],
    [q('second', 2, null, 'ordinal'), q('2.4', 2.4, null, 'ordinal'), false],
  ] as const)('roundedAlike(%o, %o) → %s', (a, b, alike) => {
    expect(roundedAlike(a, b)).toBe(alike);
    expect(roundedAlike(b, a)).toBe(alike);
  });

  it.each([
    [q('$10 million', 1e7, 'usd', 'money'), q('$10', 10, 'usd', 'money'), true],
    [q('11M', 11e6, null, 'count'), q('11', 11, null, 'count'), true],
    [q('$10 million', 1e7, 'usd', 'money'), q('$12', 12, 'usd', 'money'), false],
    [q('$10 million', 1e7, 'usd', 'money'), q('$10 000', 1e4, 'usd', 'money'), false],
    [q('10 percent', 10), q('100 percent', 100), false],
    [q('10 million', 1e7, null, 'count'), q('10 thousand', 1e4, null, 'count'), false],
  ] as const)('sameNumeral(%o, %o) → %s', (a, b, same) => {
    expect(sameNumeral(a, b)).toBe(same);
    expect(quantitiesConflict(a, b)).toBe(!same);
  });
});

describe('cutAtEnds', () => {
  it.each([
    ['the economy is growing strongly and jobs are back', 'the economy is growing strongly', true],
    ['i just got carried away and started making stuff', 'started making stuff', true],
    ['pursued to the fullest extent', 'pursued to the fullest degree', false],
    ['growing, jobs are coming back and wages are rising', 'growing and wages are rising', false],
    ['one two three', 'four five six', false],
  ] as const)('cutAtEnds(%s / %s) → %s', (a, b, cut) => {
    expect(cutAtEnds(wordDiff(a, b))).toBe(cut);
  });
});
