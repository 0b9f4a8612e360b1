/**
 * Tuning set for the text-mode extractor (src/ingest/lines.ts, src/ingest/text.ts): renders each page
 * of a JSONL extraction file with w3m exactly as src/eval/extraction.ts does, reads the dump with
 * `ingestText`, and scores the extracted body. Records with `expected` (Readability pages, the tuning
 * set) get 4-token shingle precision / recall / F1 against the expected main content; records with
 * `with` / `without` snippets (the trafilatura check set) get snippet counts, so failures on either
 * set can be looked at the same way.
 *
 * Usage: npx tsx scripts/tune-text.ts [FILE.jsonl] [--pages] [--show ID] [--lines ID] [--grid CHECK.jsonl]
 *   FILE     default ../shared/eval/extraction/readability-pages.jsonl
 *   --pages  one row per page, worst first
 *   --show   for one page: the lines lost (in the expected text, not extracted) and the lines
 *            extracted but not expected (shingle records), or the missed / wrongly kept snippets
 *   --lines  for one page: every non-blank line of the dump with its class, score and whether it was kept
 *   --grid   tries a grid of line weights (src/ingest/lines.ts, `LineWeights`) on FILE, ranks them by
 *            mean shingle F1 there, and reports the snippet F1 of the best ones on CHECK (never chosen on it)
 *
 * W3m dumps are cached under $TMPDIR/tune-text-cache (keyed by a hash of the page) to keep reruns fast.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { decodeText } from '../src/ingest/detect.js';
import { renderHtmlText } from '../src/ingest/html.js';
import { classifyLines, defaultLineWeights, type LineWeights } from '../src/ingest/lines.js';
import { ingestText } from '../src/ingest/text.js';
import { extractedBody, renderWithW3m, shingleScore, shingles } from '../src/eval/extraction.js';

interface Record_ {
  id: string;
  file: string;
  expected?: string;
  with?: string[];
  without?: string[];
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const v = args[i + 1] ?? '';
  args.splice(i, 2);
  return v;
};
const showId = flag('--show');
const linesId = flag('--lines');
const gridCheck = flag('--grid');
const perPage = args.includes('--pages');
const file = args.find((a) => !a.startsWith('--')) ?? '../shared/eval/extraction/readability-pages.jsonl';
const folder = dirname(resolve(file));
const cacheDir = join(tmpdir(), 'tune-text-cache');
mkdirSync(cacheDir, { recursive: true });

const readPage = (path: string) => {
  const bytes = readFileSync(path);
  return decodeText(bytes) ?? new TextDecoder('windows-1252').decode(bytes);
};

async function dump(html: string): Promise<string> {
  const key = join(cacheDir, createHash('sha1').update(html).digest('hex') + '.txt');
  if (existsSync(key)) return readFileSync(key, 'utf8');
  const text = await renderWithW3m(html);
  writeFileSync(key, text);
  return text;
}

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();
const records = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Record_);

/** Mean shingle F1 (records with `expected`) or snippet F1 (records with snippets) of `file` under `weights`. */
async function scoreFile(path: string, weights: LineWeights): Promise<number> {
  const dir = dirname(resolve(path));
  const recs = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record_);
  let f = 0;
  let n = 0;
  let wt = 0;
  let wf = 0;
  let wo = 0;
  for (const r of recs) {
    const body = extractedBody(ingestText(await dump(readPage(resolve(dir, r.file))), { source: r.file, weights }));
    if (r.expected !== undefined) {
      f += shingleScore(shingles(body), await expectedShingles(resolve(dir, r.expected))).f1;
      n++;
    } else {
      const flat = collapse(body);
      wt += r.with?.length ?? 0;
      wf += (r.with ?? []).filter((x) => flat.includes(collapse(x))).length;
      wo += (r.without ?? []).filter((x) => flat.includes(collapse(x))).length;
    }
  }
  if (n > 0) return f / n;
  const p = wf / Math.max(1, wf + wo);
  const rc = wf / Math.max(1, wt);
  return p + rc > 0 ? (2 * p * rc) / (p + rc) : 0;
}
const expectedCache = new Map<string, Set<string>>();
async function expectedShingles(path: string): Promise<Set<string>> {
  let s = expectedCache.get(path);
  if (!s) expectedCache.set(path, (s = shingles(renderHtmlText(readPage(path)))));
  return s;
}

