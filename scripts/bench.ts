/**
 * `npm run bench`: throughput of each stage on the ECB+ dev articles, compromise's bare parse of the
 * same text as the reference, worker-thread speed-up, alignment cost against story size, peak
 * memory of a corpus compare, attribution and pair-scoring speed, and HTML ingest time per page.
 * Writes reports/bench.json and reports/bench.svg; prints a summary on stderr.
 *
 * Usage: npm run bench -- [--eval DIR] [--quick] (builds dist/ first; the code measured is dist/,
 * as the command ships it: scripts/bench-code.ts).
 * Timings are wall clock on whatever else the machine is running: compare ratios within one run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import nlp from '../src/util/nlp.js';
// The compiled dist/ the command ships (scripts/bench-code.ts says why); types from the sources.
import {
  INTERRUPT_BUDGET,
  alignClaims,
  alignStory,
  attributionInput,
  compareExtractions,
  defaultModel,
  extractClaims,
  findAttributions,
  groupStoryVectors,
  ingestHtml,
  median,
  openArticlePool,
  pairFeatures,
  parseSegment,
  processArticles,
  profileOfClaim,
  readFeed,
  recordToArticle,
  scoreFeatures,
  storyVector,
  textUnits,
  tuneV8ForRuns,
} from './bench-code.js';
import type { Term } from '../src/extract/01-parse.js';
import type { FeedEntry } from '../src/ingest/feed.js';
import type { Article, ArticleClaims } from '../src/types.js';

const args = process.argv.slice(2);
const evalDir = args.includes('--eval') ? args[args.indexOf('--eval') + 1]! : '../shared/eval';
const quick = args.includes('--quick');
const devFeed = join(evalDir, 'events/ecbplus-dev-docs.jsonl');
const corpusFeeds = [join(evalDir, 'events/ecbplus-train-docs.jsonl'), devFeed];
/** Articles in the corpus compare whose peak memory is measured: the whole ECB+ corpus, test split included. */
const CORPUS_ARTICLES = 982;
const log = (s: string) => process.stderr.write(s + '\n');
// What the command runs under (src/scale/v8-tuning.ts); the pools below are also timed without it.
tuneV8ForRuns();
const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;
const now = () => performance.now();
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

// Calibration: the same pure CPU loop on 1 and on 2 threads. On a machine whose cores are free,
// 2 threads take as long as 1 (parallelism 2); when other processes hold the cores, less.
async function loopMs(threads: number): Promise<number> {
  const code = `const { parentPort } = require('node:worker_threads'); let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; parentPort.postMessage(x);`;
  const t0 = now();
  await Promise.all(Array.from({ length: threads }, () => new Promise((done) => new Worker(code, { eval: true }).once('message', done))));
  return now() - t0;
}
// Measured first, before any stage has filled this process's heap (its GC threads would take cores
// from the calibration threads), each the fastest of three runs, one and two threads in turn.
const loops: number[][] = [[], []];
for (let run = 0; run < 3; run++) for (const k of [0, 1]) loops[k]!.push(await loopMs(k + 1));
const [loop1, loop2] = loops.map((l) => Math.min(...l)) as [number, number];
const machineParallelism = round((2 * loop1) / loop2, 2);
log(`machine parallelism for 2 threads: ${machineParallelism} (1 loop ${round(loop1)} ms, 2 loops ${round(loop2)} ms)`);
// The same for memory traffic: each thread copies a 64 MB buffer into another 60 times (far more
// than the caches hold). A parse allocates and copies a lot; when two threads share the memory
// bandwidth, they cannot scale as the arithmetic loop does.
async function copyMs(threads: number): Promise<number> {
  const code = `const { parentPort } = require('node:worker_threads'); const a = Buffer.alloc(64 << 20, 1), b = Buffer.alloc(64 << 20, 2); for (let i = 0; i < 60; i++) { a.copy(b); a[i] = b[i + 1]; } parentPort.postMessage(b[7]);`;
  const workers = Array.from({ length: threads }, () => new Worker(code, { eval: true }));
  const t0 = now();
  await Promise.all(workers.map((w) => new Promise((done) => w.once('message', done))));
  return now() - t0;
}
const copies: number[][] = [[], []];
for (let run = 0; run < 3; run++) for (const k of [0, 1]) copies[k]!.push(await copyMs(k + 1));
const [copy1, copy2] = copies.map((l) => Math.min(...l)) as [number, number];
const memoryParallelism = round((2 * copy1) / copy2, 2);
log(`memory-copy parallelism for 2 threads: ${memoryParallelism} (1 copier ${round(copy1)} ms, 2 copiers ${round(copy2)} ms)`);

