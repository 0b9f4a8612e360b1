/**
 * `npm run train`: fits the matcher and writes `data/model.json` and `data/tfkld.json`.
 *
 * Data (training splits of ../shared/eval only; dev splits pick thresholds and report):
 * - MSRP train, split deterministically by a hash of the record id: four fifths fit, one fifth dev
 *   (there is no MSRP dev split here);
 * - STS-B news train (graded scores as soft targets score / 5) and dev;
 * - ECB+ train and dev sentence pairs.
 *
 * Every sentence is profiled as the matcher profiles a claim: its whole sentence (`claim.raw`).
 * Steps: TF-KLD term weights from the MSRP fit part (out of fold for the rows that train on it);
 * the `similarity` model on STS-B (three quarters of the weight) + ECB+ (one quarter); the `equivalence`
 * model on MSRP; the `aligned` threshold by F0.5 on STS-B news dev of "score >= 3" (roughly equivalent,
 * details may differ), the `equivalent` threshold by accuracy of the whole `equivalent` decision
 * (discrepancy rules included) on the MSRP fit part, scored out of fold; the dev fifth only reports.
 * Deterministic: same data, same output.
 *
 * Usage: npx tsx scripts/train.ts [--eval-dir DIR] [--claims-cache FILE]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURES, pairFeatures, profileOfText, setKldWeights, type ClaimProfile, type FeatureName, type PairFeatures } from '../src/align/features.js';
import { fitLogistic } from '../src/align/logistic.js';
import { applyLogistic, type LogisticModel, type SimilarityModel } from '../src/align/model.js';
import { pearson, rocAuc, spearman } from '../src/eval/metrics.js';
import { compareStatements, factsAgree, statementClaims } from '../src/matcher.js';
import { contentStems } from '../src/util/words.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const evalDir = option('--eval-dir') ?? '../shared/eval';
const cacheFile = option('--claims-cache');

interface Pair {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  /** Target in [0, 1]. */
  readonly y: number;
}

