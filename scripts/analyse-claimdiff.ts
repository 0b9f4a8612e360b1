/**
 * Why the engine flags so few ClaimDiff "contradiction" (b weakens a) pairs, and how far simple
 * signals that ignore the engine get, measured so that the limit can be rerun rather than asserted.
 *
 * Usage: npx tsx scripts/analyse-claimdiff.ts [FILE]   (default ../shared/eval/stance/claimdiff-train.jsonl)
 *
 * Prints, for the contradiction and the entailment pairs:
 * 1. the engine: share aligned, share flagged, and the ROC-AUC of its similarity between the two labels;
 * 2. cue words on either side (denial, rebuttal, contrast, negation, accusation, hedging), fixed lists
 *    written from the words' meaning, not chosen on this file: the share of each label that has them;
 * 3. a bag-of-words logistic model on both texts, cross-validated in five folds: once with folds drawn
 *    by pair (a pair and its reverse kept together), once with folds drawn by *topic*, every pair whose
 *    sentences are linked by a shared sentence kept in one fold, as unseen data would come. For each,
 *    the ROC-AUC and the share of contradiction pairs flagged at the threshold that flags 20% of the
 *    training folds' entailment pairs (the threshold is never chosen on the fold it is scored on).
 */
import { compareStatements } from '../src/matcher.js';
import { readJsonl } from '../src/eval/io.js';
import { mean, rocAuc } from '../src/eval/metrics.js';
import type { PairRecord } from '../src/eval/pairs.js';

const file = process.argv[2] ?? new URL('../../shared/eval/stance/claimdiff-train.jsonl', import.meta.url).pathname;
const records = readJsonl<PairRecord>(file).filter((r) => r.label === 'contradiction' || r.label === 'entailment');
const against = records.map((r) => r.label === 'contradiction');
const share = (hit: (i: number) => boolean, want: boolean) => mean(records.map((_, i) => i).filter((i) => against[i] === want).map((i) => (hit(i) ? 1 : 0)));
const fmt = (x: number) => x.toFixed(3);
console.log(`${file}: ${against.filter(Boolean).length} contradiction, ${against.filter((x) => !x).length} entailment pairs`);

// 1. The engine.
const started = Date.now();
const engine = records.map((r) => compareStatements(r.a, r.b));
console.log(`\nengine (${((Date.now() - started) / 1000).toFixed(1)} s)            contradiction  entailment`);
console.log(`  aligned                       ${fmt(share((i) => engine[i]!.aligned, true))}          ${fmt(share((i) => engine[i]!.aligned, false))}`);
console.log(`  flagged                       ${fmt(share((i) => engine[i]!.discrepancies.length > 0, true))}          ${fmt(share((i) => engine[i]!.discrepancies.length > 0, false))}`);
console.log(`  similarity ROC-AUC (contradiction above)  ${fmt(rocAuc(engine.map((c) => c.similarity), against))}`);

