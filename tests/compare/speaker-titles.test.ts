/**
 * `isTitle`, the one test of title words the entity and speaker rules share: a word of a title of
 * the titles lexicon, singular or plural, a word of a title of several words too; connectors, the
 * "state" of "secretary of state" and other words are none.
 */
import { describe, expect, it } from 'vitest';
import { isTitle } from '../../src/compare/rules/entity.js';

describe('isTitle', () => {
  it.each([
    ['minister', true],
    ['ministers', true],
    ['gov.', true],
    ['prime', true],
    ['spokeswoman', true],
    ['state', false],
    ['of', false],
    ['lisbon', false],
    ['harbour', false],
  ] as const)('%s: %s', (word, title) => {
    expect(isTitle(word)).toBe(title);
  });
});
