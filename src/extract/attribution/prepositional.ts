/**
 * Cues that end in a preposition, read per sentence outside the verb frames (frame
 * "prepositional"): `X focused on ⟦Y⟧`, `X railed against ⟦Y⟧`, `the attacks on ⟦Y⟧`,
 * `a call for ⟦Y⟧`, `…, talking about ⟦Y⟧`. Which word-preposition pairs report is mined from the
 * training split (cues.ts, `minedPair`: how often an annotated cue ends with the pair, of all the
 * times the two words stand together); a pair precise enough proposes the object noun phrase after
 * the preposition as content (extent.ts, as a nominal object). The speaker is a possessive right
 * before a noun ("his attacks on"), else the subject of the verb or of the main clause. The filter
 * (filter.ts) judges the drafts by the pair's words and its statistics.
 */
import type { Mention } from '../../types.js';
import { span } from '../../util/text.js';
import { hasTag, type Term } from '../01-parse.js';
import { trimContent, type SentenceContext } from './context.js';
import { minedPair, PRECISION_PRIOR } from './cues.js';
import { indirectContentEnd, nounPhraseEnd } from './extent.js';
import { possessiveBefore } from './noun-complement.js';
import { mainSubject } from './participial.js';

/** Prepositions a mined cue may end with (scripts/mine-cues.ts, PAIR_PREPOSITION). */
const PREPOSITION = /^(?:of|on|about|for|to|with|against|at|over|toward|towards|into|by)$/u;

/**
 * A pair proposes a draft when this share of its occurrences, smoothed like the cue forms' (cue /
 * (seen + PRECISION_PRIOR)), ended an annotated cue in the training split.
 */
export const PAIR_MIN_PRECISION = 0.15;

export function readPrepositional(ctx: SentenceContext): void {
  const { text, terms } = ctx;
  const drafts = ctx.article.drafts;
  // The cues the other frames read in this sentence (its drafts are the last ones): not read again.
  const cues: Array<readonly [number, number]> = [];
  for (let k = drafts.length - 1; k >= 0 && drafts[k]!.sentence === ctx.index; k--) if (drafts[k]!.cue) cues.push(drafts[k]!.cue!.range);
  for (let i = 0; i + 2 < terms.length; i++) {
    const head = terms[i]!;
    const prep = terms[i + 1]!;
    if (!PREPOSITION.test(prep.normal) || !/^\s*$/u.test(head.post) || ctx.inQuote(head.start) || !/^\p{Ll}+$/u.test(head.text)) continue;
    if (head.normal === 'according') continue;
    const pair = minedPair(head.normal, prep.normal);
    if (!pair || pair.cue / (pair.seen + PRECISION_PRIOR) < PAIR_MIN_PRECISION) continue;
    if (cues.some((c) => c[0] < prep.end && head.start < c[1])) continue;
    const speaker = speakerOf(ctx, i, head);
    if (!speaker || speaker.range[1] > head.start) continue;
    const start = terms[i + 2]!.start;
    const content = trimContent(text, start, nounPhraseEnd(ctx, start, indirectContentEnd(ctx, start, speaker.range[0]), true));
    if (content[1] - content[0] < 2) continue;
    ctx.push({ content, kind: 'indirect', speaker, cue: span(text, head.start, prep.end), quote: null });
    cues.push([head.start, prep.end]);
  }
}

/**
 * The speaker of the pair headed by term `i`: a possessive right before a noun ("his attacks on"),
 * the subject before a finite verb ("X railed against"), else the subject of the main clause (a
 * participle after a comma, "…, talking about", or a noun without a possessor, "a call for").
 */
function speakerOf(ctx: SentenceContext, i: number, head: Term): Mention | null {
  const finite = hasTag(head, 'PastTense', 'PresentTense') && !hasTag(head, 'Gerund', 'Noun', 'Infinitive');
  if (finite) return ctx.subjectBefore(i) ?? mainSubject(ctx, i);
  return (hasTag(head, 'Noun') ? possessiveBefore(ctx, i) : null) ?? mainSubject(ctx, i);
}
