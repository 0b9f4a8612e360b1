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
 * times are kept; nothing of the texts is copied. Deterministic.
 *
 * Then it fits the attribution filter (src/extract/attribution/filter.ts) on the same split: every
 * draft the frame readers propose is labelled by whether it matches a gold attribution with a
 * source (one-to-one, content overlap ≥ 0.3, as the quotes task scores), a logistic regression over
 * the draft features is fitted, and the threshold that maximises F1 on the split is kept. Weights
 * and threshold go to data/lexicon/attribution-filter.json. The compromise parse of the split is
 * cached in the OS temporary directory (shared with scripts/analyse-quotes.ts).
 * Usage: npx tsx scripts/mine-cues.ts [TRAIN_JSONL] [--filter-only]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import { parseSegment, type Term } from '../src/extract/01-parse.js';
import { splitSentences } from '../src/extract/02-sentences.js';
import { findMentions } from '../src/extract/03-mentions.js';
import { findAttributionCandidates, type AttributionCandidate } from '../src/extract/05-attributions.js';
import { FEATURE_NAMES } from '../src/extract/attribution/filter.js';
import { textUnits } from '../src/extract/index.js';
import { documentArticle } from '../src/eval/quotes.js';
import type { Sentence } from '../src/types.js';
import { isTitleCase, overlapRatio } from '../src/util/text.js';

const MIN_CUE = 3;
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
function readWord(word: string): { lemma: string; verb: boolean } {
  let r = headCache.get(word);
  if (!r) {
    const doc = nlp(`they ${word}`);
    doc.compute('root');
    const term = (doc.json({ terms: {} }) as Array<{ terms: Array<{ root?: string; normal?: string; tags: string[] }> }>)[0]?.terms[1];
    const tags = new Set(term?.tags ?? []);
    const verb = tags.has('Verb') && !tags.has('Auxiliary') && !tags.has('Copula') && !tags.has('Modal') && !tags.has('Adverb') && !tags.has('Negative');
    r = { lemma: term?.root ?? term?.normal ?? word, verb };
    headCache.set(word, r);
  }
  return r;
}

const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
if (!filterOnly) mineCues();
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
  lexicon.minedFrom = `scripts/mine-cues.ts over ${lines.length} PolNeAR training documents; forms heading at least ${MIN_CUE} annotated cues`;
  writeFileSync(out, JSON.stringify(lexicon, null, 1) + '\n');
  console.log(`${lines.length} documents, ${Object.keys(minedStats).length} cue forms, ${mined.length} lemmas`);
}


interface GoldDoc {
  readonly id: string;
  readonly text: string;
  readonly quotes: ReadonlyArray<{ start: number; end: number; has_source: boolean }>;
}

