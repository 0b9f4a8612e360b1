/**
 * schema.org ClaimReview as JSON-LD: one `ClaimReview` per claim group that has at least one
 * discrepancy, in the order of the group's first (highest-ranked) discrepancy. The claim is the
 * group's first claim; each article of the group that makes it is an `appearance` of the claim
 * (a `NewsArticle` with its outlet, headline, publication time, URL when the source is one, and the
 * claim's own sentence). The discrepancies go into `reviewRating.ratingExplanation`, one sentence
 * and its reason each; the rating has no value and no true/false verdict: the review says how the
 * outlets differ, not who is right. No clock: the review carries no date of its own.
 */
import type { Article, Claim, ComparisonResult, Discrepancy } from '../types.js';
import type { Reporter } from './index.js';

const isUrl = (s: string) => /^https?:\/\//i.test(s);

function appearance(article: Article, claims: readonly Claim[]): Record<string, unknown> {
  return {
    '@type': 'NewsArticle',
    identifier: article.id,
    ...(isUrl(article.source) ? { url: article.source } : {}),
    ...(article.headline ? { headline: article.headline } : {}),
    ...(article.published ? { datePublished: article.published } : {}),
    ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
    text: claims.map((c) => c.raw.replace(/\s+/g, ' ').trim()).join(' '),
  };
}

/** The JSON-LD document as a value. */
export function toClaimReview(result: ComparisonResult): Record<string, unknown> {
  const articles = new Map(result.articles.map((a) => [a.id, a] as const));
  const outletOf = (id: string) => articles.get(id)?.outlet ?? id;
  const byGroup = new Map<string, Discrepancy[]>();
  for (const d of result.discrepancies) byGroup.set(d.groupId, [...(byGroup.get(d.groupId) ?? []), d]);
  const groups = new Map(result.groups.map((g) => [g.id, g] as const));
  const reviews: Array<Record<string, unknown>> = [];
  for (const [groupId, ds] of byGroup) {
    const group = groups.get(groupId);
    if (!group || group.claims.length === 0) continue;
    const first = group.claims[0]!;
    const inOrder = [...new Set(group.claims.map((c) => c.articleId))];
    const absent = [...new Set(ds.flatMap((d) => d.absentFrom ?? []))];
    const explanation = ds.map((d) => `${d.type} (${d.severity}): ${d.message} Why it matters: ${d.why}.`).join(' ');
    reviews.push({
      '@type': 'ClaimReview',
      '@id': `#${groupId}`,
      claimReviewed: first.text.replace(/\s+/g, ' ').trim(),
      itemReviewed: {
        '@type': 'Claim',
        appearance: inOrder.map((id) => appearance(articles.get(id)!, group.claims.filter((c) => c.articleId === id))),
        ...(absent.length > 0 ? { description: `Not reported by ${absent.map(outletOf).join(', ')}.` } : {}),
      },
      reviewRating: {
        '@type': 'Rating',
        alternateName: `Reported differently: ${[...new Set(ds.map((d) => d.type))].join(', ')}`,
        ratingExplanation: explanation,
      },
      author: { '@type': 'Organization', name: result.engine.name },
      reviewBody: explanation,
    });
  }
  return { '@context': 'https://schema.org', '@graph': reviews };
}

/** Pretty JSON-LD (2-space indent) ending with a newline. */
export const renderClaimReview: Reporter = (result) => `${JSON.stringify(toClaimReview(result), null, 2)}\n`;
