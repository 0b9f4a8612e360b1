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
  // Fronted adjuncts hold no main clause: a cue inside one ("While X called for …, Y hewed …, noting") is not the subject's.
  const mainStart = afterFrontedAdjuncts(ctx, ci);
  const mainAt = terms[mainStart]?.start ?? at;
  for (let i = article.drafts.length - 1; i >= 0 && article.drafts[i]!.sentence === index; i--) {
    const d = article.drafts[i]!;
    if (d.speaker && d.cue && d.cue.range[1] <= at && d.cue.range[0] >= mainAt) return d.speaker;
  }
  // The first finite verb outside quotation marks after any fronted adjuncts, and its subject.
  for (let k = Math.max(1, mainStart); k < ci; k++) {
    const t = terms[k]!;
    if (ctx.inQuote(t.start) || !hasTag(t, 'Verb') || hasTag(t, 'Gerund', 'Infinitive', 'Noun', 'Adjective')) continue;
    const subject = ctx.subjectBefore(k);
    return subject && subject.range[1] <= t.start ? subject : null;
  }
  return null;
}

/** Words that open a fronted adverbial clause or phrase ("In a debate, …", "While X spoke, …", "Earlier, …"). */
const ADJUNCT_OPENER = /^(?:in|on|at|during|after|before|since|while|when|as|although|though|because|if|despite|amid|following|with|without|unlike|like|earlier|later|meanwhile|still|yet|now|then|instead|however)$/u;

/**
 * The index of the first term after the fronted adjuncts of the sentence (each opened by a
 * preposition or subordinating conjunction and closed by a comma before term `ci`): the main
 * clause's subject comes after them ("In a September debate, while most of his rivals called for
 * …, X hewed …"). 0 when the sentence opens with its subject.
 */
function afterFrontedAdjuncts(ctx: SentenceContext, ci: number): number {
  const { terms } = ctx;
  let k = 0;
  while (k < ci && ADJUNCT_OPENER.test(terms[k]!.normal) && !ctx.inQuote(terms[k]!.start)) {
    let c = k;
    while (c < ci && !/,/u.test(terms[c]!.post)) c++;
    if (c >= ci - 1) break;
    k = c + 1;
  }
  return k;
}
