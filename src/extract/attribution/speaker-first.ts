/**
 * Speaker before the cue, content after it: `X said: “…”`, `X said (that) …`, `X told reporters …`,
 * `X called it “…”`. Indirect content runs from after the cue (and "that") to the sentence end,
 * less a trailing frame (", according to X").
 */
import { cueLexicon } from '../../lexicon.js';
import { span } from '../../util/text.js';
import { hasTag } from '../01-parse.js';
import { isMediaName } from './channels.js';
import { quoteKind, trimContent } from './context.js';
import { isListedCue, minedCue, NEEDS_THAT, QUOTE_ONLY } from './cues.js';
import type { FrameReader } from './frame.js';

const TRAILING_FRAME = /,\s*(according to|said|says|added|adds|he said|she said)\b|,\s+(?:and|but)\s+(?=\p{Lu}\p{Ll}+\s+(?:has|have|had|was|were|is|are|will|would|did|does|\p{Ll}+ed)\b)/u;

/**
 * A cue form opens indirect content right after it (no "that", no quotation) when the training
 * split annotates most of its occurrences as cues and most of those with the content following.
 */
export const OPENS_MIN_PRECISION = 0.2;
export const OPENS_MIN_DIRECT = 0.5;
export const DESCRIPTION_MIN_PRECISION = 0.3;

function opensContent(form: string, minPrecision: number): boolean {
  const m = minedCue(form);
  return m !== undefined && m.precision >= minPrecision && m.direct >= OPENS_MIN_DIRECT;
}

export const readSpeakerFirst: FrameReader = (ctx, { ci, term, lemma }) => {
  const { text, terms, ss, se, usedQuotes } = ctx;
  let k = ci + 1;
  let cueEnd = term.end;
  let ownSetting = false;
  if (lemma === 'tell' && k < terms.length) {
    const addressee = terms[k]!;
    const addrLower = addressee.normal;
    const addressees = cueLexicon().addressees;
    if (addressees.includes(addrLower) || hasTag(addressee, 'Pronoun') || isMediaName(addressee.text) || hasTag(addressee, 'Noun', 'ProperNoun')) {
      let e = k;
      while (e + 1 < terms.length && !/[,.;:“"]/u.test(terms[e]!.post) && /^\p{Lu}/u.test(terms[e + 1]!.text) && /^\p{Lu}/u.test(addressee.text)) e++;
      cueEnd = terms[e]!.end;
      k = e + 1;
      ownSetting = addressees.includes(addrLower);
    }
  }
  const rest = text.slice(cueEnd, se);
  const lead = (/^(?:[\s,]*[\p{L}\d’'-]+){0,5}?[\s,]+that\s+/u.exec(rest) ?? /^[\s,:—–-]*(?:that\s+)?/u.exec(rest)!)[0];
  const hasThat = /that\s+$/u.test(lead);
  const contentStart = cueEnd + lead.length;
  const opens = opensContent(term.normal, OPENS_MIN_PRECISION);
  const quoteOnly = QUOTE_ONLY.has(lemma);
  const q = ctx.quotes.find(
    (x) =>
      !usedQuotes.has(x) &&
      x.outer[0] >= cueEnd &&
      (x.outer[0] - cueEnd <= (quoteOnly ? 60 : 4) || (x.outer[0] - cueEnd <= 160 && /:\s*$/u.test(text.slice(cueEnd, x.outer[0])) && !/[.!?;]/u.test(text.slice(cueEnd, x.outer[0] - 1)))),
  );
  const speaker = ctx.subjectBefore(ci);
  const cue = span(text, term.start, cueEnd);
  if (q && (quoteOnly || q.outer[0] - contentStart <= 1)) {
    usedQuotes.add(q);
    ctx.push({ content: q.content, kind: quoteKind(text, q, ss), speaker, cue, quote: q, ownSetting });
    return ci;
  }
  if (quoteOnly && !opens) return ci;
  if (NEEDS_THAT.has(lemma) && !hasThat && !opens) return ci;
  if (!speaker) return ci;
  if (speaker.form === 'description' && speaker.kind === 'other' && !hasThat && !opensContent(term.normal, DESCRIPTION_MIN_PRECISION)) return ci;
  let contentEnd = se;
  const trailing = TRAILING_FRAME.exec(text.slice(contentStart, se));
  if (trailing) contentEnd = contentStart + trailing.index;
  const content = trimContent(text, contentStart, contentEnd);
  // A mined verb inside a relative clause or with a particle ("the plan X presented calls for",
  // "pushed back", "seen since") does not open content: it must start with a noun phrase, "to" or a mark.
  if (!isListedCue(term.normal) && !hasThat) {
    const first = terms.find((t) => t.start >= content[0]);
    if (!first || !(hasTag(first, 'Noun', 'Determiner', 'Pronoun', 'Adjective', 'Value') || first.normal === 'to' || /^["“‘']/u.test(text.slice(content[0])))) return ci;
    if (hasTag(first, 'PresentTense', 'PastTense') || (hasTag(first, 'Verb') && !hasTag(first, 'Gerund', 'Noun'))) return ci;
  }
  if (content[1] - content[0] < 8 || text.slice(content[0], content[1]).split(/\s+/).length < 3) return ci;
  ctx.push({ content, kind: 'indirect', speaker, cue, quote: null, ownSetting });
  return ci;
};