async function entries(file: string): Promise<FeedEntry[]> {
  const out: FeedEntry[] = [];
  for await (const e of readFeed(file)) out.push(e);
  return out;
}

// ---- one core, stage by stage, on the dev corpus ----
const dev = await entries(devFeed);
const kb = dev.reduce((n, e) => n + Buffer.byteLength(e.record.text ?? e.record.html ?? ''), 0) / 1024;
const stage = (ms: number) => ({ ms: round(ms), articlesPerSecond: round((dev.length / ms) * 1000), kbPerSecond: round((kb / ms) * 1000) });

const alignOf = (ex: readonly ArticleClaims[]) => (ex.length > 10 ? alignStory(ex) : alignClaims(ex));

/** Every stage once over `feed`, each timed: ingest, compromise's bare parse (the reference), extract, stories, align, compare. */
function stagesOn(feed: readonly FeedEntry[]) {
  let t0 = now();
  const articles: Article[] = feed.map(recordToArticle);
  const ingestMs = now() - t0;
  t0 = now();
  for (const a of articles) for (const u of textUnits(a)) nlp(a.text.slice(u.range[0], u.range[1]));
  const bareParseMs = now() - t0;
  t0 = now();
  const extractions: ArticleClaims[] = articles.map((a) => extractClaims(a));
  const extractMs = now() - t0;
  t0 = now();
  const stories = groupStoryVectors(articles.map((a) => storyVector({ id: a.id, text: a.text, title: a.headlineRange ? null : a.headline })));
  const storiesMs = now() - t0;
  const storyExtractions = stories.map((s) => s.members.map((i) => extractions[i]!)).filter((ex) => ex.length >= 2);
  t0 = now();
  const aligned = storyExtractions.map(alignOf);
  const alignMs = now() - t0;
  t0 = now();
  const groups = storyExtractions.map((ex, k) => compareExtractions(ex, { align: () => aligned[k]! }).groups.length).reduce((a, b) => a + b, 0);
  const compareMs = now() - t0;
  return { articles, extractions, stories, groups, ingestMs, bareParseMs, extractMs, storiesMs, alignMs, compareMs };
}

// Warm-up on other articles (the first 100 of ECB+ train): the code is compiled on them, while what
// the stages keep by word, name or claim (stems, tags, spellings, profiles) holds only their text, so
// the measured pass over dev meets new text, as a run does.
const trainEntries = await entries(join(evalDir, 'events/ecbplus-train-docs.jsonl'));
stagesOn(trainEntries.slice(0, 100));
const { articles, extractions, stories, groups, ingestMs, bareParseMs, extractMs, storiesMs, alignMs, compareMs } = stagesOn(dev);
const pipelineMs = ingestMs + extractMs + storiesMs + alignMs + compareMs;

// Attribution alone, and parse alone, over the same units (the steps of extractClaims before it).
let parseMs = 0;
let attributionMs = 0;
let attributionKb = 0;
for (const a of articles) {
  const units = textUnits(a);
  const terms: Term[] = [];
  const t0 = now();
  units.forEach((u) => terms.push(...parseSegment(a.text, u.range[0], u.range[1])));
  parseMs += now() - t0;
  // Sentences and mentions as extractClaims builds them for attribution (not timed).
  const input = attributionInput(a.id, a.text, units, terms);
  const t1 = now();
  findAttributions(input);
  attributionMs += now() - t1;
  attributionKb += units.reduce((n, u) => n + (u.range[1] - u.range[0]), 0) / 1024;
}

// Pair scoring after parsing: profiles built once, then features + model per pair.
const claims = extractions.flatMap((e) => e.claims);
const profiles = claims.map(profileOfClaim);
const model = defaultModel();
const pairCount = quick ? 20_000 : 100_000;
let checksum = 0;
for (let k = 0; k < 5000; k++) checksum += scoreFeatures(pairFeatures(profiles[k % profiles.length]!, profiles[(k * 31) % profiles.length]!), model);
checksum = 0;
const t = now();
for (let k = 0; k < pairCount; k++) {
  const i = (k * 7919) % profiles.length;
  const j = (k * 104729 + 13) % profiles.length;
  checksum += scoreFeatures(pairFeatures(profiles[i]!, profiles[j]!), model);
}
const pairMs = now() - t;

