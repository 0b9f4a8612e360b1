/** modality: one outlet asserts what the other hedges or reports as unconfirmed ("will resign" vs "may resign"). */
import type { Claim } from '../../types.js';
import { relatedPairs, snippet, textOf, valueOf, type Finding, type Rule } from '../rule.js';

/**
 * A cue that does not hedge the claim: the month "May" (capitalised inside the sentence, or before a
 * day number), and "(an) estimated" before a figure, an approximation the number rule judges.
 */
function falseCue(c: Claim, context: Parameters<Rule['check']>[1]): boolean {
  const cue = c.modalCue;
  if (!cue) return false;
  const text = context.articles.get(c.articleId)?.text ?? '';
  const after = text.slice(cue.range[1], cue.range[1] + 12);
  if (/^May$/.test(cue.raw) && (cue.range[0] > c.textRange[0] || /^\s*\d/.test(after))) return true;
  if (/^estimated$/i.test(cue.raw) && /^\s*(?:\$|€|£)?\d|^\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b/i.test(after)) return true;
  return false;
}

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
      if (falseCue(s, context)) continue;
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
