/**
 * Where indirect content after its cue ends. Reported content runs to the end of its clause: the
 * sentence end, a trailing frame (", according to X", ", he said"), a participial phrase
 * (", saying …"), a semicolon, a quotation opening after a full stop (a sentence end the splitter
 * missed), a coordinated clause with its own subject (", and Y was …", ", and he said …") or a
 * coordinated finite verb of the speaker ("… and said …", not "… and making …"); inside a fronted subordinate clause ("When X said Y, …") the content
 * ends at that clause's comma. (A relative clause, ", who …", stays in: PolNeAR keeps it.)
 */
import { hasTag } from '../01-parse.js';
import type { SentenceContext } from './context.js';

/** A sentence end followed by an opening quotation mark that the sentence splitter did not split at. */
const QUOTE_AFTER_SENTENCE = /[.!?]\s+(?:''|["“])/u;
const TRAILING_FRAME = /,\s*(according to|said|says|added|adds|he said|she said)\b|,\s+(?:and|but)\s+(?=\p{Lu}\p{Ll}+\s+(?:has|have|had|was|were|is|are|will|would|did|does|\p{Ll}+ed)\b)|,\s+(?:and|but)\s+(?=(?:he|she|they)\s+(?:also\s+)?(?:\p{Ll}+ed|has|had|was|is|said|says)\b)|;\s|,\s+(?!including\b|according\b)\p{Ll}+ing\s/u;
/** Conjunctions that open a fronted subordinate clause. */
const SUBORDINATE = /^[\s"“'‘(]*(?:\p{L}+,?\s+){0,2}?(?:when|if|because|after|before|since|although|though|while|as|once|until|unless|whether)\s/iu;

/** The end of the indirect content that starts at `start`, for a speaker starting at `speakerStart`. */
export function indirectContentEnd(ctx: SentenceContext, start: number, speakerStart: number): number {
  const { text, terms, ss, se } = ctx;
  let end = se;
  const trailing = TRAILING_FRAME.exec(text.slice(start, se));
  if (trailing) end = start + trailing.index;
  const quoted = QUOTE_AFTER_SENTENCE.exec(text.slice(start, end));
  if (quoted) end = start + quoted.index + 1;
  if (speakerStart >= ss && SUBORDINATE.test(text.slice(ss, speakerStart + 1))) {
    const comma = text.indexOf(', ', start);
    if (comma >= 0 && comma < end) end = comma;
  }
  // "… and said …": a second finite verb coordinated with the cue, outside quotation marks.
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < terms.length && terms[i]!.start < end; i++) {
    const t = terms[i]!;
    if ((t.normal !== 'and' && t.normal !== 'but') || ctx.inQuote(t.start)) continue;
    const next = terms[i + 1];
    const verb = next && /^(?:also|then|later)$/u.test(next.normal) ? terms[i + 2] : next;
    if (verb && hasTag(verb, 'PastTense', 'PresentTense') && !hasTag(verb, 'Noun', 'Adjective', 'Participle', 'Gerund') && !ctx.inQuote(verb.start)) {
      end = t.start;
      break;
    }
  }
  return end;
}