// ---- HTML ingest per page (trafilatura English dev pages) ----
const pagesFile = join(evalDir, 'extraction/trafilatura-en-dev.jsonl');
const pages = readFileSync(pagesFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { file: string; url: string });
const pageMs: number[] = [];
for (const p of pages) {
  const html = readFileSync(join(evalDir, 'extraction', p.file), 'utf8');
  const t0 = now();
  ingestHtml(html, { source: p.url });
  pageMs.push(now() - t0);
}

// ---- alignment cost against story size ----
const biggest = stories.reduce((a, b) => (b.members.length > a.members.length ? b : a));
const base = biggest.members.map((i) => articles[i]!);
const sizes = quick ? [10, 20, 40] : [10, 20, 40, 80];
const curve: Array<{ articles: number; claims: number; exactMs: number; storyMs: number; compareMs: number }> = [];
for (const n of sizes) {
  // Articles spread evenly over the base story (repeated past its size), so claims grow with articles.
  const pick = (k: number) => base[Math.floor((k * base.length) / Math.min(n, base.length)) % base.length]!;
  const story = Array.from({ length: n }, (_, k) => extractClaims({ ...pick(k), id: `${pick(k).id}~${k}` }));
  const count = story.reduce((s, e) => s + e.claims.length, 0);

  // Best of several runs (the machine may be busy; the minimum is the cost of the work itself), each
  // on a fresh copy, so that each builds its claims' profiles as a run does.
  const bestFresh = (runs: number, f: (copy: ArticleClaims[]) => void) => {
    let min = Number.POSITIVE_INFINITY;
    for (let r = 0; r < runs; r++) {
      const copy = structuredClone(story);
      const t0 = now();
      f(copy);
      min = Math.min(min, now() - t0);
    }
    return min;
  };
  const exactMs = bestFresh(n >= 80 ? 1 : 2, (copy) => alignClaims(copy));
  const storyMs = bestFresh(5, (copy) => alignStory(copy));
  // The compare stage after the story aligner, on the same copy (its profiles built there, untimed).
  let cmpMs = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 2; r++) {
    const copy = structuredClone(story);
    const aligned = alignStory(copy);
    const t0 = now();
    compareExtractions(copy, { align: () => aligned });
    cmpMs = Math.min(cmpMs, now() - t0);
  }
  curve.push({ articles: n, claims: count, exactMs: round(exactMs), storyMs: round(storyMs), compareMs: round(cmpMs) });
  log(`align ${n} articles (${count} claims): exact ${round(exactMs)} ms, story aligner ${round(storyMs)} ms, compare given the alignment ${round(cmpMs)} ms`);
}

