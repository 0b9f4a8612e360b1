/**
 * The JSON report: everything the engine found, as plain data. The shape is a public contract:
 * later versions may add fields, never rename or remove them. Every `range` is a plain
 * `[start, end]` array, 0-based, end-exclusive, in UTF-16 code units into the `text` of the article
 * named by the record's `articleId` (or, inside `articles`, of that article).
 */
import type {
  Article,
  ArticleClaims,
  Attribution,
  Claim,
  ComparisonResult,
  Credit,
  Discrepancy,
  Mention,
  Quantity,
  Range,
  TextSpan,
  TimeRef,
} from '../types.js';
import type { Reporter } from './index.js';

export type JsonRange = [number, number];

export interface JsonSpan {
  readonly range: JsonRange;
  readonly raw: string;
}

export interface JsonSpeaker extends JsonSpan {
  /** The mention's canonical name, shared by co-referring mentions. */
  readonly name: string;
}

export interface JsonEngine {
  readonly name: string;
  readonly version: string;
  readonly stages: readonly string[];
  readonly rules: readonly string[];
  readonly options: Readonly<Record<string, unknown>>;
}

export interface JsonCredit extends JsonSpan {
  readonly kind: Credit['kind'];
  readonly agencies: readonly string[];
}

export interface JsonArticle {
  readonly id: string;
  readonly source: string;
  readonly outlet: string | null;
  readonly headline: string | null;
  readonly published: string | null;
  readonly byline: string | null;
  readonly credits: readonly JsonCredit[];
  readonly text: string;
  readonly body: JsonRange;
  readonly paragraphs: readonly JsonRange[];
  readonly agencies: readonly string[];
  readonly warnings: readonly string[];
}

export interface JsonMention extends JsonSpan {
  readonly kind: Mention['kind'];
  readonly canonical: string;
}

export interface JsonQuantity extends JsonSpan {
  readonly value: number;
  readonly max: number;
  readonly unit: string | null;
  readonly kind: Quantity['kind'];
  readonly bound: Quantity['bound'];
}

export interface JsonTime extends JsonSpan {
  readonly start: string | null;
  readonly end: string | null;
  readonly grain: TimeRef['grain'];
}

/** A claim's attribution, summarised; the full record is in `quotes`. */
export interface JsonClaimAttribution {
  readonly speaker: JsonSpeaker | null;
  readonly cue: JsonSpan | null;
  /** The channel's canonical name ("AFP"), or null. */
  readonly via: string | null;
  readonly kind: Attribution['kind'];
}

export interface JsonClaim extends JsonSpan {
  readonly id: string;
  readonly articleId: string;
  readonly text: string;
  readonly section: Claim['section'];
  readonly polarity: Claim['polarity'];
  readonly modality: Claim['modality'];
  readonly attribution: JsonClaimAttribution | null;
  readonly mentions: readonly JsonMention[];
  readonly quantities: readonly JsonQuantity[];
  readonly times: readonly JsonTime[];
}

/** One attribution; `range`/`raw` are the reported content. */
export interface JsonQuote extends JsonSpan {
  readonly id: string;
  readonly articleId: string;
  readonly kind: Attribution['kind'];
  readonly speaker: JsonSpeaker | null;
  readonly cue: JsonSpan | null;
  readonly via: string | null;
  readonly viaRange: JsonRange | null;
  /** True when the channel was carried from context rather than named in the sentence. */
  readonly viaInferred: boolean;
}

export interface JsonGroup {
  readonly id: string;
  readonly claimIds: readonly string[];
  readonly similarity: number;
}

export interface JsonDiscrepancyValue extends JsonSpan {
  readonly articleId: string;
  readonly claimId: string;
  readonly value: string | null;
}

export interface JsonWordDiff {
  readonly op: 'same' | 'removed' | 'added';
  readonly text: string;
}

export interface JsonDiscrepancy {
  readonly id: string;
  readonly type: Discrepancy['type'];
  readonly severity: Discrepancy['severity'];
  readonly groupId: string;
  readonly ruleId: string;
  readonly message: string;
  readonly why: string;
  readonly values: readonly JsonDiscrepancyValue[];
  /** Present for omissions only. */
  readonly absentFrom?: readonly string[];
  /** Present for quote differences only. */
  readonly diff?: readonly JsonWordDiff[];
}

export interface JsonReport {
  readonly engine: JsonEngine;
  readonly articles: readonly JsonArticle[];
  /** All claims, articles in `articles` order, each article's claims in extraction order. */
  readonly claims: readonly JsonClaim[];
  /** Every attribution of every article, in the same order. */
  readonly quotes: readonly JsonQuote[];
  readonly groups: readonly JsonGroup[];
  /** In the engine's ranking order. */
  readonly discrepancies: readonly JsonDiscrepancy[];
  /** Inputs of the run that could not be read (left out of the comparison); empty when none. */
  readonly skipped: ReadonlyArray<{ readonly source: string; readonly problem: string }>;
}

