/**
 * Error analysis of attribution extraction on a PolNeAR split (the training split by default).
 * Prints the quotes-task figures (the scorer of src/eval/quotes.ts) and, unless --summary is
 * given, lists: gold attributions missed at overlap 0.3 (with their cue and type), false positives,
 * extent mismatches (matched at 0.3 but not 0.8), and matched pairs whose speaker is wrong, each
 * with counts by cue word first.
 *
 * The compromise parse dominates the run time, so the parsed terms are cached outside the project
 * (in the OS temporary directory, keyed by the data file); the attribution stage then runs on the
 * cached terms in a few seconds. --fresh discards the cache. Nothing is written into the project.
 *
 * --coverage adds the draft coverage (the share of gold some draft, before the filter, matches) and the
 * uncovered gold by cue word; with --near, the near misses (a draft at overlap 0.15-0.3 only) by
 * where the draft's edges fall against the gold's (--near start-same-end-late lists a sample of one shape),
 * and, for drafts ending late, the two words after the gold end (where PolNeAR stopped and the draft ran on).
 *
 * --shapes (with --coverage) sorts the uncovered gold whose cue holds a known cue word by its syntactic
 * shape: the cue word's class in the parse (and a preposition ending the cue), where the content stands
 * (right after the cue, after a gap, before it) and where the source stands (a possessive, right before
 * the cue, before it across a comma or a few words, after it and the word before it: "by", "from");
 * a shape prefixed "READ" has a draft on the same cue whose content misses the gold.
 * `--shapes 'SHAPE'` lists a sample of one shape with the drafts read on its cue.
 * Usage: npx tsx scripts/analyse-quotes.ts [FILE] [--summary] [--coverage [--shapes [SHAPE]]] [--fresh] [--limit N] [--show N] [--doc ID] [--reason R]
 *        [--only missed|fp|extent|speaker]
 */
import { findAttributionCandidates, findAttributions } from '../src/extract/05-attributions.js';
import { cueLemma } from '../src/extract/attribution/cues.js';
import { hasTag, type Term } from '../src/extract/01-parse.js';
import { loadQuoteDocs, scoreQuotes, type QuoteDoc, type QuotePrediction } from '../src/eval/quotes.js';
import type { Attribution, Range } from '../src/types.js';
import { overlapRatio } from '../src/util/text.js';
import { QuoteTermsCache } from './quote-terms.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--') && ['--limit', '--show', '--only', '--doc', '--reason', '--near', '--cue', '--gaps', '--shapes'].includes(args[i - 1]!))) ?? '../shared/eval/quotes/polnear-train.jsonl';
const limit = Number(option('--limit') ?? Infinity);
const show = Number(option('--show') ?? 40);
const only = option('--only');
/** Word classes that name a cue word's shape, most specific first. */
const SHAPE_CLASSES = ['Pronoun', 'ProperNoun', 'Determiner', 'Possessive', 'Gerund', 'Infinitive', 'PastTense', 'PresentTense', 'Preposition', 'Conjunction', 'Adjective', 'Adverb', 'Noun', 'Verb'];


interface GoldQuote {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly has_source: boolean;
  readonly speaker: string;
  readonly cue: string;
  readonly source_spans: ReadonlyArray<readonly [number, number]>;
  readonly cue_spans: ReadonlyArray<readonly [number, number]>;
}
type Doc = Omit<QuoteDoc, 'quotes'> & { readonly quotes: readonly GoldQuote[] };


const docFilter = option('--doc');
const docs = (loadQuoteDocs(file) as unknown as Doc[]).filter((d) => !docFilter || d.id === docFilter).slice(0, limit);
const cache = new QuoteTermsCache(file, flag('--fresh'));

/** The attributions of one document, as `extractClaims(documentArticle(...), { headline: false })` finds them. */
function attributionsOf(d: Doc): Attribution[] {
  const input = cache.inputOf(d.id, d.text);
  const t0 = performance.now();
  const found = findAttributions(input);
  attributionMs += performance.now() - t0;
  if (flag('--coverage')) drafts.push(findAttributionCandidates(input).map((c) => c.attribution));
  if (flag('--shapes')) termsOf.push(input.terms);
  return found;
}