function read(file: string, target: (r: Record<string, unknown>) => number): Pair[] {
  return readFileSync(join(evalDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .map((r) => ({ id: String(r.id), a: String(r.a), b: String(r.b), y: target(r) }));
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const label = (r: Record<string, unknown>) => Number(r.label);
const msrp = read('paraphrase/msrp-train.jsonl', label);
const msrpFit = msrp.filter((p) => fnv(p.id) % 5 !== 0);
const msrpDev = msrp.filter((p) => fnv(p.id) % 5 === 0);
const stsTrain = read('similarity/stsb-news-train.jsonl', (r) => Number(r.score) / 5);
const stsDev = read('similarity/stsb-news-dev.jsonl', (r) => Number(r.score) / 5);
const ecbTrain = read('events/ecbplus-train-pairs.jsonl', label);
const ecbDev = read('events/ecbplus-dev-pairs.jsonl', label);
const sameStoryDev = new Set(
  readFileSync(join(evalDir, 'events/ecbplus-dev-pairs.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; sameStory?: boolean })
    .filter((r) => r.sameStory)
    .map((r) => r.id),
);

// --- Claims of every sentence (one compromise parse each), optionally cached between runs ----------
interface ClaimInfo {
  /** The claim's sentence: what the matcher profiles. */
  raw: string;
  entities: string[];
  people: string[];
  numbers: number[];
  speaker: string | null;
}
const claims: Record<string, ClaimInfo | null> = cacheFile && existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
let parsed = 0;
for (const set of [msrp, stsTrain, stsDev, ecbTrain, ecbDev]) {
  for (const p of set) {
    for (const s of [p.a, p.b]) {
      if (s in claims) continue;
      const c = statementClaims(s, 'x').claims[0];
      const named = (kind: string) => (c?.mentions ?? []).filter((m) => m.kind === kind && m.form === 'name').map((m) => m.canonical);
      claims[s] = c
        ? {
            raw: c.raw,
            entities: c.mentions.map((m) => m.canonical),
            people: named('person'),
            numbers: c.quantities.map((q) => q.value),
            speaker: c.attribution?.speaker?.canonical ?? null,
          }
        : null;
      if (++parsed % 2000 === 0) process.stderr.write(`parsed ${parsed} sentences\n`);
    }
  }
}
if (cacheFile && parsed > 0) writeFileSync(cacheFile, JSON.stringify(claims));

function profile(s: string): ClaimProfile {
  const c = claims[s];
  return c ? profileOfText(c.raw, c) : profileOfText('');
}
function features(pairs: readonly Pair[]): PairFeatures[] {
  const cache = new Map<string, ClaimProfile>();
  const get = (s: string) => {
    let p = cache.get(s);
    if (!p) cache.set(s, (p = profile(s)));
    return p;
  };
  return pairs.map((p) => pairFeatures(get(p.a), get(p.b)));
}

// --- TF-KLD (Ji & Eisenstein 2013) -------------------------------------------------------------------
/**
 * For each stem seen in a pair: p = P(in both | paraphrase), q = P(in both | not), over the pairs
 * where it occurs at all; weight = KL(p || q) between the two Bernoulli distributions, smoothed.
 * Stems seen in fewer than `minPairs` pairs get the fallback (the median weight).
 */
function tfkld(pairs: readonly Pair[], minPairs = 3): { weights: Map<string, number>; fallback: number } {
  const stats = new Map<string, [number, number, number, number]>(); // [both|pos, one|pos, both|neg, one|neg]
  for (const p of pairs) {
    const a = new Set(contentStems(claims[p.a]?.raw ?? p.a));
    const b = new Set(contentStems(claims[p.b]?.raw ?? p.b));
    for (const s of new Set([...a, ...b])) {
      const st = stats.get(s) ?? [0, 0, 0, 0];
      const both = a.has(s) && b.has(s);
      st[(p.y >= 0.5 ? 0 : 2) + (both ? 0 : 1)]!++;
      stats.set(s, st);
    }
  }
  const weights = new Map<string, number>();
  for (const [s, [bp, op, bn, on]] of stats) {
    if (bp + op + bn + on < minPairs) continue;
    const p = (bp + 0.5) / (bp + op + 1);
    const q = (bn + 0.5) / (bn + on + 1);
    weights.set(s, p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q)));
  }
  const sorted = [...weights.values()].sort((x, y) => x - y);
  const fallback = sorted[Math.floor(sorted.length / 2)] ?? 1;
  const kept = new Map([...weights].filter(([, w]) => Math.abs(w - fallback) > 1e-4).map(([s, w]) => [s, Math.round(w * 1e4) / 1e4]));
  return { weights: kept, fallback: Math.round(fallback * 1e4) / 1e4 };
}

const FOLDS = 5;
const msrpFitFeatures: PairFeatures[] = new Array(msrpFit.length);
for (let k = 0; k < FOLDS; k++) {
  const inFold = (p: Pair) => fnv(p.id + '#fold') % FOLDS === k;
  const others = msrpFit.filter((p) => !inFold(p));
  const table = tfkld(others);
  setKldWeights(table.weights, table.fallback);
  const idx = msrpFit.map((p, i) => [p, i] as const).filter(([p]) => inFold(p));
  const f = features(idx.map(([p]) => p));
  idx.forEach(([, i], j) => (msrpFitFeatures[i] = f[j]!));
}
const kld = tfkld(msrpFit);
setKldWeights(kld.weights, kld.fallback);

const F = {
  msrpDev: features(msrpDev),
  stsTrain: features(stsTrain),
  stsDev: features(stsDev),
  ecbTrain: features(ecbTrain),
  ecbDev: features(ecbDev),
};

// --- Fit -------------------------------------------------------------------------------------------
/**
 * The features each model reads (the others weigh 0 in data/model.json). Measured on the same claims,
 * before -> after, dev data:
 * - `dayDiffer` is for the similarity model: ECB+ dev AUC 0.771 -> 0.774, STS-B news dev Pearson
 *   0.807 -> 0.806;
 * - `prefixMin` / `prefixMax` are for the equivalence model: MSRP ten-fold (`cv…` in the report)
 *   accuracy 0.767 -> 0.769, AUC 0.829 -> 0.831; the dev fifth 0.772 -> 0.769 (within its noise).
 *   In the similarity model they raise STS-B news dev to 0.826 but lower ECB+ dev to 0.770: two events
 *   of one kind share related forms of the topic's words ("Iran" / "Iranian").
 * - `gapMax` / `gapMin` / `headMax` / `tailMax` (the clause one side adds) are for the equivalence
 *   model: MSRP ten-fold accuracy 0.770 -> 0.782 (AUC 0.832 -> 0.840), the dev fifth 0.777 -> 0.786
 *   (equivalence score alone). In the similarity model they raise STS-B news dev by 0.003 but lower
 *   ECB+ dev by 0.004. Computed with WordNet, derivational or four-letter-prefix matches in place of
 *   exact ones they gain less (ten-fold 0.777-0.778).
 * Tried for the similarity model and left out: a person's name on one side among the other side's
 * words, times 1 - cosine (ECB+ +0.015, STS-B -0.005; but it lifts two claims of one story that name
 * the same people over the aligned threshold, and the sample pair loses gold omissions); the log of
 * the tf-idf mass both sides share (STS-B +0.006, ECB+ -0.003, and a gold omission lost); the same day
 * named on both sides.
 */
const EQUIVALENCE_ONLY: ReadonlySet<FeatureName> = new Set(['prefixMin', 'prefixMax', 'gapMax', 'gapMin', 'headMax', 'tailMax']);
const SIMILARITY_FEATURES: readonly FeatureName[] = FEATURES.filter((k) => !EQUIVALENCE_ONLY.has(k));
const EQUIVALENCE_FEATURES: readonly FeatureName[] = FEATURES.filter((k) => k !== 'dayDiffer');

/** Fits a logistic model of `used` on data sets with shares of the total weight (each set's rows weigh the same). */
function fit(sets: Array<[readonly PairFeatures[], readonly Pair[], number?]>, l2: number, used: readonly FeatureName[]): LogisticModel {
  const vector = (f: PairFeatures) => used.map((k) => f[k]);
  const x: number[][] = [];
  const y: number[] = [];
  const w: number[] = [];
  const total = sets.reduce((s, [f]) => s + f.length, 0);
  const shares = sets.reduce((s, [, , share]) => s + (share ?? 1), 0);
  for (const [f, pairs, share] of sets) {
    const weight = (total * (share ?? 1)) / shares / f.length;
    f.forEach((row, i) => {
      x.push(vector(row));
      y.push(pairs[i]!.y);
      w.push(weight);
    });
  }
  const model = fitLogistic(x, y, w, { l2 });
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { bias: round(model.bias), weights: Object.fromEntries(FEATURES.map((k) => [k, used.includes(k) ? round(model.weights[used.indexOf(k)]!) : 0])) };
}

const L2 = 1;
// The similarity model learns graded similarity from STS-B (three quarters of the weight) and same
// event from ECB+ (one quarter). MSRP stays out of it: the `equivalent` decision does not read the
// similarity, and with MSRP in (equal shares) STS-B dev Pearson was 0.765 and ECB+ dev AUC 0.757, against
// 0.803 and 0.767 without it (STS-B 2 : ECB+ 1, before the person feature). With the shipped features
// 3 : 1 gives 0.809 and 0.778; 2 : 1 gave 0.803 and 0.783 (with an edit-distance feature since dropped).
const similarity = fit([[F.stsTrain, stsTrain, 3], [F.ecbTrain, ecbTrain, 1]], L2, SIMILARITY_FEATURES);
const equivalence = fit([[msrpFitFeatures, msrpFit]], L2, EQUIVALENCE_FEATURES);
const sim = (f: readonly PairFeatures[]) => f.map((x) => applyLogistic(x, similarity));
const eqv = (f: readonly PairFeatures[]) => f.map((x) => applyLogistic(x, equivalence));

// --- Thresholds --------------------------------------------------------------------------------------
const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
/** The threshold with the best F-beta (beta < 1 weighs precision more). */
function bestF1(scores: readonly number[], labels: readonly boolean[], beta = 1): { t: number; f1: number; p: number; r: number } {
  let best = { t: 0.5, f1: -1, p: 0, r: 0 };
  for (const t of grid) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    scores.forEach((s, i) => {
      if (s >= t && labels[i]) tp++;
      else if (s >= t) fp++;
      else if (labels[i]) fn++;
    });
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    const f1 = p + r > 0 ? ((1 + beta * beta) * p * r) / (beta * beta * p + r) : 0;
    if (f1 > best.f1) best = { t, f1, p, r };
  }
  return best;
}
const ecbDevSim = sim(F.ecbDev);
const ecbAligned = bestF1(ecbDevSim, ecbDev.map((p) => p.y >= 0.5));
// `aligned` = the same claim, details may differ: STS-B's "roughly equivalent" and above (score >= 3).
// Precision first (F0.5): a false merge reads as corroboration, a missed one only as an omission.
const aligned = bestF1(sim(F.stsDev), stsDev.map((p) => p.y >= 3 / 5), 0.5);
const atAligned = (scores: readonly number[], labels: readonly boolean[]) => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    if (s >= aligned.t && labels[i]) tp++;
    else if (s >= aligned.t) fp++;
    else if (labels[i]) fn++;
  });
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
};