/** The attribution candidates of one document, as extractClaims would read it (parse cached). */
function candidatesOf(d: GoldDoc, cache: Record<string, unknown[][]>): AttributionCandidate[] {
  const article = documentArticle(d.id, d.text);
  const { text } = article;
  const units = textUnits(article, { headline: false });
  let unitTerms = cache[d.id] as Array<Array<Omit<Term, 'tags'> & { tags: string[] }>> | undefined;
  if (!unitTerms || unitTerms.length !== units.length) {
    unitTerms = units.map((u) => parseSegment(text, u.range[0], u.range[1]).map((t) => ({ ...t, tags: [...t.tags] })));
    cache[d.id] = unitTerms;
  }
  const terms: Term[] = unitTerms.flat().map((t) => ({ ...t, tags: new Set(t.tags) }));
  const sentences: Sentence[] = [];
  units.forEach((unit, paragraph) => {
    for (const r of splitSentences(text, unit.range[0], unit.range[1])) sentences.push({ type: 'sentence', range: r, raw: text.slice(r[0], r[1]), paragraph, section: unit.section });
  });
  const sentenceStarts = new Set<number>();
  for (const s of sentences) {
    sentenceStarts.add(s.range[0]);
    const lead = /^["“‘'(]+/u.exec(s.raw);
    if (lead) sentenceStarts.add(s.range[0] + lead[0].length);
  }
  const titleCase = units.filter((u) => isTitleCase(text.slice(u.range[0], u.range[1]))).map((u) => u.range);
  const mentions = findMentions(text, terms, sentenceStarts, titleCase);
  return findAttributionCandidates({ articleId: d.id, text, sentences, paragraphs: units.map((u) => u.range), terms, mentions });
}

/** Fits the attribution filter and writes its weights and threshold. */
function trainFilter(): void {
  const key = createHash('sha1').update(readFileSync(file)).digest('hex').slice(0, 12);
  const cacheFile = join(tmpdir(), `crossclaim-quote-terms-${key}.json`);
  const cache = existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, unknown[][]>) : {};
  const before = Object.keys(cache).length;
  const xs: number[][] = [];
  const ys: number[] = [];
  let gold = 0;
  for (const line of lines) {
    const d = JSON.parse(line) as GoldDoc;
    const g = d.quotes.filter((q) => q.has_source);
    gold += g.length;
    const candidates = candidatesOf(d, cache);
    // One-to-one matching by decreasing overlap, as the scorer does.
    const pairs: Array<{ gi: number; pi: number; o: number }> = [];
    g.forEach((gq, gi) => candidates.forEach((c, pi) => {
      const o = overlapRatio([gq.start, gq.end], c.attribution.range);
      if (o >= 0.3) pairs.push({ gi, pi, o });
    }));
    pairs.sort((a, b) => b.o - a.o);
    const usedG = new Set<number>();
    const usedP = new Set<number>();
    for (const { gi, pi } of pairs) {
      if (usedG.has(gi) || usedP.has(pi)) continue;
      usedG.add(gi);
      usedP.add(pi);
    }
    candidates.forEach((c, pi) => {
      if (!c.filtered) return void (usedP.has(pi) && gold--);
      xs.push([...c.features]);
      ys.push(usedP.has(pi) ? 1 : 0);
    });
  }
  if (Object.keys(cache).length !== before) writeFileSync(cacheFile, JSON.stringify(cache));

  // Logistic regression, full-batch gradient descent with a small L2 penalty (not on the bias).
  const n = xs.length;
  const dim = FEATURE_NAMES.length;
  const w = new Array<number>(dim).fill(0);
  const L2 = 1e-3;
  const RATE = 0.5;
  const predict = (x: readonly number[]) => 1 / (1 + Math.exp(-x.reduce((z, v, i) => z + v * w[i]!, 0)));
  for (let iter = 0; iter < 3000; iter++) {
    const grad = new Array<number>(dim).fill(0);
    for (let k = 0; k < n; k++) {
      const err = predict(xs[k]!) - ys[k]!;
      const x = xs[k]!;
      for (let i = 0; i < dim; i++) grad[i]! += err * x[i]!;
    }
    for (let i = 0; i < dim; i++) w[i]! -= RATE * (grad[i]! / n + (i === 0 ? 0 : L2 * w[i]!));
  }

  // The threshold that maximises F1 at overlap 0.3 over the split (gold fixed, matches kept).
  const scored = xs.map((x, k) => ({ p: predict(x), y: ys[k]! })).sort((a, b) => b.p - a.p);
  let tp = 0;
  let best = { f1: 0, threshold: 0, precision: 0, recall: 0 };
  scored.forEach((s, k) => {
    tp += s.y;
    const precision = tp / (k + 1);
    const recall = tp / gold;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    const next = scored[k + 1];
    if (f1 > best.f1 && (!next || next.p < s.p)) best = { f1, threshold: next ? (s.p + next.p) / 2 : 0, precision, recall };
  });
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  writeFileSync(
    filterOut,
    JSON.stringify(
      {
        about: 'Accept/reject filter over attribution drafts (src/extract/attribution/filter.ts): logistic regression weights per feature and the acceptance threshold, fitted by scripts/mine-cues.ts on the PolNeAR training split.',
        trainedOn: `${lines.length} PolNeAR training documents, ${n} drafts, ${ys.filter((y) => y === 1).length} matching gold`,
        features: FEATURE_NAMES,
        weights: w.map(round),
        threshold: round(best.threshold),
      },
      null,
      1,
    ) + '\n',
  );
  console.log(`filter: ${n} drafts, threshold ${best.threshold.toFixed(3)}, train F1@0.3 ${best.f1.toFixed(4)} (P ${best.precision.toFixed(4)}, R ${best.recall.toFixed(4)})`);
}
