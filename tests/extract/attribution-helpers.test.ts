/**
 * Helpers that replace a slower expression in the attribution stage must give exactly its answer:
 * checked here against that expression on random strings over the characters that matter to it.
 */
import { describe, expect, it } from 'vitest';
import { SUBJECT_LEAD, subjectPhraseStart } from '../../src/extract/attribution/content-first.js';
import { underThreeWords } from '../../src/extract/attribution/context.js';
import { trailingWord } from '../../src/extract/attribution/filter.js';

/** Random strings from a deterministic generator (xorshift32), so that a failure repeats. */
function randomStrings(alphabet: readonly string[], count: number, maxLength: number, seed = 7): string[] {
  let state = seed;
  const next = (k: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % k;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const length = next(maxLength + 1);
    for (let j = 0; j < length; j++) s += alphabet[next(alphabet.length)]!;
    out.push(s);
  }
  return out;
}

// Letters (ASCII, accented, astral), digits, the apostrophes and hyphen of the word class, "_"
// (a \w character outside it), white space and other punctuation.
const ALPHABET = ['a', 'Z', 'é', 'Ω', '𝐀', '7', '٣', "'", '’', '-', '_', ' ', '\u00a0', '\n', ',', '.', '?', '“', '(', '—'];

describe('trailingWord', () => {
  it('gives what /([\\p{L}\\p{N}\'’-]+)\\W*$/u captures', () => {
    const re = /([\p{L}\p{N}'’-]+)\W*$/u;
    const strings = [...randomStrings(ALPHABET, 20000, 14), ...randomStrings(['a', ' ', '_', 'é', '.'], 5000, 8, 11), '', 'said', 'the minister said.', 'he_ é', 'café', 'abc éé'];
    for (const s of strings) expect(trailingWord(s), JSON.stringify(s)).toBe(re.exec(s)?.[1]);
  });
});

describe('underThreeWords', () => {
  it('is true exactly when s.split(/\\s+/) has fewer than three pieces', () => {
    const strings = [...randomStrings(['a', 'é', ' ', '  ', '\n', '\u00a0', ',', '𝐀'], 20000, 10), '', ' ', 'one', 'one two', 'one two three', ' one two ', 'a  b'];
    for (const s of strings) expect(underThreeWords(s), JSON.stringify(s)).toBe(s.split(/\s+/).length < 3);
  });
});

describe('subjectPhraseStart', () => {
  it('gives the start of the SUBJECT_LEAD match before the mention, searched from the sentence start', () => {
    const words = ['the ', 'Mr. ', 'Del.', 'a ', 'state ', 'Scott’s ', 'niece', ', ', ' ', '  ', '\n', "O'", 'é', '-', 'X', '“'];
    for (const before of [...randomStrings(words, 20000, 12, 5), '', 'Officials said that the aide ', 'a b c d e f g ']) {
      const text = `${before}Jane Doe said.`;
      const lead = SUBJECT_LEAD.exec(before);
      const expected = lead ? before.length - lead[0].length : before.length;
      expect(subjectPhraseStart(text, 0, before.length), JSON.stringify(before)).toBe(expected);
    }
  });
});