// The `equivalent` threshold: the best accuracy of the whole decision (score >= t and no discrepancy
// of fact: `factsAgree`) on the MSRP fit part, with equivalence scores out of fold (each fifth of the
// fit part scored by a model fitted on the other four), so that the dev fifth stays a clean check.
// The rules' verdict on a pair does not depend on the thresholds: compute it once. For comparison,
// the same decision with every discrepancy type vetoing (`anyVeto`) is reported, with its own threshold.
const current: SimilarityModel = { similarity, equivalence, thresholds: { aligned: aligned.t, equivalent: 0.5 }, source: 'training' };
const discrepanciesOf = (pairs: readonly Pair[]) => pairs.map((p) => compareStatements(p.a, p.b, { model: current }).discrepancies);
const foundFit = discrepanciesOf(msrpFit);
const foundDev = discrepanciesOf(msrpDev);
const silentFit = foundFit.map(factsAgree);
const silentDev = foundDev.map(factsAgree);
const fitOof: number[] = new Array(msrpFit.length);
for (let k = 0; k < FOLDS; k++) {
  const inFold = (p: Pair) => fnv(p.id + '#fold') % FOLDS === k;
  const rows = msrpFit.map((_, i) => i).filter((i) => !inFold(msrpFit[i]!));
  const m = fit([[rows.map((i) => msrpFitFeatures[i]!), rows.map((i) => msrpFit[i]!)]], L2, EQUIVALENCE_FEATURES);
  msrpFit.forEach((p, i) => {
    if (inFold(p)) fitOof[i] = applyLogistic(msrpFitFeatures[i]!, m);
  });
}
const decisionAccuracy = (scores: readonly number[], silent: readonly boolean[], pairs: readonly Pair[], t: number) =>
  pairs.filter((p, i) => (scores[i]! >= t && silent[i]!) === p.y >= 0.5).length / pairs.length;
