/**
 * Pair tasks: paraphrase (MSRP), similarity (STS-B), events pairs (ECB+), stance (ClaimDiff). Each
 * record's two texts go through the matcher with the shipped model and thresholds.
 */
import { compareStatements } from '../matcher.js';
import type { DiscrepancyType } from '../types.js';
import { readJsonl, throttle, type FieldType } from './io.js';
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

/** The two articles an ECB+ pair's sentences come from, read from its id (`ecb-<doc>.xml-<n>-<doc>.xml-<n>`), or null. */
export function pairArticleIds(id: string): readonly [string, string] | null {
  const m = /^ecb-(.+?)\.xml-\d+-(.+?)\.xml-\d+$/.exec(id);
  return m ? [m[1]!, m[2]!] : null;
}

/**
 * Pair predictions as a corpus run makes them (`crossclaim compare` on many articles): the articles
 * are grouped into stories first and claims are aligned only within a story, so a pair whose two
 * articles the engine puts in different stories is never aligned, and it ranks below every pair of
 * one story: its similarity is mapped to [0, 0.5), a pair of one story's to [0.5, 1], each in the
 * order of the matcher's own score. `storyOf` is the engine's story label of each article (never a
 * gold label). Null when some pair's articles cannot be found in `storyOf`.
 */
export function inStoryContext(records: readonly PairRecord[], predictions: readonly PairPrediction[], storyOf: ReadonlyMap<string, string>): PairPrediction[] | null {
  const out: PairPrediction[] = [];
  for (let i = 0; i < records.length; i++) {
    const ids = pairArticleIds(records[i]!.id);
    const [x, y] = ids ? [storyOf.get(ids[0]), storyOf.get(ids[1])] : [undefined, undefined];
    if (x === undefined || y === undefined) return null;
    const p = predictions[i]!;
    out.push(x === y ? { ...p, similarity: round(0.5 + p.similarity / 2) } : { id: p.id, similarity: round(p.similarity / 2), aligned: false, equivalent: false, discrepancies: [] });
  }
  return out;
}

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

/** The label field each pair task scores against. */
const LABEL_FIELD: Readonly<Record<PairTask, readonly [string, FieldType] | null>> = {
  paraphrase: ['label', 'string|number'],
  similarity: ['score', 'number'],
  events: ['label', 'string|number'],
  // `label` (ClaimDiff) or `stance` (claim-headline files): either is read.
  stance: null,
};

/** Reads a pair file; with `task`, each record must hold the two texts and that task's label. */
export function loadPairs(file: string, task?: PairTask): PairRecord[] {
  const fields: Record<string, FieldType> = { id: 'string|number', a: 'string', b: 'string' };
  const label = task ? LABEL_FIELD[task] : null;
  if (label) fields[label[0]] = label[1];
  return readJsonl<PairRecord>(file, fields, task);
}