// 2. Cue words on either side.
const CUES: Record<string, RegExp> = {
  denial: /\b(?:den(?:y|ies|ied|ying|ial))\b/i,
  rebuttal: /\b(?:reject\w*|refut\w*|dismiss\w*|disput\w*|counter(?:ed|s|ing)?|contest\w*|rebut\w*)\b/i,
  contrast: /\b(?:however|but|although|though|despite|yet|instead|nevertheless)\b/i,
  negation: /\b(?:not|no|never|nothing|none)\b|n['’]t\b/i,
  accusation: /\b(?:accus\w*|alleg\w*|claim\w*|blam\w*|critici\w*)\b/i,
  hedging: /\b(?:may|might|could|reportedly|possibly|perhaps)\b/i,
};
console.log('\ncue words on either side        contradiction  entailment');
const anyCue = (i: number) => Object.values(CUES).some((re) => re.test(records[i]!.a) || re.test(records[i]!.b));
for (const [name, re] of Object.entries(CUES)) {
  const hit = (i: number) => re.test(records[i]!.a) || re.test(records[i]!.b);
  console.log(`  ${name.padEnd(30)}${fmt(share(hit, true))}          ${fmt(share(hit, false))}`);
}
console.log(`  ${'any of them'.padEnd(30)}${fmt(share(anyCue, true))}          ${fmt(share(anyCue, false))}`);

// 3. Bag of words, cross-validated by pair and by topic.
const words = (s: string) => new Set(s.toLowerCase().match(/[a-z']+/g) ?? []);
const features = records.map((r) => {
  const a = words(r.a);
  const b = words(r.b);
  return [...[...a].map((w) => `a:${w}`), ...[...b].map((w) => `b:${w}`), ...[...new Set([...a, ...b])].map((w) => `e:${w}`)];
});

/** Union-find over sentences: pairs that share a sentence belong to one topic. */
const parent = new Map<string, string>();
const find = (x: string): string => {
  let root = x;
  while ((parent.get(root) ?? root) !== root) root = parent.get(root)!;
  parent.set(x, root);
  return root;
};
for (const r of records) parent.set(find(r.a), find(r.b));
const topic = records.map((r) => find(r.a));
const pairGroup = records.map((r) => String(r.id).replace(/_rev$/, ''));

/** A seeded shuffle, so the folds are the same on every run. */
function foldsOf(groups: readonly string[], k = 5): number[] {
  const unique = [...new Set(groups)].sort();
  let seed = 7;
  for (let i = unique.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [unique[i], unique[j]] = [unique[j]!, unique[i]!];
  }
  const fold = new Map(unique.map((g, i) => [g, i % k]));
  return groups.map((g) => fold.get(g)!);
}

/** Weighted logistic regression by stochastic gradient (positives weighted up to the negatives' count). */
function fit(rows: readonly number[]): { w: Map<string, number>; b: number } {
  const w = new Map<string, number>();
  let b = 0;
  const pos = rows.filter((i) => against[i]).length;
  const weight = (rows.length - pos) / Math.max(1, pos);
  const l2 = 1 / rows.length;
  for (let epoch = 0; epoch < 20; epoch++) {
    for (const i of rows) {
      const p = 1 / (1 + Math.exp(-score(i, w, b)));
      const g = (p - (against[i] ? 1 : 0)) * (against[i] ? weight : 1);
      b -= 0.05 * g;
      for (const f of features[i]!) w.set(f, (w.get(f) ?? 0) * (1 - 0.05 * l2) - 0.05 * g);
    }
  }
  return { w, b };
}
const score = (i: number, w: ReadonlyMap<string, number>, b: number) => features[i]!.reduce((s, f) => s + (w.get(f) ?? 0), b);

function crossValidate(name: string, groups: readonly string[]): void {
  const fold = foldsOf(groups);
  const scores = new Array<number>(records.length).fill(0);
  const flagged = new Array<boolean>(records.length).fill(false);
  for (let k = 0; k < 5; k++) {
    const train = records.map((_, i) => i).filter((i) => fold[i] !== k);
    const { w, b } = fit(train);
    const trainFor = train.filter((i) => !against[i]).map((i) => score(i, w, b)).sort((x, y) => x - y);
    const threshold = trainFor[Math.floor(0.8 * trainFor.length)]!;
    for (let i = 0; i < records.length; i++) {
      if (fold[i] !== k) continue;
      scores[i] = score(i, w, b);
      flagged[i] = scores[i]! > threshold;
    }
  }
  console.log(`  ${name.padEnd(30)}${fmt(rocAuc(scores, against))}    ${fmt(share((i) => flagged[i]!, true))}          ${fmt(share((i) => flagged[i]!, false))}`);
}
console.log(`\nbag of words, 5-fold           ROC-AUC  flagged: contradiction  entailment (${new Set(topic).size} topics)`);
crossValidate('folds by pair', pairGroup);
crossValidate('folds by topic', topic);
