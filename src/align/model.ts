/**
 * The similarity model: two logistic combinations of pair features and the two decision thresholds.
 * - `similarity` scores whether two claims state the same claim (details may differ): the `aligned`
 *   decision and the similarity every report and evaluation shows;
 * - `equivalence` scores whether they say the same thing in other words: with the `equivalent`
 *   threshold, and no discrepancy rule firing, it makes the `equivalent` decision.
 * `data/model.json`, written by `npm run train`, is the shipped model; the built-in one is a fallback
 * for a checkout without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { FEATURES, type FeatureName, type PairFeatures } from './features.js';
import { sigmoid } from './logistic.js';

export interface LogisticModel {
  readonly bias: number;
  readonly weights: Readonly<Partial<Record<FeatureName, number>>>;
}

export interface SimilarityModel {
  readonly similarity: LogisticModel;
  readonly equivalence: LogisticModel;
  readonly thresholds: {
    /** Similarity at or above which two claims state the same claim (details may differ). */
    readonly aligned: number;
    /** Equivalence score at or above which two aligned claims are equivalent, before the discrepancy rules look. */
    readonly equivalent: number;
  };
  readonly source: string;
}

const BUILT_IN_WEIGHTS: LogisticModel = Object.freeze({
  bias: -4.5,
  weights: Object.freeze({ cosine: 4, containMin: 3, p2Min: 1.5, dice: 1.5, entityShared: 1, numberShared: 0.5, speakerSame: 1.5, speakerDiffer: -1.5 }),
});

const BUILT_IN: SimilarityModel = Object.freeze({
  similarity: BUILT_IN_WEIGHTS,
  equivalence: BUILT_IN_WEIGHTS,
  thresholds: Object.freeze({ aligned: 0.7, equivalent: 0.85 }),
  source: 'built-in',
});

let loaded: SimilarityModel | undefined;

/** The model in `data/model.json` if there is one, else the built-in weights. */
export function defaultModel(): SimilarityModel {
  if (!loaded) {
    const url = new URL('../../data/model.json', import.meta.url);
    loaded = existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as SimilarityModel) : BUILT_IN;
  }
  return loaded;
}

export function applyLogistic(features: PairFeatures, model: LogisticModel): number {
  let z = model.bias;
  for (const [key, w] of weightList(model.weights)) z += w * features[key];
  return sigmoid(z);
}

/** A model's non-zero weights in feature order, listed once per weights object (the sum runs in the same order). */
const weightLists = new WeakMap<object, ReadonlyArray<readonly [FeatureName, number]>>();
function weightList(weights: LogisticModel['weights']): ReadonlyArray<readonly [FeatureName, number]> {
  let list = weightLists.get(weights);
  if (!list) {
    list = FEATURES.flatMap((key) => {
      const w = weights[key];
      return w ? [[key, w] as const] : [];
    });
    weightLists.set(weights, list);
  }
  return list;
}

/** The similarity of a pair, in [0, 1]. */
export function scoreFeatures(features: PairFeatures, model: SimilarityModel): number {
  return applyLogistic(features, model.similarity);
}

/**
 * The `aligned` decision: the similarity reaches the threshold; or one side quotes the other nearly
 * verbatim (`fragment`), which a sentence-level similarity underrates when the fragment is short; or
 * the equivalence score reaches its threshold (two statements that say the same thing state the same
 * claim).
 */
export function alignedDecision(features: PairFeatures, similarity: number, model: SimilarityModel): boolean {
  return similarity >= model.thresholds.aligned || features.fragment === 1 || equivalenceScore(features, model) >= model.thresholds.equivalent;
}

/** The equivalence score of a pair, in [0, 1]. */
export function equivalenceScore(features: PairFeatures, model: SimilarityModel): number {
  return applyLogistic(features, model.equivalence);
}
