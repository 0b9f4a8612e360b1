/**
 * The contract of a discrepancy rule. A rule reads one claim group (and the articles it came
 * from) and returns findings; the compare stage numbers, ranks and ids them. Rules never mutate.
 */
import stringSimilarity from 'string-similarity';
import type { Article, ArticleClaims, Claim, ClaimGroup, DiscrepancyType, DiscrepancyValue, Range, Severity, WordDiff } from '../types.js';
import { contentStems } from '../util/words.js';

export interface RuleContext {
  readonly articles: ReadonlyMap<string, Article>;
  readonly extractions: readonly ArticleClaims[];
  /** The outlet's name, or the article id when the outlet is unknown. */
  outletOf(articleId: string): string;
  /** True when some claim of article `articleId` states `claim` (aligned score), aligned one-to-one or not. */
  coveredBy(claim: Claim, articleId: string): boolean;
}

export interface Finding {
  readonly severity: Severity;
  readonly message: string;
  readonly why: string;
  readonly values: readonly DiscrepancyValue[];
  readonly absentFrom?: readonly string[];
  readonly diff?: readonly WordDiff[];
}

export interface Rule {
  readonly id: string;
  readonly type: DiscrepancyType;
  readonly description: string;
  check(group: ClaimGroup, context: RuleContext): Finding[];
}

/** The pairs of claims of different articles in a group, in group order. */
export function claimPairs(group: ClaimGroup): Array<readonly [Claim, Claim]> {
  const out: Array<readonly [Claim, Claim]> = [];
  for (let i = 0; i < group.claims.length; i++) {
    for (let j = i + 1; j < group.claims.length; j++) {
      const a = group.claims[i]!;
      const b = group.claims[j]!;
      if (a.articleId !== b.articleId) out.push([a, b]);
    }
  }
  return out;
}

/** Least share of the shorter claim's content stems that the other claim must share (overlap coefficient). */
export const RELATED_OVERLAP = 0.4;
/** Least number of shared content stems. */
export const RELATED_SHARED = 3;

/**
 * True when two claims are about the same thing, so that a differing detail between them is a
 * discrepancy and not just two different statements: their sentences share at least
 * `RELATED_SHARED` content stems and at least `RELATED_OVERLAP` of the shorter one's. Symmetric.
 * The detail rules apply it to every pair, whether the aligner grouped the claims or a caller did.
 */
export function related(a: Claim, b: Claim): boolean {
  const x = new Set(contentStems(a.raw));
  const y = new Set(contentStems(b.raw));
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared >= RELATED_SHARED && shared / Math.max(1, Math.min(x.size, y.size)) >= RELATED_OVERLAP;
}

/** `claimPairs` restricted to related pairs: what the detail rules compare. */
export function relatedPairs(group: ClaimGroup): Array<readonly [Claim, Claim]> {
  return claimPairs(group).filter(([a, b]) => related(a, b));
}

/**
 * True when two names denote the same entity as written: equal ignoring case, punctuation and a
 * possessive, one is the other's surname or a word-final part of it ("Smith" / "John Smith"), or
 * near-identical spellings (Dice similarity of letters at least 0.85: "O'Neill" / "ONeills").
 */
export function sameName(a: string, b: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  const x = fold(a);
  const y = fold(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  // Two full names with one surname and first names that are a short form or a spelling of each other ("Tim" / "Timothy").
  const [fx, lx] = [x.split(' '), x.split(' ').at(-1)!];
  const [fy, ly] = [y.split(' '), y.split(' ').at(-1)!];
  if (fx.length > 1 && fy.length > 1 && lx === ly && lx.length > 2 && (fx[0]!.startsWith(fy[0]!) || fy[0]!.startsWith(fx[0]!) || stringSimilarity.compareTwoStrings(fx[0]!, fy[0]!) >= 0.7)) return true;
  if (x.endsWith(` ${y}`) || y.endsWith(` ${x}`) || x.startsWith(`${y} `) || y.startsWith(`${x} `)) return true;
  return stringSimilarity.compareTwoStrings(x, y) >= 0.85;
}

/** A discrepancy side: the claim's article, the value, and the exact text that carries it. */
export function valueOf(claim: Claim, value: string | null, range: Range, text: string): DiscrepancyValue {
  return { articleId: claim.articleId, claimId: claim.id, value, range, raw: text.slice(range[0], range[1]) };
}

export function textOf(context: RuleContext, claim: Claim): string {
  return context.articles.get(claim.articleId)!.text;
}

/** A claim shortened for a message: at most `max` characters, cut at a word. */
export function snippet(s: string, max = 90): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, flat.lastIndexOf(' ', max)).replace(/[,;:]$/, '')}…`;
}
