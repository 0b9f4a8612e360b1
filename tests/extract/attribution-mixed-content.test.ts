/**
 * A quotation inside content after the cue: a quotation that opens a longer clause, and an object
 * with its quoted predicate (`called X “…”`), are one mixed content with the writer's words.
 */
import { describe, expect, it } from 'vitest';
import { attributions, firstByCue } from './attribution-cases.js';

describe('mixed content after the cue', () => {
  it('a quotation that opens a longer clause is part of mixed content', () => {
    const a = attributions('Tom Hardy said “it makes me angry” every time the council delays the vote.');
    const found = a.find((x) => x.cue?.raw === 'said');
    expect(found?.raw).toBe('“it makes me angry” every time the council delays the vote.');
    expect(found?.kind).toBe('partial');
  });

  it('"called X “…”" reads the object and its quoted predicate as one mixed content', () => {
    const a = attributions('Anna Berg called the harbour plan “a costly mistake” at the meeting on Monday.');
    const found = a.find((x) => x.cue?.raw === 'called');
    expect(found?.raw).toBe('the harbour plan “a costly mistake” at the meeting on Monday.');
    expect(found?.speaker?.canonical).toBe('Anna Berg');
    const long = firstByCue('Tom Hardy called the new harbour plan “absurd.”', 'called');
    expect(long?.raw).toBe('the new harbour plan “absurd.”');
    // A short object with nothing after the quotation leaves the quotation alone.
    const short = firstByCue('Tom Hardy called the plan “absurd.”', 'called');
    expect(short?.raw).toBe('absurd.');
  });
});
