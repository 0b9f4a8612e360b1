/**
 * omission: a claim some outlets make and others do not. Ranked: headline and lede first, then
 * quotes, then claims with numbers. Very short claims (fewer than four content words) are not reported.
 * An article is absent from a claim only when none of its claims states it (similarity at the
 * aligned threshold), so a claim aligned elsewhere one-to-one is not an omission. Unless the
 * aligner already scored every candidate pair, only the few claims of that article sharing the
 * most rare words and names with the claim are scored (compare/index.ts, OMISSION_CANDIDATES).
 */
import { cachedProfile } from '../../align/index.js';
import { snippet, type Finding, type Rule } from '../rule.js';

export const omissionRule: Rule = {
  id: 'omission/absent',
  type: 'omission',
  description: 'A claim that some outlets make and others do not.',
  check(group, context) {
    const present = new Set(group.claims.map((c) => c.articleId));
    const out: Finding[] = [];
    for (const c of group.claims) {
      // Absent: no claim of the other article states it, whether or not it was aligned one-to-one here.
      // Too short to report (content stems of the sentence, as its profile counts them): checked
      // first, as the coverage check scores pairs.
      if (cachedProfile(c).length < 4) continue;
      const absent = [...context.articles.keys()].filter((id) => !present.has(id) && !context.coveredBy(c, id));
      if (absent.length === 0) continue;
      const prominent = c.section !== 'body';
      const quote = c.attribution !== null;
      const numbers = c.quantities.length > 0;
      const severity = prominent || (quote && numbers) ? 'medium' : 'low';
      const why = prominent
        ? `made in the ${c.section} of ${context.outletOf(c.articleId)}`
        : quote
          ? `${c.attribution!.speaker?.canonical ?? 'a source'}'s statement is reported by one outlet only`
          : numbers
            ? 'a figure only one outlet gives'
            : 'a detail only one outlet gives';
      out.push({
        severity,
        message: `Only ${context.outletOf(c.articleId)} reports${quote && c.attribution!.speaker ? ` ${c.attribution!.speaker.canonical}'s statement` : ''}: ${snippet(c.text)} (absent from ${absent.map((id) => context.outletOf(id)).join(', ')})`,
        why,
        values: [{ articleId: c.articleId, claimId: c.id, value: null, range: c.range, raw: c.raw }],
        absentFrom: absent,
      });
      break;
    }
    return out;
  },
};
