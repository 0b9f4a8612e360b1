/** number: aligned claims give incompatible quantities of the same kind and unit ("12 killed" vs "9 killed"). */
import type { Quantity } from '../../types.js';
import { quantitiesComparable, quantitiesConflict } from '../values.js';
import { claimPairs, snippet, textOf, valueOf, type Finding, type Rule } from '../rule.js';

const HIGH_UNITS = /^(people|person|dead|death|casualt|victim|killed|injured|wounded|soldier|civilian|child|usd|eur|gbp|inr|rub)/;

function describe(q: Quantity): string {
  return q.unit ? `${q.value}${q.max !== q.value ? `–${q.max}` : ''} ${q.unit}` : `${q.value}${q.max !== q.value ? `–${q.max}` : ''}`;
}

export const numberRule: Rule = {
  id: 'number/incompatible-values',
  type: 'number',
  description: 'Aligned claims state incompatible quantities of the same kind and unit.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of claimPairs(group)) {
      for (const qa of a.quantities) {
        const comparable = b.quantities.filter((qb) => quantitiesComparable(qa, qb));
        if (comparable.length === 0) continue;
        if (comparable.some((qb) => !quantitiesConflict(qa, qb))) continue;
        // Only when the other side's value is not matched by some other value of this side either.
        const qb = comparable[0]!;
        if (a.quantities.some((other) => other !== qa && quantitiesComparable(other, qb) && !quantitiesConflict(other, qb))) continue;
        const high = (qa.unit && HIGH_UNITS.test(qa.unit)) || qa.kind === 'money';
        out.push({
          severity: high ? 'high' : 'medium',
          message: `${context.outletOf(a.articleId)} says "${qa.raw}" where ${context.outletOf(b.articleId)} says "${qb.raw}" (${snippet(a.text, 70)})`,
          why: high ? 'a different count of people or sum of money changes what a reader takes from the story' : 'a different figure for the same thing',
          values: [
            valueOf(a, describe(qa), qa.range, textOf(context, a)),
            valueOf(b, describe(qb), qb.range, textOf(context, b)),
          ],
        });
      }
    }
    return out;
  },
};
