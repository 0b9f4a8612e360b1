/**
 * `According to X, …` / `…, according to X.` / `…, according to X, …` (the content runs around the
 * frame). X is the speaker unless it names a channel (a
 * medium or agency); a channel with another cue in the sentence is left to that cue.
 */
import type { Mention } from '../../types.js';
import { span } from '../../util/text.js';
import { cueLemma, isListedCue, NEEDS_THAT, QUOTE_ONLY } from './cues.js';
import { trimContent } from './context.js';
import type { FrameReader } from './frame.js';

/** A sentence opened by a demonstrative and a copula before the cue ("That's according to …", "This is according to …"). */
const DEMONSTRATIVE_LEAD = /^[\s"“]*(that|this|those|these)\s*(?:['’]s|is|was|are|were)\s*$/iu;

export const readAccordingTo: FrameReader = (ctx, { ci, term, according, before }) => {
  if (!according) return null;
  const { text, terms, ss, se } = ctx;
  const k = ci + 2;
  if (k >= terms.length) return ci;
  let npEnd = k;
  // The source's phrase ends at punctuation, a dash or a parenthesis ("according to the survey - still …").
  while (npEnd < terms.length - 1 && !/[,.;:()—–]|\s-\s/u.test(terms[npEnd]!.post) && npEnd - k < 8) npEnd++;
  const npS = terms[k]!.start;
  const npE = terms[npEnd]!.end;
  const np = text.slice(npS, npE).replace(/[,.;:]+$/u, '');
  const isChannel = ctx.channels.some((c) => c.range[0] >= npS && c.range[1] <= npE + 1);
  const otherCue = terms.some((t, x) => {
    if (x === ci || ctx.inQuote(t.start)) return false;
    const l = cueLemma(t.normal);
    return l !== undefined && isListedCue(t.normal) && !NEEDS_THAT.has(l) && !QUOTE_ONLY.has(l);
  });
  if (isChannel && otherCue) return ci;
  const npMention = ctx.mentions.filter((m) => m.range[0] >= npS && m.range[1] <= npE + 1);
  const speaker: Mention | null = isChannel
    ? null
    : npMention.find((m) => m.kind === 'person' || m.kind === 'organization') ?? npMention[0] ?? { type: 'mention', range: [npS, npS + np.length], raw: np, kind: 'other', canonical: np.replace(/^(the|a|an)\s+/i, ''), form: 'description' };
  const cue = span(text, term.start, terms[ci + 1]!.end);
  const sentenceStart = term.start - ss < 3 || /^[\s"“]*$/u.test(before);
  // A frame inside the sentence ("The tax, according to X, is fair") splits one content: the
  // sentence around it (PolNeAR's range of a split content runs over the frame).
  const rest = text.slice(npE, se);
  const inside = !sentenceStart && /^[,—–)]|^\s+-\s/u.test(rest) && rest.replace(/^[\s,—–)-]+/u, '').trim().split(/\s+/u).length >= 2;
  // "That's according to X." points back at what came before: the demonstrative is the content
  // (its antecedent is the previous sentence), as PolNeAR marks it.
  const pointer = DEMONSTRATIVE_LEAD.exec(before);
  if (pointer) {
    const start = ss + pointer.index + pointer[0].search(/\S/u);
    ctx.push({ content: [start, start + pointer[1]!.length], kind: 'indirect', speaker, cue, quote: null });
    return ci;
  }
  const content = sentenceStart ? trimContent(text, npE + 1, se) : trimContent(text, ss, inside ? se : term.start);
  if (content[1] - content[0] < 8) return ci;
  ctx.push({ content, kind: 'indirect', speaker, cue, quote: null });
  return ci;
};
