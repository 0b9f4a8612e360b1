/** A lone name after a locative preposition (and a setting word) is a place; made-up sentences. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { statementArticle } from '../../src/matcher.js';

const kinds = (text: string) => Object.fromEntries(extractClaims(statementArticle(text, 'x', null)).mentions.map((m) => [m.raw, m.kind]));

describe('places after a locative preposition', () => {
  it.each([
    ['The agency said it had a firing range in Valparaiso.', 'Valparaiso'],
    ['He was found in the water off Adelaide.', 'Adelaide'],
    ['Downstream at Adelaide, the river was expected to crest.', 'Adelaide'],
    ['In central Adelaide, a landslide blocked the road.', 'Adelaide'],
  ])('%s: %s is a place', (text, name) => {
    expect(kinds(text)[name]).toBe('place');
  });
  it('a word cut from a hyphenated name is not taken for a place', () => {
    expect(kinds('In Al-Fallujah, two grenades were thrown at soldiers.')['Al']).not.toBe('place');
  });
  it.each([
    ['He works at Google in Mountain View.', 'Google', 'organization'],
    ['She met Jones in Congress.', 'Congress', 'organization'],
    ['She met Jones in Congress.', 'Jones', 'person'],
  ])('%s: %s stays %s', (text, name, kind) => {
    expect(kinds(text)[name]).toBe(kind);
  });
});
