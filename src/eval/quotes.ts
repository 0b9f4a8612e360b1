/**
 * The quotes task (PolNeAR): attributions predicted per document, matched one-to-one to the gold
 * attributions that have a source by character overlap of their content extents
 * (overlap = shared characters / characters in the union); precision, recall and F1 at overlap
 * ≥ 0.3 and ≥ 0.8, speaker accuracy among matched pairs, recall by gold type.
 */
import { extractClaims } from '../extract/index.js';
import { blankLineParagraphs, plainArticle } from '../ingest/plain.js';
import type { Article, Attribution } from '../types.js';
import { overlapRatio } from '../util/text.js';
import { readJsonl, throttle } from './io.js';
import { prf } from './metrics.js';

interface GoldQuote {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly has_source: boolean;
  readonly source_spans: ReadonlyArray<readonly [number, number]>;
}

export interface QuoteDoc {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly date?: string;
  readonly quotes?: readonly GoldQuote[];
}

export interface QuotePrediction {
  readonly id: string;
  readonly quotes: ReadonlyArray<{ start: number; end: number; speaker: { start: number; end: number; name: string } | null; cue: { start: number; end: number } | null; via: string | null }>;
}

/**
 * One-to-one matching of gold to predicted extents: pairs at overlap (shared / union) >= `threshold`,
 * taken greedily from the largest overlap (ties in input order). Returns the matched index pairs.
 */
export function matchByOverlap(gold: ReadonlyArray<readonly [number, number]>, predicted: ReadonlyArray<readonly [number, number]>, threshold: number): Array<{ gi: number; pi: number }> {
  const pairs: Array<{ gi: number; pi: number; o: number }> = [];
  gold.forEach((gr, gi) => predicted.forEach((pr, pi) => {
    const o = overlapRatio([gr[0], gr[1]], [pr[0], pr[1]]);
    if (o >= threshold) pairs.push({ gi, pi, o });
  }));
  pairs.sort((x, y) => y.o - x.o);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<{ gi: number; pi: number }> = [];
  for (const { gi, pi } of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
    out.push({ gi, pi });
  }
  return out;
}

/** An article over a document whose paragraphs are separated by blank lines; the first is the title. */
export function documentArticle(id: string, text: string, published: string | null = null): Article {
  return plainArticle(id, text, { paragraphs: blankLineParagraphs(text), published });
}

export function predictQuotes(docs: readonly QuoteDoc[], onProgress?: (done: number, total: number) => void): QuotePrediction[] {
  const tick = throttle(onProgress);
  return docs.map((d, i) => {
    const published = d.date && /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? `${d.date}T12:00:00+00:00` : null;
    const attributions = extractClaims(documentArticle(d.id, d.text, published), { headline: false }).attributions;
    tick(i + 1, docs.length);
    return { id: d.id, quotes: attributions.map(toPrediction) };
  });
}

function toPrediction(a: Attribution): QuotePrediction['quotes'][number] {
  return {
    start: a.range[0],
    end: a.range[1],
    speaker: a.speaker ? { start: a.speaker.range[0], end: a.speaker.range[1], name: a.speaker.canonical } : null,
    cue: a.cue ? { start: a.cue.range[0], end: a.cue.range[1] } : null,
    via: a.via?.name ?? null,
  };
}

export function scoreQuotes(docs: readonly QuoteDoc[], predictions: readonly QuotePrediction[]): Record<string, number> {
  const out: Record<string, number> = { documents: docs.length };
  for (const threshold of [0.3, 0.8]) {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    let speakerRight = 0;
    const byType = new Map<string, { gold: number; found: number }>();
    docs.forEach((d, i) => {
      const g = (d.quotes ?? []).filter((q) => q.has_source);
      const p = predictions[i]!.quotes;
      predicted += p.length;
      gold += g.length;
      const matched = matchByOverlap(g.map((gq) => [gq.start, gq.end] as const), p.map((pq) => [pq.start, pq.end] as const), threshold);
      const usedG = new Set(matched.map((m) => m.gi));
      for (const { gi, pi } of matched) {
        tp++;
        const sp = p[pi]!.speaker;
        if (sp && g[gi]!.source_spans.some(([s, e]) => s < sp.end && sp.start < e)) speakerRight++;
      }
      g.forEach((gq, gi) => {
        const t = byType.get(gq.type) ?? { gold: 0, found: 0 };
        t.gold++;
        if (usedG.has(gi)) t.found++;
        byType.set(gq.type, t);
      });
    });
    const m = prf(tp, predicted - tp, gold - tp);
    const k = threshold === 0.3 ? '03' : '08';
    out[`precision@${k}`] = m.precision;
    out[`recall@${k}`] = m.recall;
    out[`f1@${k}`] = m.f1;
    out[`speakerAccuracy@${k}`] = tp ? speakerRight / tp : 0;
    if (threshold === 0.3) {
      out.gold = gold;
      out.predicted = predicted;
      for (const [type, t] of [...byType.entries()].sort()) out[`recall@03.${type}`] = t.gold ? t.found / t.gold : 0;
    }
  }
  return out;
}

export function loadQuoteDocs(file: string): QuoteDoc[] {
  return readJsonl<QuoteDoc>(file, { id: 'string|number', text: 'string', quotes: 'array' }, 'quotes');
}