if (gridCheck) {
  const rows: Array<{ w: LineWeights; score: number }> = [];
  for (const heading of [4, 8])
    for (const item of [8, 15, 25])
      for (const bad of [30, 40, 60])
        for (const residue of [10, 20])
          for (const short of [0.25, 0.5]) {
            const w = { ...defaultLineWeights, heading, item, bad, residue, short };
            rows.push({ w, score: await scoreFile(file, w) });
          }
  rows.sort((a, b) => b.score - a.score);
  const show = (w: LineWeights) => `heading ${w.heading} item ${w.item} bad ${w.bad} residue ${w.residue} short ${w.short}`;
  console.log(`default: ${show(defaultLineWeights)} tune ${(await scoreFile(file, defaultLineWeights)).toFixed(4)} check ${(await scoreFile(gridCheck, defaultLineWeights)).toFixed(4)}`);
  for (const r of rows.slice(0, 8)) console.log(`${show(r.w)} tune ${r.score.toFixed(4)} check ${(await scoreFile(gridCheck, r.w)).toFixed(4)}`);
  process.exit(0);
}

let sumP = 0;
let sumR = 0;
let sumF = 0;
let nShingle = 0;
let withTotal = 0;
let withFound = 0;
let withoutFound = 0;
const rows: Array<{ id: string; f1: number; line: string }> = [];

for (const r of records) {
  if ((showId && r.id !== showId) || (linesId && r.id !== linesId)) continue;
  const text = await dump(readPage(resolve(folder, r.file)));
  const article = ingestText(text, { source: r.file });
  const body = extractedBody(article);
  if (linesId) {
    const kept = new Set(article.paragraphs.map((p) => p[0]));
    for (const l of classifyLines(text)) {
      const mark = kept.has(l.contentStart) ? '+' : article.headlineRange?.[0] === l.start ? 'H' : ' ';
      console.log(`${mark} ${String(l.index).padStart(4)} ${l.class.padEnd(7)} ${l.score.toFixed(0).padStart(5)} | ${l.text.slice(0, 160)}`);
    }
    continue;
  }
  if (r.expected !== undefined) {
    const expected = renderHtmlText(readPage(resolve(folder, r.expected)));
    const s = shingleScore(shingles(body), shingles(expected));
    sumP += s.precision;
    sumR += s.recall;
    sumF += s.f1;
    nShingle++;
    rows.push({ id: r.id, f1: s.f1, line: `${r.id.padEnd(34)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}` });
    if (showId) {
      const exp = shingles(expected);
      const got = shingles(body);
      const lost = expected.split('\n').filter((l) => { const sh = shingles(l); return sh.size > 0 && [...sh].filter((x) => got.has(x)).length < sh.size / 2; });
      const extra = body.split('\n').filter((l) => { const sh = shingles(l); return sh.size > 0 && [...sh].filter((x) => exp.has(x)).length < sh.size / 2; });
      console.log('--- lost (expected, not extracted)');
      for (const l of lost) console.log('  - ' + l.slice(0, 200));
      console.log('--- extra (extracted, not expected)');
      for (const l of extra) console.log('  + ' + l.slice(0, 200));
    }
  } else {
    const flat = collapse(body);
    const missed = (r.with ?? []).filter((s) => !flat.includes(collapse(s)));
    const wrong = (r.without ?? []).filter((s) => flat.includes(collapse(s)));
    withTotal += r.with?.length ?? 0;
    withFound += (r.with?.length ?? 0) - missed.length;
    withoutFound += wrong.length;
    rows.push({ id: r.id, f1: -(missed.length + wrong.length), line: `${r.id.padEnd(34)} missed ${missed.length} kept-wrong ${wrong.length}` });
    if (showId) {
      for (const m of missed) console.log('  missed: ' + m.slice(0, 200));
      for (const w of wrong) console.log('  kept:   ' + w.slice(0, 200));
    }
  }
}

if (perPage || showId) for (const row of rows.sort((a, b) => a.f1 - b.f1)) console.log(row.line);
if (nShingle > 0) console.log(`shingles over ${nShingle} pages: P ${(sumP / nShingle).toFixed(4)} R ${(sumR / nShingle).toFixed(4)} F1 ${(sumF / nShingle).toFixed(4)}`);
if (withTotal > 0) {
  const p = withFound / (withFound + withoutFound);
  const rc = withFound / withTotal;
  console.log(`snippets: P ${p.toFixed(4)} R ${rc.toFixed(4)} F1 ${((2 * p * rc) / (p + rc)).toFixed(4)}`);
}