const started = Date.now();
let attributionMs = 0;
/** With --coverage: every draft the frames propose, per document, before the filter. */
const drafts: Attribution[][] = [];
/** With --shapes: the parsed terms of each document. */
const termsOf: (readonly Term[])[] = [];
const predictions: QuotePrediction[] = [];
const attributions: Attribution[][] = [];
let bytes = 0;
for (const d of docs) {
  const a = attributionsOf(d);
  bytes += d.text.length;
  attributions.push(a);
  predictions.push({
    id: d.id,
    quotes: a.map((x) => ({
      start: x.range[0],
      end: x.range[1],
      speaker: x.speaker ? { start: x.speaker.range[0], end: x.speaker.range[1], name: x.speaker.canonical } : null,
      cue: x.cue ? { start: x.cue.range[0], end: x.cue.range[1] } : null,
      via: x.via?.name ?? null,
    })),
  });
}
cache.save();

const scores = scoreQuotes(docs, predictions);
console.log(`${file}: ${docs.length} documents, ${((Date.now() - started) / 1000).toFixed(1)} s (attribution stage ${((bytes / 1024 / Math.max(attributionMs, 1)) * 1000).toFixed(0)} KB/s)`);
for (const [k, v] of Object.entries(scores)) console.log(`  ${k.padEnd(28)} ${Number.isInteger(v) ? v : v.toFixed(4)}`);
if (flag('--coverage')) {
  // The share of gold attributions some draft covers (one-to-one at overlap 0.3): the recall of a perfect filter.
  let covered = 0;
  let gold = 0;
  const uncovered = new Map<string, number>();
  /** Uncovered gold by the best overlap of any draft with it. */
  const nearness = new Map<string, number>();
  const gapCounts = new Map<string, number>();
  const shapeCounts = new Map<string, number>();
  const nearShapes = new Map<string, number>();
  const nearRunOn = new Map<string, number>();
  docs.forEach((d, di) => {
    const g = d.quotes.filter((q) => q.has_source);
    const p = drafts[di]!;
    const pairs: Array<{ gi: number; pi: number; o: number }> = [];
    g.forEach((gq, gi) => p.forEach((pq, pi) => {
      const o = overlapRatio([gq.start, gq.end], pq.range);
      if (o >= 0.3) pairs.push({ gi, pi, o });
    }));
    pairs.sort((x, y) => y.o - x.o);
    const usedG = new Set<number>();
    const usedP = new Set<number>();
    for (const { gi, pi } of pairs) {
      if (usedG.has(gi) || usedP.has(pi)) continue;
      usedG.add(gi);
      usedP.add(pi);
    }
    gold += g.length;
    covered += usedG.size;
    g.forEach((gq, gi) => {
      if (usedG.has(gi)) return;
      const words = gq.cue.toLowerCase().split(/\s+/u);
      const w = words.find((x) => !/^(?:has|have|had|is|are|was|were|be|been|being|am|’s|'s|’re|'re|’ve|would|will|could|can|should|might|may|must|did|does|do|also|not|n’t|still|just|often|first|already|to)$/u.test(x)) ?? words[0] ?? '';
      const key = cueLemma(w) ? `${w}*` : w;
      const best = Math.max(0, ...p.map((a) => overlapRatio([gq.start, gq.end], a.range)));
      const bucket = best >= 0.15 ? 'near (0.15-0.3)' : best > 0 ? 'overlapped (<0.15)' : 'no draft';
      nearness.set(bucket, (nearness.get(bucket) ?? 0) + 1);
      // --near: the shapes of the near misses (0.15-0.3), by where the best draft starts and ends
      // against the gold content (early, late or within 3 characters: "same").
      if (flag('--near') && best >= 0.15) {
        const a = p.reduce((x, y) => (overlapRatio([gq.start, gq.end], y.range) > overlapRatio([gq.start, gq.end], x.range) ? y : x));
        const edge = (d: number) => (Math.abs(d) <= 3 ? 'same' : d < 0 ? 'early' : 'late');
        const shape = `start ${edge(a.range[0] - gq.start)}, end ${edge(a.range[1] - gq.end)}`;
        nearShapes.set(shape, (nearShapes.get(shape) ?? 0) + 1);
        // The two words right after the gold content's end, where a late-ending draft runs on past it.
        if (a.range[1] - gq.end > 3) {
          const after = d.text.slice(gq.end, gq.end + 40).replace(/^[\s”"’']+/u, '').split(/\s+/u).slice(0, 2).join(' ').toLowerCase().replace(/[^\p{L}\p{P}]+$/u, '');
          nearRunOn.set(after, (nearRunOn.get(after) ?? 0) + 1);
        }
        if (option('--near') === shape.replace(/[ ,]+/gu, '-') && (nearShapes.get(shape)! % 8 === 0)) console.log(`- [${gq.type}] cue «${gq.cue}» ${d.id}@${gq.start}\n    gold ${sentenceAround(d.text, [gq.start, gq.end]).slice(0, 400)}\n    draft «${a.raw.slice(0, 200)}» cue «${a.cue?.raw ?? '-'}»`);
      }
      uncovered.set(key, (uncovered.get(key) ?? 0) + 1);
      if (flag('--gaps') && key.endsWith('*') && best === 0) {
        const q = gq as unknown as { source_spans?: [number, number][]; cue_spans?: [number, number][] };
        const src = q.source_spans?.[0];
        const cue = q.cue_spans?.[0];
        let cls = 'no spans';
        if (src && cue) {
          if (src[0] >= cue[1]) cls = 'source after cue';
          else {
            const gap = d.text.slice(src[1], cue[0]).trim();
            const words = gap.split(/\s+/u).filter(Boolean).length;
            const srcText = d.text.slice(src[0], src[1]).toLowerCase();
            cls = /^(?:who|which|that)$/u.test(srcText) ? `relative pronoun src (${words} gap words)` : gap === '' ? 'adjacent' : /,/u.test(gap) ? `comma gap ${Math.min(words, 12)}w` : `gap ${Math.min(words, 6)}w`;
          }
        }
        gapCounts.set(cls, (gapCounts.get(cls) ?? 0) + 1);
        if (option('--gaps') === cls || process.env.GAPCLS === cls) console.log(`  [${cls}] «${d.text.slice(src?.[0] ?? 0, src?.[1] ?? 0)}» … «${gq.cue}» :: ${sentenceAround(d.text, [gq.start, gq.end]).slice(0, 250)}`);
      }
      if (flag('--shapes')) {
        const shape = cueShape(d.text, gq, termsOf[di]!, p);
        if (shape) {
          shapeCounts.set(shape, (shapeCounts.get(shape) ?? 0) + 1);
          if (option('--shapes') === shape && shapeCounts.get(shape)! <= show) {
            const read = p.filter((a) => a.cue && gq.cue_spans[0] && a.cue.range[0] < gq.cue_spans[0][1] && gq.cue_spans[0][0] < a.cue.range[1]).map((a) => `\n    draft «${a.raw.slice(0, 150)}»`).join('');
            console.log(`- cue «${gq.cue}» src «${gq.source_spans.map(([s, e]) => d.text.slice(s, e)).join(' | ')}» ${d.id}@${gq.start}\n    ${sentenceAround(d.text, [gq.start, gq.end]).slice(0, 400)}${read}`);
          }
        }
      }
      // --cue W: the uncovered gold of that cue word, with the drafts that overlap it.
      // --cue '*': a sample of the gold with a known cue word that no draft overlaps at all.
      const sampled = option('--cue') === 'near' ? best >= 0.15 && nearness.get('near (0.15-0.3)')! % 30 === 0 : option('--cue') === '*' ? key.endsWith('*') && best === 0 && (nearness.get('no draft')! % 25 === 0) : option('--cue') === w && uncovered.get(key)! <= show;
      if (sampled) {
        const near = p.filter((a) => a.range[0] < gq.end && gq.start < a.range[1]).map((a) => `\n    draft «${a.raw.slice(0, 120)}» cue «${a.cue?.raw ?? '-'}» o=${overlapRatio([gq.start, gq.end], a.range).toFixed(2)}`).join('');
        console.log(`- [${gq.type}] cue «${gq.cue}» src «${(gq as { source?: string }).source ?? ""}» ${d.id}@${gq.start}\n    ${sentenceAround(d.text, [gq.start, gq.end]).slice(0, 400)}${near}`);
      }
    });
  });
  console.log(`  drafts                       ${drafts.reduce((n, x) => n + x.length, 0)}`);
  console.log(`  draft coverage@03            ${(covered / Math.max(1, gold)).toFixed(4)}`);
  const known = [...uncovered.entries()].filter(([k]) => k.endsWith('*')).reduce((n, [, c]) => n + c, 0);
  console.log(`  uncovered                    ${gold - covered} (cue word a known cue, marked *: ${known})`);
  console.log(`  uncovered by best draft overlap: ${[...nearness.entries()].map(([k, n]) => `${k}:${n}`).join('  ')}`);
  if (flag('--near')) console.log(`  near misses by draft edges: ${[...nearShapes.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}:${n}`).join('  ')}`);
  if (flag('--near')) console.log(`  near misses ending late, by the two words after the gold end: ${[...nearRunOn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, n]) => `${k}:${n}`).join('  ')}`);
  if (flag('--shapes')) console.log(`  known-cue, uncovered, by shape (cue class | content | source):\n${[...shapeCounts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, n]) => `    ${String(n).padStart(5)}  ${k}`).join('\n')}`);
  if (flag('--gaps')) console.log(`  known-cue, no draft, by source-cue gap: ${[...gapCounts.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}:${n}`).join('  ')}`);
  console.log(`  uncovered by first cue word: ${[...uncovered.entries()].sort((a, b) => b[1] - a[1]).slice(0, 80).map(([k, n]) => `${k}:${n}`).join('  ')}`);
}
if (flag('--summary')) process.exit(0);
if (docFilter) {
  // One document: its gold attributions with a source and the predictions, in text order.
  const d = docs[0]!;
  const rows = [
    ...d.quotes.filter((q) => q.has_source).map((q) => ({ at: q.start, line: `G ${q.start}-${q.end} [${q.type}] cue «${q.cue}» src «${q.speaker}» ${JSON.stringify(d.text.slice(q.start, q.end).slice(0, 140))}` })),
    ...attributions[0]!.map((a) => ({ at: a.range[0], line: `P ${a.range[0]}-${a.range[1]} [${a.kind}] cue «${a.cue?.raw ?? '-'}» spk «${a.speaker?.raw ?? '-'}» ${JSON.stringify(a.raw.slice(0, 140))}` })),
  ].sort((a, b) => a.at - b.at);
  for (const r of rows) console.log(r.line);
  process.exit(0);
}

