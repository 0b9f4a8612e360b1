/**
 * number: aligned claims give incompatible quantities of the same kind and unit ("12 killed" vs
 * "9 killed"). Values compare as intervals (`quantitiesConflict`: "at least 12" and "12" agree,
 * "about 300" and "310" agree, "300,000" and "300K" are one value); two bounds of the same sort
 * compare by the stated bound ("up to 15 years" vs "up to 26 years" differ). When either claim has
 * more than one comparable quantity, a pair is compared only when the two quantities play the same
 * role: they share a content word within three words on either side ("rose $2", "to $21").
 */
import type { Claim, Quantity } from '../../types.js';
import { contentStems } from '../../util/words.js';
import { quantitiesComparable, quantitiesConflict } from '../values.js';
import { relatedPairs, snippet, textOf, valueOf, type Finding, type Rule, type RuleContext } from '../rule.js';

const HIGH_UNITS = /^(people|person|dead|death|casualt|victim|killed|injured|wounded|soldier|civilian|child|usd|eur|gbp|inr|rub)/;

function describe(q: Quantity): string {
  return q.unit ? `${q.value}${q.max !== q.value ? `–${q.max}` : ''} ${q.unit}` : `${q.value}${q.max !== q.value ? `–${q.max}` : ''}`;
}

/** Stems of the content words within three words before and after the quantity. */
function roleWords(q: Quantity, text: string): Set<string> {
  const before = text.slice(Math.max(0, q.range[0] - 60), q.range[0]).split(/\s+/).slice(-4).join(' ');
  const after = text.slice(q.range[1], q.range[1] + 60).split(/\s+/).slice(0, 4).join(' ');
  return new Set([...contentStems(before), ...contentStems(after)].filter((s) => !/^\d/.test(s)));
}

/** True when the two quantities are stated as bounds of the same sort with different bounds. */
function differentBounds(a: Quantity, b: Quantity): boolean {
  if (a.bound !== b.bound || (a.bound !== 'at-least' && a.bound !== 'at-most')) return false;
  const lo = Math.min(a.value, b.value);
  const hi = Math.max(a.value, b.value);
  return hi > lo * 1.1 + 1e-9;
}

const conflict = (a: Quantity, b: Quantity) => quantitiesConflict(a, b) || (quantitiesComparable(a, b) && differentBounds(a, b));

function check(a: Claim, b: Claim, context: RuleContext): Finding[] {
  const out: Finding[] = [];
  const ta = textOf(context, a);
  const tb = textOf(context, b);
  for (const qa of a.quantities) {
    let comparable = b.quantities.filter((qb) => quantitiesComparable(qa, qb));
    if (comparable.length === 0) continue;
    const ambiguous = comparable.length > 1 || a.quantities.filter((o) => comparable.some((qb) => quantitiesComparable(o, qb))).length > 1;
    if (ambiguous) {
      const role = roleWords(qa, ta);
      comparable = comparable.filter((qb) => [...roleWords(qb, tb)].some((w) => role.has(w)));
      if (comparable.length === 0) continue;
    }
    if (comparable.some((qb) => !conflict(qa, qb))) continue;
    const qb = comparable[0]!;
    // Only when the other side's value is not matched by some other value of this side either.
    if (a.quantities.some((other) => other !== qa && quantitiesComparable(other, qb) && !conflict(other, qb))) continue;
    const high = (qa.unit && HIGH_UNITS.test(qa.unit)) || qa.kind === 'money';
    out.push({
      severity: high ? 'high' : 'medium',
      message: `${context.outletOf(a.articleId)} says "${qa.raw}" where ${context.outletOf(b.articleId)} says "${qb.raw}" (${snippet(a.text, 70)})`,
      why: high ? 'a different count of people or sum of money changes what a reader takes from the story' : 'a different figure for the same thing',
      values: [valueOf(a, describe(qa), qa.range, ta), valueOf(b, describe(qb), qb.range, tb)],
    });
  }
  return out;
}

export const numberRule: Rule = {
  id: 'number/incompatible-values',
  type: 'number',
  description: 'Aligned claims state incompatible quantities of the same kind and unit.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      out.push(...check(a, b, context));
      // The symmetric direction catches a value of b that no value of a matches, reported once.
      const seen = new Set(out.map((f) => f.values[1]!.range.join(':')));
      for (const f of check(b, a, context)) if (!seen.has(f.values[0]!.range.join(':'))) out.push({ ...f, values: [f.values[1]!, f.values[0]!], message: f.message });
    }
    return out;
  },
};
