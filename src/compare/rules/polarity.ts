/**
 * polarity: one outlet affirms what the other negates. Only when the two claims share the negated
 * predicate (the word after the negation, by stem), so that unrelated negations stay silent.
 */
import type { Claim } from '../../types.js';
import { contentStems } from '../../util/words.js';
import { claimPairs, snippet, textOf, valueOf, type Finding, type Rule } from '../rule.js';

/** Stems of the two content words after the negation cue ("did not agree to" → agre). */
function negatedPredicate(c: Claim): string[] {
  const after = c.text.slice(c.negation!.range[1] - c.textRange[0]);
  return contentStems(after).slice(0, 2);
}

export const polarityRule: Rule = {
  id: 'polarity/negated',
  type: 'polarity',
  description: 'One outlet affirms what another negates.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of claimPairs(group)) {
      if (a.polarity === b.polarity) continue;
      const [neg, pos] = a.polarity === 'negated' ? [a, b] : [b, a];
      const predicate = negatedPredicate(neg);
      const posStems = new Set(contentStems(pos.text));
      if (!predicate.some((s) => posStems.has(s))) continue;
      out.push({
        severity: 'high',
        message: `${context.outletOf(neg.articleId)} says "${neg.negation!.raw}" where ${context.outletOf(pos.articleId)} affirms: ${snippet(pos.text, 70)}`,
        why: 'the outlets say opposite things',
        values: [valueOf(pos, 'asserted', pos.textRange, textOf(context, pos)), valueOf(neg, 'negated', neg.negation!.range, textOf(context, neg))],
      });
    }
    return out;
  },
};
