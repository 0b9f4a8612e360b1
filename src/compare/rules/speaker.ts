/**
 * speaker: aligned claims credited to different speakers, or to a speaker in one outlet and to the
 * outlet's own voice in the other. Descriptions the engine could not resolve to a name are not
 * compared.
 */
import type { Claim } from '../../types.js';
import { claimPairs, snippet, textOf, valueOf, type Finding, type Rule } from '../rule.js';

function namedSpeaker(c: Claim): string | null {
  const s = c.attribution?.speaker;
  if (!s) return null;
  if (s.kind !== 'person' && s.kind !== 'organization') return null;
  return s.canonical;
}

export const speakerRule: Rule = {
  id: 'speaker/different-speaker',
  type: 'speaker',
  description: 'Aligned claims are credited to different speakers, or to a speaker in one outlet and to the outlet itself in another.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of claimPairs(group)) {
      const sa = namedSpeaker(a);
      const sb = namedSpeaker(b);
      if (sa && sb && sa !== sb) {
        const ra = a.attribution!.speaker!;
        const rb = b.attribution!.speaker!;
        out.push({
          severity: 'high',
          message: `${context.outletOf(a.articleId)} credits this to ${sa}, ${context.outletOf(b.articleId)} to ${sb}: ${snippet(a.text, 70)}`,
          why: 'the same statement is put in different mouths',
          values: [valueOf(a, sa, ra.range, textOf(context, a)), valueOf(b, sb, rb.range, textOf(context, b))],
        });
      } else if ((sa && !b.attribution) || (sb && !a.attribution)) {
        const [said, own] = sa ? [a, b] : [b, a];
        const who = (sa ?? sb)!;
        const sp = said.attribution!.speaker!;
        out.push({
          severity: 'low',
          message: `${context.outletOf(said.articleId)} presents this as ${who}'s words; ${context.outletOf(own.articleId)} states it in its own voice: ${snippet(own.text, 70)}`,
          why: 'a reader of one outlet takes as reported speech what the other asserts as fact',
          values: [valueOf(said, who, sp.range, textOf(context, said)), valueOf(own, null, own.textRange, textOf(context, own))],
        });
      }
    }
    return out;
  },
};
