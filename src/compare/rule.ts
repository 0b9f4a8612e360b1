/**
 * The contract of a discrepancy rule. A rule reads one claim group (and the articles it came
 * from) and returns findings; the compare stage numbers, ranks and ids them. Rules never mutate.
 */
import type { Article, ArticleClaims, Claim, ClaimGroup, DiscrepancyType, DiscrepancyValue, Range, Severity, WordDiff } from '../types.js';

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