// ---- worker threads: a pool of 1 against a pool of 2 and of all cores, on the train articles ----
const cores = availableParallelism();
const workerTasks = (quick ? dev : trainEntries).map((entry) => ({ kind: 'record' as const, entry }));
// Reference: compromise's bare parse of the same articles, split over 1 and over 2 threads (from
// thread start, as the pool is timed). The pool cannot scale better than the parse it is made of.
// Three passes: the first includes each thread's own warm-up (its compiler works on the code while
// the other thread holds the second core); the later ones show the parse once compiled.
const PARSE_PASSES = 3;
async function bareParseThreads(threads: number): Promise<{ ms: number; passes: number[] }> {
  const texts = workerTasks.map((t) => String(t.entry.record.text ?? ''));
  const t0 = now();
  const perThread = await Promise.all(
    Array.from({ length: threads }, (_, k) => new Promise<number[]>((done, fail) => {
      const worker = new Worker(new URL('./bench-parse-worker.mjs', import.meta.url), { workerData: { texts: texts.filter((_, i) => i % threads === k), passes: PARSE_PASSES } });
      worker.once('message', done).once('error', fail);
    })),
  );
  // A pass is over when its slowest thread is.
  return { ms: now() - t0, passes: Array.from({ length: PARSE_PASSES }, (_, p) => Math.max(...perThread.map((m) => m[p]!))) };
}
const [parse1, parse2] = [await bareParseThreads(1), await bareParseThreads(2)];
const bareParseSpeedupTwo = round(parse1.passes[0]! / parse2.passes[0]!, 2);
const bareParsePassSpeedups = parse1.passes.map((ms, p) => round(ms / parse2.passes[p]!, 2));
log(`bare parse on 2 threads: ${bareParseSpeedupTwo}× one thread in one pass; by pass ${bareParsePassSpeedups.join(', ')}`);
// processCpuMs: CPU time of the whole process (every thread: workers, the main thread, V8's compiler
// and GC threads) during the run; divided by the wall time it is the number of cores kept busy.
const workers: Array<{ jobs: number; ms: number; cpuMs: number; processCpuMs: number; coresBusy: number }> = [];
// Each pool size runs twice, alternating, and its faster run counts (runs vary by a few tenths here).
// The pools run under V8's default interrupt budget too (workersDefaultV8), set for the threads they
// start, to show what the command's budget (src/scale/v8-tuning.ts) changes.
const POOL_RUNS = 2;
const workersDefaultV8: typeof workers = [];
v8.setFlagsFromString(`--interrupt-budget=${V8_DEFAULT_INTERRUPT_BUDGET}`);
for (let run = 0; run < POOL_RUNS; run++) {
  for (const jobs of [1, 2]) {
    const t0 = now();
    await processArticles(workerTasks, { jobs, alwaysPool: true });
    const ms = round(now() - t0);
    log(`pool of ${jobs} under V8's default budget, run ${run + 1}: ${ms} ms`);
    const at = workersDefaultV8.findIndex((w) => w.jobs === jobs);
    const entry = { jobs, ms, cpuMs: NaN, processCpuMs: NaN, coresBusy: NaN };
    if (at < 0) workersDefaultV8.push(entry);
    else if (ms < workersDefaultV8[at]!.ms) workersDefaultV8[at] = entry;
  }
}
tuneV8ForRuns();
for (let run = 0; run < POOL_RUNS; run++) {
  for (const jobs of [...new Set([1, 2, cores])]) {
    const t0 = now();
    const c0 = process.cpuUsage();
    const r = await processArticles(workerTasks, { jobs, alwaysPool: true });
    const c = process.cpuUsage(c0);
    const ms = now() - t0;
    const processCpuMs = (c.user + c.system) / 1000;
    log(`pool of ${jobs}, run ${run + 1}: ${round(ms)} ms for ${workerTasks.length} articles, ${round(processCpuMs / ms, 2)} cores busy`);
    const entry = { jobs, ms: round(ms), cpuMs: round(r.reduce((n, x) => n + x.ms.ingest + x.ms.extract, 0)), processCpuMs: round(processCpuMs), coresBusy: round(processCpuMs / ms, 2) };
    const at = workers.findIndex((w) => w.jobs === jobs);
    if (at < 0) workers.push(entry);
    else if (entry.ms < workers[at]!.ms) workers[at] = entry;
  }
}

// Warm pools: the same pool first runs other articles (ECB+ dev, or 100 train articles with --quick),
// then the timed ones. Its threads have loaded and compiled the code, so what is left is how the
// per-article work itself scales (each run above also pays each thread's start and warm-up).
const warmUp = (quick ? trainEntries.slice(0, 100) : dev).map((entry) => ({ kind: 'record' as const, entry }));
const warm: Array<{ jobs: number; ms: number; coresBusy: number }> = [];
for (let run = 0; run < POOL_RUNS; run++) {
  for (const jobs of [1, 2]) {
    const pool = openArticlePool(jobs);
    try {
      await processArticles(warmUp, { pool });
      const t0 = now();
      const c0 = process.cpuUsage();
      await processArticles(workerTasks, { pool });
      const c = process.cpuUsage(c0);
      const ms = now() - t0;
      log(`warm pool of ${jobs}, run ${run + 1}: ${round(ms)} ms for ${workerTasks.length} articles, ${round((c.user + c.system) / 1000 / ms, 2)} cores busy`);
      const entry = { jobs, ms: round(ms), coresBusy: round((c.user + c.system) / 1000 / ms, 2) };
      const at = warm.findIndex((w) => w.jobs === jobs);
      if (at < 0) warm.push(entry);
      else if (entry.ms < warm[at]!.ms) warm[at] = entry;
    } finally {
      await pool.close();
    }
  }
}
const warmSpeedupTwo = round(warm[0]!.ms / warm[1]!.ms, 2);

