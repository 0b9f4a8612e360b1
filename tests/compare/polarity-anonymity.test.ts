/**
 * The polarity rule and the idiom of anonymity: "on condition of not being identified" states the
 * terms a source spoke on and denies nothing; a negation of the statement itself is still flagged.
 */
import { describe, expect, it } from 'vitest';
import { compareStatements } from '../../src/index.js';

const published = '2025-04-25T10:00:00+02:00';
const types = (a: string, b: string) => [...new Set(compareStatements(a, b, { published }).discrepancies.map((d) => d.type))].sort();

describe('polarity: the terms of anonymity deny nothing', () => {
  it('"on condition of not being identified" against "on condition of anonymity"', () => {
    const a = 'The minister\'s trip was disclosed Monday by two officials who discussed it on condition of not being identified by name.';
    const b = 'The minister\'s trip was disclosed by two officials, who spoke on condition of anonymity.';
    expect(types(a, b)).not.toContain('polarity');
  });

  it('"on condition that they not be named" against "who asked for anonymity"', () => {
    const a = 'The plan was described by three aides who spoke on condition that they not be named.';
    const b = 'The plan was described by three aides who asked for anonymity.';
    expect(types(a, b)).not.toContain('polarity');
  });

  it('a negated disclosure is still flagged', () => {
    const a = 'The minister\'s trip was not disclosed by the two officials on Monday.';
    const b = 'The minister\'s trip was disclosed by the two officials on Monday.';
    expect(types(a, b)).toContain('polarity');
  });

  it('a negation after the terms of anonymity is still flagged', () => {
    const a = 'Speaking on condition of anonymity, two officials said the army did not withdraw from the town.';
    const b = 'Speaking on condition of anonymity, two officials said the army withdrew from the town.';
    expect(types(a, b)).toContain('polarity');
  });
});
