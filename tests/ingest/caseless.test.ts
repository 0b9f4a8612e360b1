/**
 * `caseless` lower-cases the text and drops the `i` flag for speed; it must answer exactly as the
 * `iu` pattern does, whatever the text (the case-folding traps ſ, İ, K included).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseless } from '../../src/util/text.js';
import { boilerplateLexicon } from '../../src/lexicon.js';

const sources = [
  ...boilerplateLexicon().patterns,
  String.raw`\bsign up for (?:our|the) (?:[\p{L}\p{N}'’-]+ ){0,4}newsletters?\b`,
  String.raw`^(?:[\p{L}\p{N}'’&.-]+ ){0,4}newsletters?$`,
  String.raw`\bfollow (?:[\p{L}'’.@_-]+ ){1,4}on (?:twitter|x)\b`,
  String.raw`^by\s+\p{Lu}`,
  String.raw`\bask\b`,
  String.raw`^\p{L}+$`,
  String.raw`(?:[\p{L}'’-]+ ){2}news`,
];
const pieces = ['sign up for', 'Sign Up For', 'SUBSCRIBE', 'our', 'the', 'newsletter', 'Newsletters', 'follow', 'on', 'Twitter', 'X', 'by', 'By', 'Updated', 'ASK', 'aſk', 'ſ', 'İ', 'K', '\u0345', 'a\u0345b', 'ß', 'ẞ', 'Σ', '’', 'Copyright', '©', 'photo', 'Photo by', 'Unsplash', 'says:', 'comments', '12', ' ', ' ', '\n', '-'];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 14 }).map((xs) => xs.join(' '));

describe('caseless patterns', () => {
  it.each(sources)('answer as the iu pattern: %s', (source) => {
    const folded = new RegExp(source, 'iu');
    const fast = caseless(source);
    fc.assert(
      fc.property(text, (s) => {
        expect(fast.test(s)).toBe(folded.test(s));
      }),
      { numRuns: 400, seed: 5 },
    );
  });
  it('match across case and keep the traps', () => {
    const p = caseless(String.raw`\bask\b`);
    expect(p.test('Please ASK him')).toBe(true);
    expect(p.test('aſk')).toBe(new RegExp(String.raw`\bask\b`, 'iu').test('aſk'));
    expect(p.test('basket')).toBe(false);
    const upper = caseless(String.raw`^by\s+[A-Z]`);
    expect(upper.test('by smith')).toBe(true); // [A-Z] under i matches lower case too
  });
});
