/** Word-level diff (longest common subsequence over words, case and quotation marks folded). */
import type { WordDiff } from '../types.js';
import { foldQuotes } from '../util/text.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const fold = (w: string) => foldQuotes(w).toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Suffix table of the longest common subsequence of `a` and `b` (items equal by ===): `t[i][j]` is
 * the LCS length of `a.slice(i)` and `b.slice(j)`. Walking it from [0][0] reads one LCS off.
 */
export function lcsTable<T>(a: readonly T[], b: readonly T[]): number[][] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  return lcs;
}

export function wordDiff(before: string, after: string): WordDiff[] {
  const a = words(before);
  const b = words(after);
  const fa = a.map(fold);
  const fb = b.map(fold);
  const n = a.length;
  const m = b.length;
  const lcs = lcsTable(fa, fb);
  const out: WordDiff[] = [];
  const push = (op: WordDiff['op'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) out[out.length - 1] = { op, text: `${last.text} ${text}` };
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (fa[i] === fb[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < n) push('removed', a[i++]!);
  while (j < m) push('added', b[j++]!);
  return out;
}

/** True when the two wordings are the same words in the same order (case, punctuation and quotation marks aside). */
export function sameWords(a: string, b: string): boolean {
  const x = words(a).map(fold).filter(Boolean);
  const y = words(b).map(fold).filter(Boolean);
  return x.length === y.length && x.every((w, i) => w === y[i]);
}
