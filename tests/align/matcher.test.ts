/**
 * The matcher's parts: the logistic fit, the features (bounds, symmetry, string-similarity's Dice),
 * the shipped model, and the two decisions on hand-made pairs.
 */
import fc from 'fast-check';
import stringSimilarity from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { FEATURES, pairFeatures, profileOfClaim, profileOfText } from '../../src/align/features.js';
import { MIN_CANDIDATE_CONTAINMENT, alignClaims, worthScoring } from '../../src/align/index.js';
import { fitLogistic, sigmoid } from '../../src/align/logistic.js';
import { alignedDecision, defaultModel, scoreFeatures } from '../../src/align/model.js';
import { compareStatements, PRESENTATION_TYPES, statementClaims } from '../../src/matcher.js';
import { contentStems } from '../../src/util/words.js';

describe('fitLogistic', () => {
  it('recovers the direction of a separable rule and is deterministic', () => {
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 200; i++) {
      const a = (i % 20) / 20;
      const b = ((i * 7) % 13) / 13;
      x.push([a, b]);
      y.push(a > 0.5 ? 1 : 0);
    }
    const fit = fitLogistic(x, y, undefined, { l2: 0.1 });
    expect(fit.weights[0]).toBeGreaterThan(5);
    expect(Math.abs(fit.weights[1]!)).toBeLessThan(fit.weights[0]! / 5);
    expect(sigmoid(fit.bias + fit.weights[0]! * 0.9 + fit.weights[1]! * 0.5)).toBeGreaterThan(0.9);
    expect(sigmoid(fit.bias + fit.weights[0]! * 0.1 + fit.weights[1]! * 0.5)).toBeLessThan(0.1);
    expect(fitLogistic(x, y, undefined, { l2: 0.1 })).toEqual(fit);
  });

  it('fits soft targets: a constant target of 0.3 gives probability 0.3', () => {
    const fit = fitLogistic([[0], [1], [2], [3]], [0.3, 0.3, 0.3, 0.3]);
    expect(sigmoid(fit.bias + fit.weights[0]! * 1.5)).toBeCloseTo(0.3, 3);
  });
});