// The same one-to-one matching as the scorer, keeping the pairs.
interface Case {
  readonly doc: Doc;
  readonly gold?: GoldQuote;
  readonly pred?: Attribution;
  readonly overlap: number;
}
const missed: Case[] = [];
const falsePositives: Case[] = [];
const extent: Case[] = [];
const wrongSpeaker: Case[] = [];
docs.forEach((d, di) => {
  const g = d.quotes.filter((q) => q.has_source);
  const p = attributions[di]!;
  const pairs: Array<{ gi: number; pi: number; o: number }> = [];
  g.forEach((gq, gi) => p.forEach((pq, pi) => {
    const o = overlapRatio([gq.start, gq.end], pq.range);
    if (o >= 0.3) pairs.push({ gi, pi, o });
  }));
  pairs.sort((x, y) => y.o - x.o);
  const usedG = new Map<number, { pi: number; o: number }>();
  const usedP = new Set<number>();
  for (const { gi, pi, o } of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.set(gi, { pi, o });
    usedP.add(pi);
  }
  g.forEach((gold, gi) => {
    const m = usedG.get(gi);
    if (!m) return void missed.push({ doc: d, gold, overlap: 0 });
    const pred = p[m.pi]!;
    if (m.o < 0.8) extent.push({ doc: d, gold, pred, overlap: m.o });
    const sp = pred.speaker;
    if (!(sp && gold.source_spans.some(([s, e]) => s < sp.range[1] && sp.range[0] < e))) wrongSpeaker.push({ doc: d, gold, pred, overlap: m.o });
  });
  p.forEach((pred, pi) => {
    if (!usedP.has(pi)) falsePositives.push({ doc: d, pred, overlap: 0 });
  });
});

