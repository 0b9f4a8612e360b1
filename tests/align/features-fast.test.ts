/**
 * The pair features read numeric forms of the profiles (interned ids, sorted keys). They must give
 * exactly the values of the plain string forms, which the fallback path still uses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURES, containMax, lcsRatio, lcsTable, pairFeatures, profileOfText, type ClaimProfile } from '../../src/align/features.js';

const pairs: Array<[string, string]> = [
  ['The council approved a budget of 4.2 million dollars on Tuesday.', 'On Tuesday the council approved the 4.2 million dollar budget.'],
  ['Rescuers pulled 12 people from the rubble after the quake, officials said.', 'Officials said rescuers pulled twelve survivors from the rubble of the earthquake.'],
  ['"We will not back down," the minister said.', 'The minister said the government would not back down.'],
  ['the the the cat sat', 'the cat the cat sat sat'],
  ['Ça va très bien, merci — Zoë', 'Zoë: ça va bien'],
  ['', 'Nothing to compare with.'],
];

/** The same profile, made to score through the string n-grams. */
const unpacked = (p: ClaimProfile): ClaimProfile => ({ ...p, fast: { ...p.fast, packed: false } });

describe('fast pair features', () => {
  it.each(pairs)('the packed n-gram keys give the same features as string n-grams: %s', (a, b) => {
    const pa = profileOfText(a);
    const pb = profileOfText(b);
    const fast = pairFeatures(pa, pb);
    const slow = pairFeatures(unpacked(pa), unpacked(pb));
    const mixed = pairFeatures(pa, unpacked(pb));
    for (const k of FEATURES) {
      expect(fast[k]).toBe(slow[k]);
      expect(mixed[k]).toBe(slow[k]);
    }
  });
  it.each(pairs)('containMax alone is the pair feature, to the last bit: %s', (a, b) => {
    const pa = profileOfText(a);
    const pb = profileOfText(b);
    expect(containMax(pa, pb)).toBe(pairFeatures(pa, pb).containMax);
    expect(containMax(pb, pa)).toBe(pairFeatures(pa, pb).containMax);
  });
  it('containMax alone is the pair feature on any two texts', () => {
    const word = fc.constantFrom('council', 'budget', 'approved', 'the', 'on', 'Tuesday', 'million', 'rescuers', 'quake', 'officials', 'said', 'twelve', '12');
    const text = fc.array(word, { maxLength: 14 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(text, text, (a, b) => containMax(profileOfText(a), profileOfText(b)) === pairFeatures(profileOfText(a), profileOfText(b)).containMax));
  });
  it('repeated n-grams are clipped to the smaller count, in both directions', () => {
    const f = pairFeatures(profileOfText('the the the cat'), profileOfText('the cat'));
    // "the cat": both words found (1.0); "the the the cat": "the" clipped to one, so 2 of 4.
    expect(f.p1Max).toBe(1);
    expect(f.p1Min).toBe(0.5);
  });
  it('character bigrams count repeats (Dice of "aaaa" and "aa" is 2·1 / (3 + 1))', () => {
    expect(pairFeatures(profileOfText('aaaa'), profileOfText('aa')).dice).toBe(0.5);
  });
});

describe('bit-parallel longest common subsequence', () => {
  const list = (alphabet: number) => fc.array(fc.integer({ min: 0, max: alphabet }), { maxLength: 48 }).map((xs) => Int32Array.from(xs));
  it('equals the dynamic programme on any two word lists, across the 32-bit boundary and the 40-word cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }).chain((k) => fc.tuple(list(k), list(k))), ([a, b]) => {
        expect(lcsRatio(a, b)).toBe(lcsTable(a, b));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
  it('reads known cases', () => {
    expect(lcsRatio(Int32Array.from([1, 2, 3, 4]), Int32Array.from([1, 3, 4, 2]))).toBe(3 / 4);
    expect(lcsRatio(Int32Array.from([5, 5, 5]), Int32Array.from([6, 7]))).toBe(0);
    const long = Int32Array.from({ length: 45 }, (_, i) => i);
    expect(lcsRatio(long, long)).toBe(1);
    expect(lcsRatio(long, long.subarray(0, 35))).toBe(35 / 40);
  });
});