const bestThreshold = (silent: readonly boolean[]) => {
  let best = { t: 0.5, accuracy: -1 };
  for (const t of grid) {
    const accuracy = decisionAccuracy(fitOof, silent, msrpFit, t);
    if (accuracy > best.accuracy) best = { t, accuracy };
  }
  return best;
};
const equivalent = bestThreshold(silentFit);
const anyVetoFit = foundFit.map((d) => d.length === 0);
const anyVetoDev = foundDev.map((d) => d.length === 0);
const anyVeto = bestThreshold(anyVetoFit);
const devEqv = eqv(F.msrpDev);

// A steadier MSRP figure than the dev fifth alone (about 800 pairs): ten-fold cross-validation of the
// equivalence score over all of MSRP train (every row's TF-KLD weights are out of sample already).
const msrpAll = [...msrpFit, ...msrpDev];
const msrpAllFeatures = [...msrpFitFeatures, ...F.msrpDev];
const cvScores: number[] = new Array(msrpAll.length);
for (let k = 0; k < 10; k++) {
  const inFold = (p: Pair) => fnv(p.id + '#cv') % 10 === k;
  const rows = msrpAll.map((_, i) => i).filter((i) => !inFold(msrpAll[i]!));
  const m = fit([[rows.map((i) => msrpAllFeatures[i]!), rows.map((i) => msrpAll[i]!)]], L2, EQUIVALENCE_FEATURES);
  msrpAll.forEach((p, i) => {
    if (inFold(p)) cvScores[i] = applyLogistic(msrpAllFeatures[i]!, m);
  });
}