const clip = (s: string, n = 220) => (s.length > n ? `${s.slice(0, n / 2)} … ${s.slice(-n / 2)}` : s).replace(/\s+/g, ' ');
const cueWord = (c: Case) => ((c.gold ? c.gold.cue : c.pred?.cue?.raw) ?? '(none)').toLowerCase().split(/\s+/).pop() ?? '';
function counts(cases: readonly Case[], by: (c: Case) => string, top = 25): string {
  const m = new Map<string, number>();
  for (const c of cases) m.set(by(c), (m.get(by(c)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, n]) => `${k}:${n}`).join('  ');
}
/**
 * The syntactic shape of a gold attribution whose cue holds a known cue word (--shapes), or
 * undefined: the known word's class and the cue's last preposition (or "single"/"multi" words),
 * where the content stands against the cue, and where the first source span stands.
 */
function cueShape(text: string, g: GoldQuote, terms: readonly Term[], docDrafts: readonly Attribution[]): string | undefined {
  const cs = g.cue_spans[0];
  if (!cs) return undefined;
  const cueTerms = terms.filter((t) => t.start < cs[1] && cs[0] < t.end);
  const known = cueTerms.find((t) => cueLemma(t.normal));
  if (!known) return undefined;
  const last = cueTerms[cueTerms.length - 1]!;
  const words = last !== known && hasTag(last, 'Preposition') ? `+${last.normal}` : cueTerms.length > 1 ? 'multi' : 'single';
  const cls = SHAPE_CLASSES.find((c) => hasTag(known, c)) ?? 'other';
  const content = g.start >= cs[1] ? (text.slice(cs[1], g.start).trim() === '' ? 'content right after' : 'content after a gap') : g.end <= cs[0] ? 'content before' : 'content around';
  const src = g.source_spans[0];
  let source = 'no source';
  if (src && src[1] <= cs[0]) {
    const gap = text.slice(src[1], cs[0]);
    const srcText = text.slice(src[0], src[1]);
    source = gap.trim() === '' ? (/['’]s?$|^(?:his|her|their|its|our|my)$/iu.test(srcText) ? 'source possessive' : 'source right before') : /,/u.test(gap) ? 'source before a comma' : `source ${Math.min(gap.trim().split(/\s+/u).length, 4)} words before`;
  } else if (src && src[0] >= cs[1]) {
    const gap = text.slice(cs[1], src[0]).trim().toLowerCase();
    source = gap.length > 20 ? 'source far after' : `source after "${gap.split(/\s+/u).pop() || ''}"`;
  } else if (src) source = 'source inside the cue';
  const read = docDrafts.some((a) => a.cue && a.cue.range[0] < cs[1] && cs[0] < a.cue.range[1]);
  return `${read ? 'READ ' : ''}${cls} ${words} | ${content} | ${source}`;
}

function sentenceAround(text: string, r: Range): string {
  const s = Math.max(0, text.lastIndexOf('\n', r[0]) + 1);
  let e = text.indexOf('\n', r[1]);
  if (e < 0) e = text.length;
  return text.slice(s, r[0]) + '⟦' + text.slice(r[0], r[1]) + '⟧' + text.slice(r[1], e);
}
function section(name: string, cases: readonly Case[], render: (c: Case) => string): void {
  if (only && !name.startsWith(only)) return;
  console.log(`\n== ${name}: ${cases.length}`);
  console.log(`by cue: ${counts(cases, cueWord)}`);
  if (cases[0]?.gold) console.log(`by type: ${counts(cases, (c) => c.gold!.type)}`);
  // A spread-out sample: every k-th case, so that one document does not fill the list.
  const step = Math.max(1, Math.floor(cases.length / show));
  for (let i = 0; i < cases.length && i / step < show; i += step) console.log(render(cases[i]!));
}
const goldLine = (c: Case) => {
  const g = c.gold!;
  const src = g.source_spans.map(([s, e]) => c.doc.text.slice(s, e)).join(' | ');
  return `- [${g.type}] cue «${g.cue}» src «${src}» ${c.doc.id}@${g.start}-${g.end}\n    ${clip(sentenceAround(c.doc.text, [g.start, g.end]), 500)}`;
};
const predLine = (a: Attribution) => `pred «${clip(a.raw, 160)}» spk «${a.speaker?.raw ?? '-'}» cue «${a.cue?.raw ?? '-'}» ${a.kind} @${a.range[0]}-${a.range[1]}`;
/** Why a gold attribution was missed: its cue was read with a wrong extent, or its cue word is (not) a known cue. */
function missReason(c: Case, di: number): string {
  const g = c.gold!;
  const cueSpan = g.cue_spans[0];
  const preds = attributions[di]!;
  if (cueSpan && preds.some((a) => a.cue && a.cue.range[0] < cueSpan[1] && cueSpan[0] < a.cue.range[1])) return 'cue read, extent wrong';
  if (preds.some((a) => a.range[0] < g.end && g.start < a.range[1])) return 'overlapping prediction';
  const words = g.cue.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  if (words.some((w) => cueLemma(w))) return 'known cue word, no frame';
  return 'unknown cue';
}
if (!only || only === 'missed') {
  const docIndex = new Map(docs.map((d, i) => [d, i]));
  console.log(`\nmissed by reason: ${counts(missed, (c) => missReason(c, docIndex.get(c.doc)!))}`);
  for (const reason of ['cue read, extent wrong', 'overlapping prediction', 'known cue word, no frame']) {
    const cs = missed.filter((c) => missReason(c, docIndex.get(c.doc)!) === reason);
    console.log(`  ${reason}: by cue ${counts(cs, cueWord, 15)}`);
  }
  const unknown = missed.filter((c) => missReason(c, docIndex.get(c.doc)!) === 'unknown cue');
  console.log(`  unknown cue: by first cue word ${counts(unknown, (c) => c.gold!.cue.toLowerCase().split(/\s+/)[0] ?? '', 60)}`);
}
const reasonFilter = option('--reason');
section('missed', reasonFilter ? missed.filter((c) => missReason(c, docs.indexOf(c.doc)) === reasonFilter) : missed, goldLine);
if (!only || only === 'fp') {
  // A false positive that overlaps a gold attribution is an extent error (it also costs a miss).
  const overlapsGold = (c: Case) => c.doc.quotes.some((g) => g.has_source && g.start < c.pred!.range[1] && c.pred!.range[0] < g.end);
  const overlapsUnsourced = (c: Case) => c.doc.quotes.some((g) => !g.has_source && g.start < c.pred!.range[1] && c.pred!.range[0] < g.end);
  console.log(`\nfalse positives: ${counts(falsePositives, (c) => (overlapsGold(c) ? 'overlaps gold' : overlapsUnsourced(c) ? 'overlaps unsourced gold' : 'no gold there'))}`);
}
section('fp', falsePositives, (c) => {
  const near = c.doc.quotes.filter((g) => g.has_source && g.start < c.pred!.range[1] && c.pred!.range[0] < g.end);
  const golds = near.map((g) => `\n    gold «${clip(c.doc.text.slice(g.start, g.end), 160)}» cue «${g.cue}» o=${overlapRatio([g.start, g.end], c.pred!.range).toFixed(2)}`).join('');
  return `- ${predLine(c.pred!)} ${c.doc.id}\n    ${clip(sentenceAround(c.doc.text, c.pred!.range), 500)}${golds}`;
});
section('extent (0.3 ≤ overlap < 0.8)', extent, (c) => `${goldLine(c)}\n    ${predLine(c.pred!)} o=${c.overlap.toFixed(2)}`);
section('speaker wrong', wrongSpeaker, (c) => `${goldLine(c)}\n    ${predLine(c.pred!)}`);
