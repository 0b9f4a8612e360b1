/**
 * The source rule on the channel a statement went through: two different channels are flagged, one
 * channel named with and without its kind word ("The Guardian newspaper" / "The Guardian") is not
 * (`sameChannel`, `bareChannel`). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { flaggedBothWays, silentBothWays, type TypedCase } from './cases.js';
import { bareChannel, sameChannel } from '../../src/compare/rules/source.js';


describe('source: another channel is flagged both ways', () => {
  flaggedBothWays([
    [
      'two different channels',
      'He told The Guardian newspaper that the family had Scottish universities in mind when they asked to stay.',
      '"The family had Scottish universities in mind when they asked to stay," he told The Herald newspaper.',
      'source',
    ],
  ] satisfies TypedCase[]);
});

describe('source: one channel named two ways is not flagged either way', () => {
  silentBothWays([
    [
      'one channel named with and without its kind word',
      'He told The Guardian newspaper that the family had Scottish universities in mind when they asked to stay.',
      '"The family had Scottish universities in mind when they asked to stay -- especially the medical schools," he told The Guardian.',
      'source',
    ],
  ] satisfies TypedCase[]);
});

describe('channel names', () => {
  const table: Array<[string, string, boolean]> = [
    ['The Courier newspaper', 'The Courier', true],
    ['the Xinhua news agency', 'Xinhua', true],
    ['Fox News', 'Fox News', true],
    ['The Courier', 'The Herald', false],
    ['Sky News', 'CNN', false],
  ];
  for (const [x, y, expected] of table) it(`${x} / ${y} → ${expected}`, () => expect(sameChannel(x, y)).toBe(expected));
  it('keeps a capitalised kind word as part of the name', () => expect(bareChannel('Fox News')).toBe('Fox News'));
  it('drops a lower-case kind word and the article', () => expect(bareChannel('The Courier newspaper')).toBe('Courier'));
});
