/**
 * A participial cue after a comma or dash (and an adverb): `X said …, adding that …`, `“…,” X said, calling it
 * “…”`, `X pushed back, questioning …`. The speaker is the subject of the main clause (the speaker
 * of the sentence's previous attribution, else the subject of the sentence's first verb), and the
 * content follows the cue as in the speaker-first frame.
 */
import type { Mention } from '../../types.js';
import { hasTag } from '../01-parse.js';
import type { SentenceContext } from './context.js';
import type { FrameReader } from './frame.js';
import { readContentAfter } from './speaker-first.js';

export const readParticipial: FrameReader = (ctx, cue) => {
  const { term, according, before } = cue;
  // An adverb may stand between the comma and the participle ("…, falsely suggesting that …").
  if (according || !/ing$/u.test(term.normal) || !/[,—–]\s*(?:\p{Ll}+ly\s+)?$/u.test(before)) return null;
  const speaker = mainSubject(ctx, cue.ci);
  if (!speaker) return null;
  return readContentAfter(ctx, cue, speaker);
};

/** The subject of the main clause before term `ci`. */
export function mainSubject(ctx: SentenceContext, ci: number): Mention | null {
  const { article, index, terms } = ctx;
  const at = terms[ci]!.start;
  for (let i = article.drafts.length - 1; i >= 0 && article.drafts[i]!.sentence === index; i--) {
    const d = article.drafts[i]!;
    if (d.speaker && d.cue && d.cue.range[1] <= at) return d.speaker;
  }
  // The first finite verb outside quotation marks, and its subject.
  for (let k = 1; k < ci; k++) {
    const t = terms[k]!;
    if (ctx.inQuote(t.start) || !hasTag(t, 'Verb') || hasTag(t, 'Gerund', 'Infinitive', 'Noun', 'Adjective')) continue;
    const subject = ctx.subjectBefore(k);
    return subject && subject.range[1] <= t.start ? subject : null;
  }
  return null;
}