// --- Write and report ------------------------------------------------------------------------------
const model: SimilarityModel = {
  similarity,
  equivalence,
  thresholds: { aligned: aligned.t, equivalent: equivalent.t },
  source: 'npm run train (scripts/train.ts): MSRP train (4/5), STS-B news train, ECB+ train pairs; aligned threshold on STS-B news dev, equivalent threshold out of fold on the MSRP fit part',
};
writeFileSync('data/model.json', JSON.stringify(model, null, 2) + '\n');
writeFileSync(
  'data/tfkld.json',
  JSON.stringify({ about: 'TF-KLD weights of Porter stems (Ji & Eisenstein 2013) from the MSRP train split, four fifths (scripts/train.ts); stems not listed weigh `fallback`.', fallback: kld.fallback, weights: Object.fromEntries([...kld.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) }) + '\n',
);

const accuracy = (scores: readonly number[], pairs: readonly Pair[], t: number) => pairs.filter((p, i) => scores[i]! >= t === p.y >= 0.5).length / pairs.length;
const auc = (scores: readonly number[], pairs: readonly Pair[]) => rocAuc([...scores], pairs.map((p) => p.y >= 0.5));
const within = ecbDev.map((p, i) => [p, i] as const).filter(([p]) => sameStoryDev.has(p.id));
const report = {
  msrp: {
    fitAccuracyEquivalenceOnly: accuracy(eqv(msrpFitFeatures), msrpFit, equivalent.t),
    devAccuracyEquivalenceOnly: accuracy(devEqv, msrpDev, equivalent.t),
    fitAccuracyEquivalentDecisionOutOfFold: equivalent.accuracy,
    devAccuracyEquivalentDecision: decisionAccuracy(devEqv, silentDev, msrpDev, equivalent.t),
    devRulesFlagParaphrases: msrpDev.filter((p, i) => p.y >= 0.5 && !silentDev[i]).length / msrpDev.filter((p) => p.y >= 0.5).length,
    // Every discrepancy type vetoing, presentation ones included (quote wording, hedging): its own threshold.
    fitAccuracyAnyDiscrepancyVetoOutOfFold: anyVeto.accuracy,
    devAccuracyAnyDiscrepancyVeto: decisionAccuracy(devEqv, anyVetoDev, msrpDev, anyVeto.t),
    devRulesFlagParaphrasesAnyType: msrpDev.filter((p, i) => p.y >= 0.5 && !anyVetoDev[i]).length / msrpDev.filter((p) => p.y >= 0.5).length,
    cvAccuracyEquivalenceOnly: accuracy(cvScores, msrpAll, 0.5),
    cvAucEquivalenceOnly: auc(cvScores, msrpAll),
    devMajority: Math.max(msrpDev.filter((p) => p.y >= 0.5).length, msrpDev.filter((p) => p.y < 0.5).length) / msrpDev.length,
  },
  sts: {
    trainPearson: pearson(sim(F.stsTrain), stsTrain.map((p) => p.y)),
    devPearson: pearson(sim(F.stsDev), stsDev.map((p) => p.y)),
    devSpearman: spearman(sim(F.stsDev), stsDev.map((p) => p.y)),
    devAlignedScore3: aligned,
  },
  ecb: {
    trainAuc: auc(sim(F.ecbTrain), ecbTrain),
    devAuc: auc(ecbDevSim, ecbDev),
    devAucWithinStory: rocAuc(within.map(([, i]) => ecbDevSim[i]!), within.map(([p]) => p.y >= 0.5)),
    devAlignedAtShippedThreshold: atAligned(ecbDevSim, ecbDev.map((p) => p.y >= 0.5)),
    devBestF1Threshold: ecbAligned,
  },
  thresholds: model.thresholds,
  tfkldStems: kld.weights.size,
};
if (process.env.DIAGNOSE) {
  const ecbOnly = fit([[F.ecbTrain, ecbTrain]], L2, SIMILARITY_FEATURES);
  const stsOnly = fit([[F.stsTrain, stsTrain]], L2, SIMILARITY_FEATURES);
  const d = {
    ecbOnlyDevAuc: auc(F.ecbDev.map((x) => applyLogistic(x, ecbOnly)), ecbDev),
    ecbOnlyTrainAuc: auc(F.ecbTrain.map((x) => applyLogistic(x, ecbOnly)), ecbTrain),
    stsOnlyDevPearson: pearson(F.stsDev.map((x) => applyLogistic(x, stsOnly)), stsDev.map((p) => p.y)),
    ecbOnlyWeights: ecbOnly,
    single: Object.fromEntries(FEATURES.map((k) => [k, [auc(F.ecbDev.map((x) => x[k]), ecbDev), pearson(F.stsDev.map((x) => x[k]), stsDev.map((p) => p.y))]])),
  };
  console.log(JSON.stringify(d));
}
console.log(JSON.stringify(report, null, 2));
