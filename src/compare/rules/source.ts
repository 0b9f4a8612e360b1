/** source: aligned statements credited through different channels ("according to Xinhua" vs "Kyodo quoted him"). */
import { relatedPairs, snippet, textOf, valueOf, type Finding, type Rule } from '../rule.js';

export const sourceRule: Rule = {
  id: 'source/different-channel',
  type: 'source',
  description: 'Aligned statements are credited through different channels (agency, interview, statement).',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      const va = a.attribution?.via;
      const vb = b.attribution?.via;
      if (!va || !vb || va.name === vb.name) continue;
      const inferred = va.inferred || vb.inferred;
      out.push({
        severity: 'medium',
        message: `${context.outletOf(a.articleId)} credits this through ${va.name}, ${context.outletOf(b.articleId)} through ${vb.name}${inferred ? ' (a channel carried from the surrounding paragraphs)' : ''}: ${snippet(a.text, 70)}`,
        why: 'the statement reached the two outlets through different channels; one of them may be second-hand',
        values: [valueOf(a, va.name, va.range, textOf(context, a)), valueOf(b, vb.name, vb.range, textOf(context, b))],
      });
    }
    return out;
  },
};
