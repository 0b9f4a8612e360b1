/**
 * Logistic regression fitted by Newton's method with an L2 penalty: deterministic, no learning rate to
 * tune, and exact for the two dozen features the matcher uses. Targets may be soft (in [0, 1]), so
 * graded similarity scores train the same model as binary labels. Rows may carry weights.
 */

export interface LogisticFit {
  readonly bias: number;
  readonly weights: readonly number[];
}

export interface FitOptions {
  /** L2 penalty on the standardised weights (not on the bias). */
  readonly l2?: number;
  readonly iterations?: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Solves A x = b for a small dense symmetric positive-definite A (Gaussian elimination with pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/**
 * Fits P(y = 1 | x) = sigmoid(bias + w·x). Features are standardised inside the fit and the returned
 * weights apply to the raw features.
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], rowWeights?: readonly number[], options: FitOptions = {}): LogisticFit {
  const n = x.length;
  if (n === 0) throw new Error('fitLogistic: no rows');
  const d = x[0]!.length;
  const l2 = options.l2 ?? 1;
  const rw = rowWeights ?? new Array<number>(n).fill(1);
  const totalWeight = rw.reduce((s, w) => s + w, 0);
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j]! += (rw[i]! * x[i]![j]!) / totalWeight;
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) sd[j]! += (rw[i]! * (x[i]![j]! - mean[j]!) ** 2) / totalWeight;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
  const z = x.map((row) => [1, ...row.map((v, j) => (v - mean[j]!) / sd[j]!)]);
  let beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < (options.iterations ?? 30); it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const row = z[i]!;
      let s = 0;
      for (let j = 0; j <= d; j++) s += beta[j]! * row[j]!;
      const p = sigmoid(s);
      const w = rw[i]!;
      const r = w * (p - y[i]!);
      const h = w * Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j <= d; j++) {
        grad[j]! += r * row[j]!;
        const hj = h * row[j]!;
        for (let k = j; k <= d; k++) hess[j]![k]! += hj * row[k]!;
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hess[j]![k] = hess[k]![j]!;
    for (let j = 1; j <= d; j++) {
      grad[j]! += l2 * beta[j]!;
      hess[j]![j]! += l2;
    }
    const step = solve(hess, grad);
    beta = beta.map((b, j) => b - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  const weights = beta.slice(1).map((b, j) => b / sd[j]!);
  const bias = beta[0]! - weights.reduce((s, w, j) => s + w * mean[j]!, 0);
  return { bias, weights };
}
