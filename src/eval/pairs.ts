/**
 * Pair tasks: paraphrase (MSRP), similarity (STS-B), events pairs (ECB+), stance (ClaimDiff). Each
 * record's two texts go through the matcher with the shipped model and thresholds.
 */
import { compareStatements } from '../matcher.js';
import type { DiscrepancyType } from '../types.js';
import { readJsonl, throttle } from './io.js';
import { mean, pearson, prf, rocAuc, spearman } from './metrics.js';

export interface PairRecord {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly label?: number | string;
  readonly score?: number;
}

export interface PairPrediction {
  readonly id: string;
  readonly similarity: number;
  readonly aligned: boolean;
  readonly equivalent: boolean;
  readonly discrepancies: ReadonlyArray<{ type: DiscrepancyType }>;
}

export function predictPairs(records: readonly PairRecord[], onProgress?: (done: number, total: number) => void): PairPrediction[] {
  const tick = throttle(onProgress);
  return records.map((r, i) => {
    const c = compareStatements(r.a, r.b);
    tick(i + 1, records.length);
    return { id: r.id, similarity: round(c.similarity), aligned: c.aligned, equivalent: c.equivalent, discrepancies: c.discrepancies.map((d) => ({ type: d.type })) };
  });
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export type PairTask = 'paraphrase' | 'similarity' | 'events' | 'stance';

export function scorePairs(task: PairTask, records: readonly PairRecord[], predictions: readonly PairPrediction[]): Record<string, number> {
  const n = records.length;
  switch (task) {
    case 'paraphrase': {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let correct = 0;
      let alignedCorrect = 0;
      records.forEach((r, i) => {
        const gold = Number(r.label) === 1;
        const p = predictions[i]!;
        if (p.equivalent === gold) correct++;
        if (p.aligned === gold) alignedCorrect++;
        if (p.equivalent && gold) tp++;
        else if (p.equivalent && !gold) fp++;
        else if (!p.equivalent && gold) fn++;
      });
      const m = prf(tp, fp, fn);
      return { records: n, accuracy: correct / n, precision: m.precision, recall: m.recall, f1: m.f1, alignedAccuracy: alignedCorrect / n, majority: Math.max(...[0, 1].map((l) => records.filter((r) => Number(r.label) === l).length)) / n };
    }
    case 'similarity': {
      const gold = records.map((r) => Number(r.score));
      const sim = predictions.map((p) => p.similarity);
      return { records: n, pearson: pearson(sim, gold), spearman: spearman(sim, gold) };
    }
    case 'events': {
      const labels = records.map((r) => Number(r.label) === 1);
      const sim = predictions.map((p) => p.similarity);
      let tp = 0;
      let fp = 0;
      let fn = 0;
      labels.forEach((l, i) => {
        const a = predictions[i]!.aligned;
        if (a && l) tp++;
        else if (a && !l) fp++;
        else if (!a && l) fn++;
      });
      const m = prf(tp, fp, fn);
      const same = records.map((r, i) => [r, i] as const).filter(([r]) => (r as { sameStory?: boolean }).sameStory === true);
      const within = rocAuc(same.map(([, i]) => sim[i]!), same.map(([, i]) => labels[i]!));
      return { records: n, rocAuc: rocAuc(sim, labels), rocAucWithinStory: within, alignedPrecision: m.precision, alignedRecall: m.recall, alignedF1: m.f1 };
    }
    case 'stance': {
      // ClaimDiff labels (contradiction / entailment) and claim-headline labels (against / for).
      const label = (r: PairRecord) => String(r.label ?? (r as { stance?: string }).stance ?? '').toLowerCase();
      const against = records.map((r, i) => [r, i] as const).filter(([r]) => ['contradiction', 'against', 'disagree', 'refutes'].includes(label(r)));
      const forward = records.map((r, i) => [r, i] as const).filter(([r]) => ['entailment', 'for', 'agree', 'supports'].includes(label(r)));
      const flagged = (i: number) => predictions[i]!.discrepancies.length > 0;
      return {
        records: n,
        contradiction: against.length,
        entailment: forward.length,
        flaggedContradiction: mean(against.map(([, i]) => (flagged(i) ? 1 : 0))),
        flaggedEntailment: mean(forward.map(([, i]) => (flagged(i) ? 1 : 0))),
        silentEntailment: mean(forward.map(([, i]) => (flagged(i) ? 0 : 1))),
        flaggedAgainst: mean(against.map(([, i]) => (flagged(i) ? 1 : 0))),
        flaggedFor: mean(forward.map(([, i]) => (flagged(i) ? 1 : 0))),
      };
    }
  }
}

export function loadPairs(file: string): PairRecord[] {
  return readJsonl<PairRecord>(file);
}
