/**
 * speaker: aligned claims credited to different speakers, or to a speaker in one outlet and to the
 * outlet's own voice in the other. Descriptions and pronouns the engine could not resolve to a name
 * are not compared, and two spellings of one name ("Jane Smith" / "Smith") are one speaker. The
 * own-voice case is raised only for quoted words (direct, partial or unmarked quotations): a
 * paraphrase credited to someone in one outlet and stated plainly by another is ordinary reporting.
 */
import type { Claim } from '../../types.js';
import { relatedPairs, sameName, snippet, textOf, valueOf, type Finding, type Rule } from '../rule.js';

function namedSpeaker(c: Claim): string | null {
  const s = c.attribution?.speaker;
  if (!s) return null;
  if (s.kind !== 'person' && s.kind !== 'organization') return null;
  if (s.form === 'pronoun' || !/\p{Lu}/u.test(s.canonical)) return null;
  return s.canonical;
}

const quotedWords = (c: Claim) => c.attribution !== null && c.attribution.kind !== 'indirect';

/** The claim's whole sentence, attribution frame included. */
const sentenceOf = (c: Claim, text: string) => text.slice(c.range[0], c.range[1]);

/** The name, or its last word, appears in the sentence (the other outlet names the same source in its frame). */
function named(name: string, sentence: string): boolean {
  const lower = sentence.toLowerCase();
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
  return lower.includes(name.toLowerCase()) || (words.length > 0 && lower.includes(words.at(-1)!));
}

/** A sentence with quotation marks quotes someone: unattributed, it is not the outlet's own voice. */
const hasQuotationMarks = (sentence: string) => /["“”„«»]/.test(sentence);

export const speakerRule: Rule = {
  id: 'speaker/different-speaker',
  type: 'speaker',
  description: 'Aligned claims are credited to different speakers, or to a speaker in one outlet and to the outlet itself in another.',
  check(group, context) {
    const out: Finding[] = [];
    for (const [a, b] of relatedPairs(group)) {
      const sa = namedSpeaker(a);
      const sb = namedSpeaker(b);
      const sentA = sentenceOf(a, textOf(context, a));
      const sentB = sentenceOf(b, textOf(context, b));
      if (sa && sb && !sameName(sa, sb)) {
        // One speaker named in the other's sentence (a person "of" an organisation) is one source, read two ways.
        if (named(sa, sentB) || named(sb, sentA)) continue;
        const ra = a.attribution!.speaker!;
        const rb = b.attribution!.speaker!;
        out.push({
          severity: 'high',
          message: `${context.outletOf(a.articleId)} credits this to ${sa}, ${context.outletOf(b.articleId)} to ${sb}: ${snippet(a.text, 70)}`,
          why: 'the same statement is put in different mouths',
          values: [valueOf(a, sa, ra.range, textOf(context, a)), valueOf(b, sb, rb.range, textOf(context, b))],
        });
      } else if ((sa && quotedWords(a) && !b.attribution) || (sb && quotedWords(b) && !a.attribution)) {
        const [said, own] = sa && quotedWords(a) && !b.attribution ? [a, b] : [b, a];
        if (hasQuotationMarks(own === a ? sentA : sentB)) continue;
        const who = namedSpeaker(said)!;
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
