/**
 * Content before the cue: `“…,” said X`, `…, says X`, `“…,” X added`, `…, X says.` The speaker
 * follows an inverted cue or precedes a plain one; an unmarked first-person content is a
 * quotation without marks (`direct-unmarked`) and may run back to its paragraph's start.
 */
import type { AttributionKind } from '../../types.js';
import { span } from '../../util/text.js';
import { FIRST_PERSON, quoteKind, trimContent } from './context.js';
import type { FrameReader } from './frame.js';

const FRAME_END = /^\s*(?:[.!?,;]|$|(?:in|on|at|according|during|after|before|while|when|adding|noting|last|this|earlier|later|recently|yesterday|today|via|from|to\s+(?:reporters|journalists))\b)/iu;

/** After the cue: a short adjunct ("on Tuesday", "then"), a comma, and the rest of the sentence. */
const PARENTHETICAL_TAIL = /^(?:\s+[\p{L}\d’'-]+){0,4}\s*,\s+(?!(?:adding|noting|saying|referring|according|citing|calling|arguing|explaining|who|which|as|in|at|on)\b)(\S[^]*)$/u;

export const readContentFirst: FrameReader = (ctx, { ci, term, according, before }) => {
  if (according) return null;
  const { text, ss, se, article } = ctx;
  const precedingMention = ctx.mentionEndingBefore(term.start, 0, ci);
  const cueEndsFrame = FRAME_END.test(text.slice(term.end, se));
  const afterQuote = /(?:[”"’]|'')\s*[,—–]?\s*$/u.test(before);
  const invertedSpeaker = !afterQuote && /[,—–]\s*$/u.test(before) ? ctx.speakerAfter(ci) : null;
  const invertedNamed = invertedSpeaker !== null && invertedSpeaker.form !== 'description';
  // The subject between the content and the cue starts after the last comma or closing mark.
  const subjectStart = precedingMention ? subjectPhraseStart(text, ss, precedingMention.range[0]) : -1;
  const plainFrame =
    precedingMention !== null &&
    cueEndsFrame &&
    /(?:[,”"’—–]|'')\s*$/u.test(text.slice(ss, subjectStart)) &&
    text.slice(ss, subjectStart).trim().split(/\s+/).length >= 3;
  if (!afterQuote && !invertedNamed && !plainFrame) return null;
  const inverted = afterQuote || invertedNamed;
  const speaker = inverted ? ctx.speakerAfter(ci) : precedingMention;
  const boundary = inverted ? ss + before.replace(/[\s,—–]+$/u, '').length : ss + text.slice(ss, subjectStart).replace(/[\s,—–]+$/u, '').length;
  const q = [...ctx.paragraphQuotes].reverse().find((x) => !ctx.usedQuotes.has(x) && Math.abs(x.outer[1] - boundary) <= 2 && x.outer[1] <= boundary + 2);
  const cue = span(text, term.start, term.end);
  if (q) {
    ctx.usedQuotes.add(q);
    ctx.push({ content: q.content, kind: quoteKind(text, q, ss), speaker, cue, quote: q });
  } else if (boundary > ss && speaker) {
    let content = trimContent(text, ss, boundary);
    const contentText = text.slice(content[0], content[1]);
    let kind: AttributionKind = 'indirect';
    if (FIRST_PERSON.test(contentText) && !/[“”"]/u.test(contentText)) {
      kind = 'direct-unmarked';
      // The quotation runs back to the paragraph start when earlier sentences carry no frame of their own.
      const para = article.paragraphs[ctx.sentence.paragraph]!;
      const earlier = article.sentences.some((s) => s.paragraph === ctx.sentence.paragraph && s.range[0] < ss);
      if (earlier && !/[“”"]/u.test(text.slice(para[0], ss)) && !article.drafts.some((d) => d.paragraph === ctx.sentence.paragraph)) {
        content = trimContent(text, para[0], boundary);
      }
    }
    if (/[“”"]/u.test(contentText)) kind = 'indirect';
    // A parenthetical frame (`…, X said, …`): the content continues after it to the sentence end.
    const tail = PARENTHETICAL_TAIL.exec(text.slice(term.end, se));
    if (tail && kind === 'indirect' && tail[1]!.split(/\s+/).length >= 3) content = [content[0], trimContent(text, se - tail[1]!.length, se)[1]];
    ctx.push({ content, kind, speaker, cue, quote: null });
  }
  return ci;
};

/** Short role words and honorifics that may precede a name inside the subject ("Mr.", "Rep.", "the aide"). */
const SUBJECT_LEAD = /(?:\b(?:the|a|an|his|her|their|its|\p{Lu}[\p{Ll}]{0,4}\.|[\p{L}-]+)\s+){0,4}$/u;

/**
 * Where the subject phrase ending at `mentionStart` begins: the mention's start pulled back over up
 * to four words ("Mr.", "Scott's niece, state Del.") that contain no comma or closing mark.
 */
function subjectPhraseStart(text: string, ss: number, mentionStart: number): number {
  const lead = SUBJECT_LEAD.exec(text.slice(ss, mentionStart));
  return lead ? mentionStart - lead[0].length : mentionStart;
}
