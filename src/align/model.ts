/**
 * The similarity model: a logistic combination of pair features, and the two decision thresholds.
 * `data/model.json` (written by `npm run train`) overrides the built-in weights when present.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { PairFeatures } from './features.js';

export interface SimilarityModel {
  readonly bias: number;
  readonly weights: Readonly<Record<keyof PairFeatures, number>>;
  readonly thresholds: {
    /** Score at or above which two claims state the same claim (details may differ). */
    readonly aligned: number;
    /** Score at or above which two aligned claims are equivalent, before the discrepancy rules look. */
    readonly equivalent: number;
  };
  readonly source: string;
}

const BUILT_IN: SimilarityModel = Object.freeze({
  bias: -4.5,
  weights: Object.freeze({
    cosine: 4,
    containment: 3,
    bigram: 1.5,
    dice: 1.5,
    entities: 1,
    numbers: 0.5,
    speaker: 1.5,
    lengthRatio: 0,
  }),
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

export function scoreFeatures(features: PairFeatures, model: SimilarityModel): number {
  let z = model.bias;
  for (const key of Object.keys(model.weights) as Array<keyof PairFeatures>) z += model.weights[key] * (features[key] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