describe('pair features', () => {
  const text = fc.string({ unit: 'binary', maxLength: 200 });

  it('are finite, in [0, 1], and symmetric for any two texts', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const pa = profileOfText(a);
        const pb = profileOfText(b);
        const ab = pairFeatures(pa, pb);
        const ba = pairFeatures(pb, pa);
        for (const k of FEATURES) {
          expect(Number.isFinite(ab[k])).toBe(true);
          expect(ab[k]).toBeGreaterThanOrEqual(0);
          expect(ab[k]).toBeLessThanOrEqual(1 + 1e-9);
          if (k !== 'order' && k !== 'lcs') expect(ab[k]).toBeCloseTo(ba[k], 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("dice equals string-similarity's compareTwoStrings on the lower-cased texts", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const expected = a.trim() && b.trim() ? stringSimilarity.compareTwoStrings(a.toLowerCase(), b.toLowerCase()) : 0;
        expect(pairFeatures(profileOfText(a), profileOfText(b)).dice).toBeCloseTo(expected, 12);
      }),
      { numRuns: 300 },
    );
  });

  it('WordNet matches a synonym that the exact stems miss', () => {
    const f = pairFeatures(profileOfText('The company purchased the factory.'), profileOfText('The firm bought the factory.'));
    expect(f.containMin).toBeLessThan(0.6);
    expect(f.wordnetMin).toBeGreaterThan(f.containMin);
  });

  it('marks a verbatim fragment of four words or more, and not a short or reworded one', () => {
    const long = profileOfText('The minister said the meeting was constructive and very useful for both sides.');
    expect(pairFeatures(long, profileOfText('constructive and very useful')).fragment).toBe(1);
    expect(pairFeatures(long, profileOfText('very useful')).fragment).toBe(0);
    expect(pairFeatures(long, profileOfText('useful and constructive, very much')).fragment).toBe(0);
  });

  it('sees differing numbers and names', () => {
    const f = pairFeatures(profileOfText('Twelve people died.', { numbers: [12], entities: ['Tara Reid'] }), profileOfText('Nine people died.', { numbers: [9], entities: ['Reid'] }));
    expect(f.numberDiffer).toBe(1);
    expect(f.numberShared).toBe(0);
    expect(f.entityShared).toBe(1);
  });

  it('compares the words with digits of the two texts', () => {
    const f = pairFeatures(profileOfText('The chain was sold in 1998 for $2.5 billion.'), profileOfText('It sold the chain for $1,800 million in 1998.'));
    expect(f.digitShared).toBeCloseTo(1 / 2, 9);
    expect(f.digitDiffer).toBeCloseTo(1 - 1 / 3, 9);
    expect(pairFeatures(profileOfText('The 86th awards.'), profileOfText('The 81st awards.')).digitDiffer).toBe(1);
  });

  it('personDiffer: both name people and no name word is shared', () => {
    const a = profileOfText('Ann Lee will host the show.', { people: ['Ann Lee'] });
    expect(pairFeatures(a, profileOfText('Bob Smith will host the show.', { people: ['Bob Smith'] })).personDiffer).toBe(1);
    expect(pairFeatures(a, profileOfText('Lee will host the show.', { people: ['Lee'] })).personDiffer).toBe(0);
    expect(pairFeatures(a, profileOfText('The show has a host.')).personDiffer).toBe(0);
  });

  it('reads a decimal point spaced out by a tokeniser as a decimal point', () => {
    const f = pairFeatures(profileOfText('A 5 . 9 magnitude quake struck.'), profileOfText('A 5.9 magnitude quake struck.'));
    expect(f.digitShared).toBe(1);
    expect(f.digitDiffer).toBe(0);
    expect(pairFeatures(profileOfText('In 2005. 10 people died.'), profileOfText('In 2005.10 people died.')).digitDiffer).toBeGreaterThan(0);
  });

  it('dayDiffer: both name a day of the week, and not the same one', () => {
    const sunday = profileOfText('The quake struck on Sunday.');
    expect(pairFeatures(sunday, profileOfText('An earthquake hit on Tuesday.')).dayDiffer).toBe(1);
    expect(pairFeatures(sunday, profileOfText('An earthquake hit Sunday night.')).dayDiffer).toBe(0);
    expect(pairFeatures(sunday, profileOfText('An earthquake hit.')).dayDiffer).toBe(0);
  });

  it('prefixMin / prefixMax: related forms with the same first four letters count as found', () => {
    const f = pairFeatures(profileOfText('Russian bombers struck the city.'), profileOfText('Russia bombed and struck the city.'));
    expect(f.containMin).toBeLessThan(0.7);
    expect(f.prefixMin).toBeCloseTo(1, 9);
    expect(f.prefixMax).toBeCloseTo(1, 9);
    const g = pairFeatures(profileOfText('Russian bombers struck the city.'), profileOfText('Storms struck the city.'));
    expect(g.prefixMin).toBeCloseTo(g.containMin, 9);
    expect(g.prefixMax).toBeCloseTo(g.containMax, 9);
  });

  it('gapMax / headMax / tailMax: a clause one side adds, in one piece, at its end or its start', () => {
    const short = profileOfText('The court ruled that the officer did not violate his rights.');
    const added = profileOfText('The court ruled that the officer did not violate his rights as he screamed in pain.');
    const f = pairFeatures(short, added);
    // "scream", "pain" run unbroken at the end of the longer side: 2 of its 8 stems, after the last shared one.
    expect(f.tailMax).toBeCloseTo(2 / 8, 9);
    expect(f.headMax).toBe(0);
    expect(f.gapMax).toBeGreaterThan(0.3);
    expect(f.gapMin).toBe(0);
    expect(pairFeatures(added, short)).toEqual(f);
    // The same words spread between shared ones make shorter runs than one added clause.
    const spread = pairFeatures(short, profileOfText('The court screamed and ruled that the officer did not violate his pain rights.'));
    expect(spread.gapMax).toBeLessThan(f.gapMax);
    expect(spread.tailMax).toBe(0);
    // Nothing shared: every stem is before the first and after the last found one.
    const none = pairFeatures(short, profileOfText('Storms flooded coastal towns.'));
    expect(none.headMax).toBe(1);
    expect(none.tailMax).toBe(1);
  });

  it('profiles a claim by its whole sentence, the attribution frame included', () => {
    const claim = statementClaims('The minister told reporters that the new bridge would open in spring.', 'x').claims[0]!;
    expect(profileOfClaim(claim).stems).toEqual(contentStems(claim.raw));
    expect(profileOfClaim(claim).stems).toContain('minist');
  });
});

