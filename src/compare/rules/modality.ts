/** modality: one outlet asserts what the other hedges or reports as unconfirmed ("will resign" vs "may resign"). */
import type { Claim } from '../../types.js';
import { relatedPairs, snippet, textOf, valueOf, type Finding, type Rule } from '../rule.js';

const firm = (c: Claim) => c.modality === 'certain' || c.modality === 'future';
const soft = (c: Claim) => c.modality === 'hedged' || c.modality === 'reported';

export const modalityRule: Rule = {
  id: 'modality/hedged-vs-asserted',
  type: 'modality',
  description: 'One outlet asserts what another hedges or reports as unconfirmed.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      if (!((firm(a) && soft(b)) || (soft(a) && firm(b)))) continue;
      const [s, f] = soft(a) ? [a, b] : [b, a];
      const cue = s.modalCue!;
      out.push({
        severity: 'medium',
        message: `${context.outletOf(f.articleId)} states as fact what ${context.outletOf(s.articleId)} qualifies with "${cue.raw}": ${snippet(f.text, 70)}`,
        why: 'certainty differs: one reader is told it happened, the other that it may have',
        values: [valueOf(f, f.modality, f.textRange, textOf(context, f)), valueOf(s, s.modality, cue.range, textOf(context, s))],
      });
    }
    return out;
  },
};