const range = (r: Range): JsonRange => [r[0], r[1]];

const span = (s: TextSpan): JsonSpan => ({ range: range(s.range), raw: s.raw });

const speaker = (m: Mention | null): JsonSpeaker | null =>
  m === null ? null : { range: range(m.range), raw: m.raw, name: m.canonical };

const credit = (c: Credit): JsonCredit => ({
  kind: c.kind,
  range: range(c.range),
  raw: c.raw,
  agencies: [...c.agencies],
});

const article = (a: Article): JsonArticle => ({
  id: a.id,
  source: a.source,
  outlet: a.outlet,
  headline: a.headline,
  published: a.published,
  byline: a.byline,
  credits: a.credits.map(credit),
  text: a.text,
  body: range(a.body),
  paragraphs: a.paragraphs.map(range),
  agencies: [...a.agencies],
  warnings: [...a.warnings],
});

const mention = (m: Mention): JsonMention => ({
  range: range(m.range),
  raw: m.raw,
  kind: m.kind,
  canonical: m.canonical,
});

const quantity = (q: Quantity): JsonQuantity => ({
  range: range(q.range),
  raw: q.raw,
  value: q.value,
  max: q.max,
  unit: q.unit,
  kind: q.kind,
  bound: q.bound,
});

const time = (t: TimeRef): JsonTime => ({
  range: range(t.range),
  raw: t.raw,
  start: t.start,
  end: t.end,
  grain: t.grain,
});

const claim = (c: Claim): JsonClaim => ({
  id: c.id,
  articleId: c.articleId,
  range: range(c.range),
  raw: c.raw,
  text: c.text,
  section: c.section,
  polarity: c.polarity,
  modality: c.modality,
  attribution:
    c.attribution === null
      ? null
      : {
          speaker: speaker(c.attribution.speaker),
          cue: c.attribution.cue === null ? null : span(c.attribution.cue),
          via: c.attribution.via?.name ?? null,
          kind: c.attribution.kind,
        },
  mentions: c.mentions.map(mention),
  quantities: c.quantities.map(quantity),
  times: c.times.map(time),
});

const quote = (a: Attribution): JsonQuote => ({
  id: a.id,
  articleId: a.articleId,
  range: range(a.range),
  raw: a.raw,
  kind: a.kind,
  speaker: speaker(a.speaker),
  cue: a.cue === null ? null : span(a.cue),
  via: a.via?.name ?? null,
  viaRange: a.via === null ? null : range(a.via.range),
  viaInferred: a.via?.inferred ?? false,
});

const discrepancy = (d: Discrepancy): JsonDiscrepancy => ({
  id: d.id,
  type: d.type,
  severity: d.severity,
  groupId: d.groupId,
  ruleId: d.ruleId,
  message: d.message,
  why: d.why,
  values: d.values.map((v) => ({
    articleId: v.articleId,
    claimId: v.claimId,
    value: v.value,
    range: range(v.range),
    raw: v.raw,
  })),
  ...(d.absentFrom === undefined ? {} : { absentFrom: [...d.absentFrom] }),
  ...(d.diff === undefined ? {} : { diff: d.diff.map((w) => ({ op: w.op, text: w.text })) }),
});

/**
 * The extractions in the order of `result.articles`; extractions of articles not listed there
 * follow in their given order. Does not reorder its input.
 */
export function extractionsInArticleOrder(result: ComparisonResult): readonly ArticleClaims[] {
  const position = new Map(result.articles.map((a, i) => [a.id, i] as const));
  const rank = (e: ArticleClaims) => position.get(e.article.id) ?? result.articles.length;
  return result.extractions
    .map((e, i) => ({ e, i }))
    .sort((x, y) => rank(x.e) - rank(y.e) || x.i - y.i)
    .map(({ e }) => e);
}

/** The JSON report as a value: fresh plain objects and arrays, sharing nothing mutable with `result`. */
export function toJsonReport(result: ComparisonResult): JsonReport {
  const extractions = extractionsInArticleOrder(result);
  const { engine } = result;
  return {
    engine: {
      name: engine.name,
      version: engine.version,
      stages: [...engine.stages],
      rules: [...engine.rules],
      options: { ...engine.options },
    },
    articles: result.articles.map(article),
    claims: extractions.flatMap((e) => e.claims.map(claim)),
    quotes: extractions.flatMap((e) => e.attributions.map(quote)),
    groups: result.groups.map((g) => ({
      id: g.id,
      claimIds: g.claims.map((c) => c.id),
      similarity: g.similarity,
    })),
    discrepancies: result.discrepancies.map(discrepancy),
    skipped: (result.skipped ?? []).map((k) => ({ source: k.source, problem: k.problem })),
  };
}

/** Pretty JSON (2-space indent) ending with a newline. */
export const renderJson: Reporter = (result) => `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