// ---- peak RSS of a corpus compare (child process) ----
let corpus: { articles: number; seconds: number; maxRssMb: number } | null = null;
if (!quick) {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-'));
  const feed = join(dir, 'corpus.jsonl');
  // ECB+ train + dev (772 articles), brought to the size of the whole ECB+ corpus with its test
  // split (982 articles, which this project cannot read) by PolNeAR train articles (longer ones).
  const lines = corpusFeeds.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()));
  const fill = join(evalDir, 'quotes/polnear-train.jsonl');
  if (existsSync(fill)) {
    for (const l of readFileSync(fill, 'utf8').split('\n')) {
      if (lines.length >= CORPUS_ARTICLES) break;
      if (!l.trim()) continue;
      const r = JSON.parse(l) as { id: string; title?: string; text: string };
      lines.push(JSON.stringify({ id: `polnear-${r.id}`, ...(r.title ? { title: r.title } : {}), text: r.text }));
    }
  }
  writeFileSync(feed, lines.join('\n') + '\n');
  const articlesIn = lines.length;
  const t0 = now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'dist/cli.js', 'compare', feed, '--out', join(dir, 'out')], { encoding: 'utf8' });
  const seconds = (now() - t0) / 1000;
  const rss = Number(/(\d+)\s*$/.exec(r.stderr.trim())?.[1] ?? NaN);
  corpus = { articles: articlesIn, seconds: round(seconds), maxRssMb: round(rss / 1024) };
  if (r.status !== 0) log(`corpus compare exited ${r.status}: ${r.stderr.slice(-500)}`);
  rmSync(dir, { recursive: true, force: true });
}

const speedup = (jobs: number) => round(workers[0]!.ms / (workers.find((w) => w.jobs === jobs)?.ms ?? NaN), 2);
const last = curve[curve.length - 1]!;
const result = {
  machine: { cores, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
  corpus: { file: devFeed, articles: dev.length, kb: round(kb) },
  stages: { ingest: stage(ingestMs), extract: stage(extractMs), stories: stage(storiesMs), align: stage(alignMs), compare: stage(compareMs), pipeline: stage(pipelineMs), bareParse: stage(bareParseMs) },
  pipelineOverBareParse: round(pipelineMs / bareParseMs, 2),
  ingestAndExtractOverBareParse: round((ingestMs + extractMs) / bareParseMs, 2),
  attribution: { ms: round(attributionMs), kbPerSecondExcludingParse: round((attributionKb / attributionMs) * 1000), parseMs: round(parseMs) },
  pairScoring: { pairs: pairCount, ms: round(pairMs), pairsPerSecond: Math.round((pairCount / pairMs) * 1000), checksum: round(checksum, 3) },
  ingestHtml: { pages: pages.length, medianMs: round(median(pageMs), 2), maxMs: round(Math.max(...pageMs), 1) },
  alignment: { story: `the ${base.length} articles of the largest dev story, repeated`, curve, costRatio: round(last.storyMs / curve[0]!.storyMs, 2), claimsRatio: round(last.claims / curve[0]!.claims, 2), exactCostRatio: round(last.exactMs / curve[0]!.exactMs, 2), shippedCostRatio: round(last.storyMs / curve[0]!.exactMs, 2), shippedNote: 'as shipped: a story of 10 is aligned exactly (alignClaims), one of 80 by alignStory' },
  workers: { articles: workerTasks.length, machineParallelism, memoryParallelism, bareParse: { oneThreadPassMs: parse1.passes.map((x) => round(x)), twoThreadsPassMs: parse2.passes.map((x) => round(x)), speedupTwo: bareParseSpeedupTwo, speedupTwoByPass: bareParsePassSpeedups }, runs: workers, speedupTwoCeiling: round(Math.min(2, cores) / workers[0]!.coresBusy, 2), speedupTwo: speedup(2), speedupAll: speedup(cores), warm, warmSpeedupTwo, defaultV8: { interruptBudget: V8_DEFAULT_INTERRUPT_BUDGET, runs: workersDefaultV8.map(({ jobs, ms }) => ({ jobs, ms })), speedupTwo: round(workersDefaultV8[0]!.ms / workersDefaultV8[1]!.ms, 2) }, interruptBudget: INTERRUPT_BUDGET, note: 'runs and warm: under the interrupt budget the command sets (interruptBudget); defaultV8: the same cold pools under V8 default budget; warm: pools that ran the warm-up articles first, then timed on the same articles (faster of two runs); ms is wall time from pool start, the faster of two runs; cpuMs sums per-article time inside the workers (it grows when the cores are shared with other processes); bareParse is compromise alone on the same articles, split over threads the same way, parsed three times (speedupTwo: the first pass, as a corpus run parses each article once); speedupTwoCeiling is 2 cores over the cores a pool of one already keeps busy (its own compiler and GC threads, and the main thread, run beside the worker)' },
  corpusCompare: corpus,
  stories: { predicted: stories.length, groups },
};

mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify(result, null, 2) + '\n');
writeFileSync('reports/bench.svg', chart(result.stages, curve));
log(JSON.stringify({ machineParallelism, memoryParallelism, bareParseSpeedupTwo, bareParsePassSpeedups, speedupTwoCeiling: result.workers.speedupTwoCeiling, pipelineOverBareParse: result.pipelineOverBareParse, ingestAndExtractOverBareParse: result.ingestAndExtractOverBareParse, alignShippedRatio: result.alignment.shippedCostRatio, speedupTwo: result.workers.speedupTwo, speedupTwoDefaultV8: result.workers.defaultV8.speedupTwo, warmSpeedupTwo, alignCostRatio: result.alignment.costRatio, claimsRatio: result.alignment.claimsRatio, attributionKbs: result.attribution.kbPerSecondExcludingParse, pairsPerSecond: result.pairScoring.pairsPerSecond, ingestMedianMs: result.ingestHtml.medianMs, corpus }, null, 1));
log('wrote reports/bench.json, reports/bench.svg');

