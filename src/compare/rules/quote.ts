/**
 * quote: the same speaker's words are quoted differently (different wording, or one outlet's quote
 * cut short), or quoted in one outlet and paraphrased in the other. Shows a word-level diff.
 */
import type { Claim } from '../../types.js';
import { sameWords, wordDiff } from '../diff.js';
import { claimPairs, snippet, textOf, valueOf, type Finding, type Rule } from '../rule.js';

const quoted = (c: Claim) => c.attribution !== null && (c.attribution.kind === 'direct' || c.attribution.kind === 'partial');
const paraphrased = (c: Claim) => c.attribution !== null && (c.attribution.kind === 'indirect' || c.attribution.kind === 'direct-unmarked');

export const quoteRule: Rule = {
  id: 'quote/wording',
  type: 'quote',
  description: "The same speaker's words are quoted with different wording, cut short, or quoted in one outlet and paraphrased in another.",
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of claimPairs(group)) {
      const sa = a.attribution?.speaker?.canonical;
      const sb = b.attribution?.speaker?.canonical;
      if (!sa || !sb || sa !== sb) continue;
      const qa = a.attribution!;
      const qb = b.attribution!;
      if (quoted(a) && quoted(b)) {
        if (sameWords(qa.raw, qb.raw)) continue;
        const diff = wordDiff(qa.raw, qb.raw);
        const removed = diff.filter((d) => d.op === 'removed').length;
        const added = diff.filter((d) => d.op === 'added').length;
        const truncated = removed === 0 || added === 0;
        out.push({
          severity: truncated ? 'low' : 'medium',
          message: truncated
            ? `${context.outletOf(removed === 0 ? a.articleId : b.articleId)} quotes ${sa} in part; ${context.outletOf(removed === 0 ? b.articleId : a.articleId)} gives more of the quote`
            : `${context.outletOf(a.articleId)} and ${context.outletOf(b.articleId)} quote ${sa} with different words`,
          why: truncated ? 'a shortened quote can change its sense' : 'quoted words should be the speaker\'s exact words; one version is not',
          values: [valueOf(a, qa.raw, qa.range, textOf(context, a)), valueOf(b, qb.raw, qb.range, textOf(context, b))],
          diff,
        });
      } else if ((quoted(a) && paraphrased(b)) || (paraphrased(a) && quoted(b))) {
        const [q, p] = quoted(a) ? [a, b] : [b, a];
        out.push({
          severity: 'low',
          message: `${context.outletOf(q.articleId)} quotes ${sa} verbatim; ${context.outletOf(p.articleId)} paraphrases: ${snippet(p.text, 70)}`,
          why: 'a paraphrase may not carry the speaker\'s own words',
          values: [valueOf(q, q.attribution!.raw, q.attribution!.range, textOf(context, q)), valueOf(p, p.attribution!.raw, p.attribution!.range, textOf(context, p))],
          diff: wordDiff(q.attribution!.raw, p.attribution!.raw),
        });
      }
    }
    return out;
  },
};