describe('the shipped model', () => {
  const model = defaultModel();

  it('is the trained one, with every feature weighted and thresholds in (0, 1)', () => {
    expect(model.source).toMatch(/npm run train/);
    for (const k of FEATURES) {
      expect(typeof model.similarity.weights[k]).toBe('number');
      expect(typeof model.equivalence.weights[k]).toBe('number');
    }
    for (const t of Object.values(model.thresholds)) {
      expect(t).toBeGreaterThan(0);
      expect(t).toBeLessThan(1);
    }
  });

  it('scores a paraphrase above an unrelated sentence on the same topic', () => {
    const a = profileOfText('The central bank raised interest rates by half a point on Tuesday.');
    const para = profileOfText('On Tuesday the central bank increased interest rates by 0.5 percentage points.');
    const other = profileOfText('The bank will publish its annual report next month.');
    expect(scoreFeatures(pairFeatures(a, para), model)).toBeGreaterThan(scoreFeatures(pairFeatures(a, other), model) + 0.2);
  });

  it('aligns a verbatim fragment whatever its similarity', () => {
    const f = pairFeatures(profileOfText('It was a long conversation that was frank and quite productive overall.'), profileOfText('frank and quite productive'));
    expect(alignedDecision(f, 0, model)).toBe(true);
  });

  it('decides equivalent for a reworded sentence and not for a changed number', () => {
    const same = compareStatements('The company said its profit rose 12 percent in the third quarter.', 'The company said third-quarter profit rose 12 percent.');
    expect(same.aligned).toBe(true);
    expect(same.equivalent).toBe(true);
    const changed = compareStatements('The company said its profit rose 12 percent in the third quarter.', 'The company said its profit rose 9 percent in the third quarter.');
    expect(changed.aligned).toBe(true);
    expect(changed.equivalent).toBe(false);
    expect(changed.discrepancies.map((d) => d.type)).toContain('number');
  });

  it('keeps two claims equivalent when they differ only in presentation (quote wording, hedging), reported all the same', () => {
    const quoted = compareStatements('"We will rebuild every home in this town," the governor said on Monday.', '"We will rebuild every house in the town," the governor said on Monday.');
    expect(quoted.discrepancies.map((d) => d.type)).toEqual(['quote']);
    expect(quoted.equivalent).toBe(true);
    const hedged = compareStatements('The company may close the plant in Ohio next year, the spokesman said.', 'The company will close the plant in Ohio next year, the spokesman said.');
    expect(hedged.discrepancies.map((d) => d.type)).toEqual(['modality']);
    expect(hedged.equivalent).toBe(true);
    // A fact beside a presentation difference still makes them differ.
    const both = compareStatements('The company may close 12 plants in Ohio next year, the spokesman said.', 'The company will close 19 plants in Ohio next year, the spokesman said.');
    expect(both.discrepancies.map((d) => d.type)).toContain('number');
    expect(both.equivalent).toBe(false);
    expect([...PRESENTATION_TYPES].sort()).toEqual(['modality', 'quote']);
  });
});

describe('worthScoring: the containment a candidate pair needs before it is scored', () => {
  const claimsOf = (id: string, text: string) => statementClaims(text, id, null);
  it('keeps a paraphrase and drops two sentences that share no content word', () => {
    const a = profileOfText('Police said the suspect turned himself in on Friday night.');
    expect(worthScoring(a, profileOfText('The suspect turned himself in to police on Friday night.'))).toBe(true);
    expect(worthScoring(a, profileOfText('The storm flooded the main road into the village.'))).toBe(false);
    expect(MIN_CANDIDATE_CONTAINMENT).toBeGreaterThan(0);
  });
  it('no pair the aligner links falls below it', () => {
    const texts = [
      'He is a killer. Rescuers pulled 12 people from the rubble after the quake on Monday. The mayor said the town would rebuild.',
      'When one is killed, all of us lose. Officials said rescuers pulled 12 people from the rubble of the quake on Monday. The town will be rebuilt, the mayor said.',
      'The quake struck on Monday. Twelve people were pulled from the rubble by rescuers. The mayor promised to rebuild the town.',
    ];
    const extractions = texts.map((t, i) => claimsOf(`t${i}`, t));
    const { pairs } = alignClaims(extractions);
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) expect(p.features.containMax).toBeGreaterThanOrEqual(MIN_CANDIDATE_CONTAINMENT);
  });
});