/** Two panels: KB/s per stage (bars), and alignment ms against claims (both aligners, with a linear reference). */
function chart(stages: Record<string, { kbPerSecond: number }>, points: typeof curve): string {
  const W = 900;
  const H = 360;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`, `<rect width="${W}" height="${H}" fill="white"/>`];
  // Left: bars.
  const entries = Object.entries(stages);
  const maxKb = Math.max(...entries.map(([, s]) => s.kbPerSecond));
  const [lx, ly, lw, lh] = [60, 40, 340, 260];
  parts.push(`<text x="${lx}" y="24" font-weight="bold">Throughput per stage, KB/s (one core, log scale)</text>`);
  const logMax = Math.log10(maxKb * 1.2);
  entries.forEach(([name, s], k) => {
    const bh = lh / entries.length - 8;
    const y = ly + k * (lh / entries.length);
    const w = Math.max(1, (Math.log10(Math.max(1, s.kbPerSecond)) / logMax) * lw);
    parts.push(`<rect x="${lx + 60}" y="${y}" width="${w * 0.8}" height="${bh}" fill="${name === 'bareParse' ? '#999' : '#3b6fb6'}"/>`);
    parts.push(`<text x="${lx + 55}" y="${y + bh / 2 + 4}" text-anchor="end">${esc(name)}</text>`);
    parts.push(`<text x="${lx + 64 + w * 0.8}" y="${y + bh / 2 + 4}">${s.kbPerSecond}</text>`);
  });
  // Right: curve.
  const [rx, ry, rw, rh] = [500, 40, 360, 260];
  const maxX = Math.max(...points.map((p) => p.claims));
  const maxY = Math.max(...points.map((p) => Math.max(p.exactMs, p.storyMs)));
  const px = (x: number) => rx + (x / maxX) * rw;
  const py = (y: number) => ry + rh - (y / maxY) * rh;
  parts.push(`<text x="${rx}" y="24" font-weight="bold">Alignment time (ms) against claims in one story</text>`);
  parts.push(`<line x1="${rx}" y1="${ry + rh}" x2="${rx + rw}" y2="${ry + rh}" stroke="black"/><line x1="${rx}" y1="${ry}" x2="${rx}" y2="${ry + rh}" stroke="black"/>`);
  const line = (key: 'exactMs' | 'storyMs', colour: string) => {
    parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.map((p) => `${px(p.claims)},${py(p[key])}`).join(' ')}"/>`);
    for (const p of points) parts.push(`<circle cx="${px(p.claims)}" cy="${py(p[key])}" r="3" fill="${colour}"/><text x="${px(p.claims) + 4}" y="${py(p[key]) - 4}" font-size="10">${p.articles} art.</text>`);
  };
  const first = points[0]!;
  parts.push(`<polyline fill="none" stroke="#aaa" stroke-dasharray="4 3" points="${px(0)},${py(0)} ${px(maxX)},${py((first.storyMs / first.claims) * maxX)}"/>`);
  line('exactMs', '#c0392b');
  line('storyMs', '#27ae60');
  parts.push(`<text x="${rx + 10}" y="${ry + 14}" fill="#c0392b">every article pair (alignClaims)</text><text x="${rx + 10}" y="${ry + 30}" fill="#27ae60">candidate-capped (alignStory)</text><text x="${rx + 10}" y="${ry + 46}" fill="#888">linear from the first point</text>`);
  parts.push(`<text x="${rx + rw / 2}" y="${ry + rh + 30}" text-anchor="middle">claims (${points.map((p) => p.claims).join(', ')})</text>`);
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
