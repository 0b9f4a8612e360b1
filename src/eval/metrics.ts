/** Scoring functions for the evaluations. */

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < xs.length; i++) {
    const a = xs[i]! - mx;
    const b = ys[i]! - my;
    num += a * b;
    dx += a * a;
    dy += b * b;
  }
  return dx === 0 || dy === 0 ? 0 : num / Math.sqrt(dx * dy);
}

/** Ranks with ties averaged, 1-based. */
export function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]![1]] = r;
    i = j + 1;
  }
  return out;
}

export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(ranks(xs), ranks(ys));
}

/** ROC-AUC by the rank-sum formula (ties count half). */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  const r = ranks(scores);
  let pos = 0;
  let sum = 0;
  labels.forEach((l, i) => {
    if (l) {
      pos++;
      sum += r[i]!;
    }
  });
  const neg = labels.length - pos;
  if (pos === 0 || neg === 0) return 0.5;
  return (sum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** B-cubed precision, recall and F1 of a clustering against gold classes (maps item → label). */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): PRF {
  const byPred = new Map<string, string[]>();
  const byGold = new Map<string, string[]>();
  for (const [item, label] of predicted) (byPred.get(label) ?? byPred.set(label, []).get(label)!).push(item);
  for (const [item, label] of gold) (byGold.get(label) ?? byGold.set(label, []).get(label)!).push(item);
  let p = 0;
  let r = 0;
  const items = [...gold.keys()];
  for (const item of items) {
    const pc = byPred.get(predicted.get(item)!) ?? [item];
    const gc = byGold.get(gold.get(item)!)!;
    const gset = new Set(gc);
    const both = pc.filter((x) => gset.has(x)).length;
    p += both / pc.length;
    r += both / gc.length;
  }
  const precision = p / items.length;
  const recall = r / items.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
