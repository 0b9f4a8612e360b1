/**
 * A passive cue with its agent: `X was first reported by Y`, `He was backed by most voters`,
 * `The plan has been criticized by Z for …`. The agent after "by" is the speaker and the subject
 * before the auxiliary is the content (PolNeAR annotates what was reported, endorsed or criticised).
 * Only cues read as passive (a form of "be" before the participle) with "by" within a few words
 * open this frame; the filter (filter.ts) judges the drafts like the others (frame "passive").
 */
import type { Mention } from '../../types.js';
import { span } from '../../util/text.js';
import { descriptionMention, trimContent } from './context.js';
import type { FrameReader } from './frame.js';

/** Words between the participle and "by" ("reported first by", "endorsed in New Hampshire by"). */
const MAX_GAP = 4;
/** Words of the agent phrase at most. */
const MAX_AGENT = 8;

export const readPassive: FrameReader = (ctx, cue) => {
  if (!cue.passive) return null;
  const { text, terms, ss } = ctx;
  const { ci } = cue;
  let b = ci + 1;
  while (b < terms.length && b <= ci + MAX_GAP && terms[b]!.normal !== 'by') b++;
  if (terms[b]?.normal !== 'by' || ctx.inQuote(terms[b]!.start) || /[.;:!?]/u.test(text.slice(terms[ci]!.end, terms[b]!.start))) return ci;
  // The agent: a mention right after "by", else the noun phrase up to punctuation or a clause word.
  const agentStart = terms[b + 1];
  if (!agentStart) return ci;
  let e = b + 1;
  while (e + 1 < terms.length && e - b < MAX_AGENT && !/[,.;:!?()]/u.test(terms[e]!.post) && !/^(?:for|in|on|at|to|who|which|that|after|before|when|while|because|as|during|since|with)$/u.test(terms[e + 1]!.normal)) e++;
  const agentEnd = terms[e]!.end;
  const speaker: Mention =
    ctx.mentions.find((m) => m.range[0] >= agentStart.start && m.range[1] <= agentEnd && (m.kind === 'person' || m.kind === 'organization')) ??
    ctx.mentions.find((m) => m.range[0] >= agentStart.start && m.range[1] <= agentEnd) ??
    descriptionMention(text, agentStart.start, agentEnd, terms[e]!.normal);
  // The subject: from the clause start (the sentence start, or the last comma, colon or dash) to the auxiliary.
  let aux = ci - 1;
  while (aux > 0 && !/^(?:been|was|were|is|are|be|being|get|got|(?:was|were|is|are)n['’]t)$/u.test(terms[aux]!.normal)) aux--;
  while (aux > 0 && /^(?:has|have|had|will|would|could|should|may|might|must|can|not|never|also|already|(?:has|have|had|wo|would|could|should|must|ca)n['’]t)$/u.test(terms[aux - 1]!.normal)) aux--;
  const before = text.slice(ss, terms[aux]!.start);
  const clause = Math.max(before.lastIndexOf(', '), before.lastIndexOf(': '), before.lastIndexOf('— '), before.lastIndexOf('; '));
  const content = trimContent(text, clause >= 0 ? ss + clause + 1 : ss, terms[aux]!.start);
  if (content[1] <= content[0] || ctx.inQuote(content[0])) return ci;
  ctx.push({ content, kind: 'indirect', speaker, cue: span(text, terms[aux]!.start, terms[b]!.end), quote: null });
  return b;
};
